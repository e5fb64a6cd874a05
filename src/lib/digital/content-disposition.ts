/**
 * `attachment` with the file's name: a plain-ASCII `filename` for old clients and the exact
 * name in `filename*` (RFC 6266 / 5987); quotes, slashes and control characters never pass.
 */
export function attachmentDisposition(filename: string): string {
  const cleaned = filename.replace(/[\u0000-\u001f\u007f"\\/]/g, "_").trim() || "download"
  const ascii = cleaned.replace(/[^\x20-\x7e]/g, "_")
  const encoded = encodeURIComponent(cleaned).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`
}

/** A MIME type fit for a Content-Type header, or `application/octet-stream`. */
export function safeMimeType(mimeType: string | null | undefined): string {
  const value = (mimeType ?? "").trim().toLowerCase()
  return /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/.test(value) ? value : "application/octet-stream"
}

/** A name the File module can store under: its base name, letters, digits, `.`, `_` and `-` only. */
export function storageFilename(originalName: string): string {
  const base = originalName.split(/[\\/]/).pop() ?? ""
  const cleaned = base.replace(/[^A-Za-z0-9._-]/g, "_").replace(/^\.+/, "").slice(-100)
  return cleaned || "asset"
}

import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { dataDir, root } from "./paths.mjs"

const stampFile = path.join(dataDir, "stamps.json")
const skipped = new Set(["node_modules", ".medusa", ".next", "static", ".data", ".git", "test-results"])

function* files(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (skipped.has(entry.name)) continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) yield* files(full)
    else yield full
  }
}

/** A fingerprint of these files and folders (paths, sizes, modification times). */
export function fingerprint(inputs, extra = "") {
  const hash = crypto.createHash("sha256").update(extra)
  for (const input of inputs) {
    const full = path.join(root, input)
    if (!fs.existsSync(full)) continue
    const list = fs.statSync(full).isDirectory() ? [...files(full)].sort() : [full]
    for (const file of list) {
      const stat = fs.statSync(file)
      hash.update(`${path.relative(root, file)}:${stat.size}:${stat.mtimeMs}\n`)
    }
  }
  return hash.digest("hex")
}

const read = () => (fs.existsSync(stampFile) ? JSON.parse(fs.readFileSync(stampFile, "utf8")) : {})

/** Runs `work` unless it already ran with this same fingerprint; then records it. */
export async function once(name, print, work) {
  const stamps = read()
  if (stamps[name] === print) {
    return false
  }
  await work()
  fs.mkdirSync(dataDir, { recursive: true })
  fs.writeFileSync(stampFile, JSON.stringify({ ...read(), [name]: print }, null, 2))
  return true
}

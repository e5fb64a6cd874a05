import { execFileSync } from "node:child_process"
import path from "node:path"

const SCRIPT = path.join(__dirname, "pdf-text.mjs")

/** A PDF's page count and text (whitespace collapsed), read by pdf.js: what a reader of the document sees. */
export function readPdf(pdf: Buffer): { pages: number; text: string } {
  const output = execFileSync(process.execPath, [SCRIPT], { input: pdf, maxBuffer: 20 * 1024 * 1024 })
  const { pages, text } = JSON.parse(output.toString("utf8")) as { pages: number; text: string }
  // Line breaks follow the layout (a wrapped description): compare words, not lines.
  return { pages, text: text.replace(/\s+/g, " ") }
}

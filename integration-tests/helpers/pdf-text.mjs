// Prints a PDF's page count and text as JSON: `node pdf-text.mjs file.pdf` (or the PDF on stdin).
// A separate process because pdf.js is an ES module that Jest's CommonJS sandbox cannot load.
import fs from "node:fs"
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs"

const data = new Uint8Array(process.argv[2] ? fs.readFileSync(process.argv[2]) : fs.readFileSync(0))
const pdf = await getDocument({ data, useSystemFonts: false, verbosity: 0 }).promise
const pages = []
for (let number = 1; number <= pdf.numPages; number++) {
  const content = await (await pdf.getPage(number)).getTextContent()
  pages.push(content.items.map((item) => item.str + (item.hasEOL ? "\n" : "")).join(""))
}
process.stdout.write(JSON.stringify({ pages: pdf.numPages, text: pages.join("\n\f") }))

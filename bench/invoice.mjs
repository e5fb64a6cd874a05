// `npm run bench:invoice`: how long one invoice PDF takes to render on this machine (pdfkit,
// embedded DejaVu fonts, A4), for a short, a long and a very long invoice, against a bare
// pdfkit page of the same words in the built-in Helvetica (the baseline: no font to embed).
import { createRequire } from "node:module"
import path from "node:path"
import PDFDocument from "pdfkit"
import { root } from "../scripts/lib/paths.mjs"
import { buildAll } from "../scripts/lib/stack.mjs"
import { printTable } from "./lib/load.mjs"
import { machineContext } from "./lib/store.mjs"

const RUNS = Number(process.env.BENCH_INVOICES || 50)

await buildAll({ storefront: false })
const require = createRequire(import.meta.url)
const { renderInvoicePdf } = require(path.join(root, ".medusa/server/src/lib/invoice/pdf/render-invoice-pdf.js"))

const line = (index) => ({
  description: `Spa & hammam à Marrakech — formule n° ${index + 1}`,
  quantity: 1,
  unit_price_net: 50,
  tax_rate: 20,
  discount_net: index % 3 ? 0 : 5,
  net: 45,
  tax: 9,
  gross: 54,
})
const invoice = (lines) => ({
  id: "inv_bench",
  kind: "invoice",
  number: "INV-2026-000042",
  status: "issued",
  order_display_id: 1042,
  locale: "fr",
  currency_code: "eur",
  issued_at: new Date().toISOString(),
  due_at: new Date().toISOString(),
  paid_at: null,
  seller: { name: "Comptoir SAS", address: ["12 rue des Halles", "75001 Paris, France"], siret: "12345678900012", vat_number: "FR32123456789", legal_mentions: ["SAS au capital de 10 000 €"] },
  buyer: { name: "Amélie Façonnière", email: "amelie@example.fr", company: null, address: ["3 place de l'Église", "69002 Lyon", "FR"] },
  lines: Array.from({ length: lines }, (_, index) => line(index)),
  tax_breakdown: [{ rate: 20, net: 45 * lines, tax: 9 * lines, gross: 54 * lines }],
  total_net: 45 * lines,
  total_tax: 9 * lines,
  total_gross: 54 * lines,
  discount_total: 0,
  shipping_total: 0,
})

/** The baseline: one page, the same words, Helvetica (built into every PDF reader: nothing embedded). */
function barePdf(lines) {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: "A4", margin: 50 })
    const chunks = []
    doc.on("data", (chunk) => chunks.push(chunk))
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.fontSize(9)
    for (let index = 0; index < lines; index++) doc.text(`${line(index).description}  1  50,00  20 %  45,00  54,00`)
    doc.end()
  })
}

async function measure(label, render) {
  let started = process.hrtime.bigint()
  const first = await render()
  const firstMs = Number(process.hrtime.bigint() - started) / 1e6
  started = process.hrtime.bigint()
  for (let run = 0; run < RUNS; run++) await render()
  const warmMs = Number(process.hrtime.bigint() - started) / 1e6 / RUNS
  return [label, firstMs.toFixed(1), warmMs.toFixed(1), (first.length / 1024).toFixed(0)]
}

const context = machineContext()
const rows = []
for (const lines of [1, 20, 200]) {
  rows.push(await measure(`bare pdfkit, Helvetica, ${lines} line(s) (baseline)`, () => barePdf(lines)))
  rows.push(await measure(`invoice PDF, embedded fonts, ${lines} line(s)`, () => renderInvoicePdf(invoice(lines))))
}
console.log(`\n${context.cpus}, Node ${context.node}, load ${context.loadAverageAtStart}; ${RUNS} renders per row after the first`)
printTable(["document", "first ms", "ms each", "KiB"], rows)

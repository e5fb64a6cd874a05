import fs from "node:fs"
import path from "node:path"
import PDFDocument from "pdfkit"
import type { AdminInvoice } from "../../../types/http/invoice"
import { pdfLabels } from "./labels"

/** What the PDF prints: an invoice or credit note as stored, plus the credited invoice's number. */
export type PrintableInvoice = Omit<AdminInvoice, "overdue" | "customer_id" | "order_id" | "reason" | "credited_invoice_id"> & {
  credited_invoice_number?: string | null
}

// DejaVu Sans covers accents, €, Latin Extended, Greek, Cyrillic and Arabic letters: a buyer's
// name prints whatever its script. Embedded (subset) in each PDF.
const FONT_DIR = path.join(path.dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf")
let fonts: { regular: Buffer; bold: Buffer } | undefined
/** The font files, read once per process (each PDF embeds only the glyphs it uses). */
const loadFonts = () =>
  (fonts ??= {
    regular: fs.readFileSync(path.join(FONT_DIR, "DejaVuSans.ttf")),
    bold: fs.readFileSync(path.join(FONT_DIR, "DejaVuSans-Bold.ttf")),
  })

const TIME_ZONE = "Europe/Paris"
const MARGIN = 50
const PAGE_WIDTH = 595.28 // A4 in points
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
const BOTTOM = 842 - MARGIN - 40 // room for the footer
const INK = "#1f2937"
const MUTED = "#6b7280"
const ACCENT = "#b4231f"

/** x and width of each line-table column: description, quantity, unit price, VAT, net, gross. */
const COLUMNS = [
  { x: MARGIN, width: 190, align: "left" },
  { x: MARGIN + 190, width: 40, align: "right" },
  { x: MARGIN + 230, width: 70, align: "right" },
  { x: MARGIN + 300, width: 45, align: "right" },
  { x: MARGIN + 345, width: 75, align: "right" },
  { x: MARGIN + 420, width: CONTENT_WIDTH - 420, align: "right" },
] as const

/**
 * Renders an invoice or credit note as an A4 PDF in its language: seller and buyer, lines with
 * unit price before tax, VAT rate and totals, totals per VAT rate, legal mentions, page numbers.
 */
export async function renderInvoicePdf(invoice: PrintableInvoice): Promise<Buffer> {
  const t = pdfLabels[invoice.locale === "en" ? "en" : "fr"]
  const language = invoice.locale === "en" ? "en-GB" : "fr-FR"
  const money = new Intl.NumberFormat(language, { style: "currency", currency: invoice.currency_code.toUpperCase() })
  const amount = (value: number) => money.format(value)
  const date = (value: string) => new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: TIME_ZONE }).format(new Date(value))
  const isCreditNote = invoice.kind === "credit_note"
  // French typography puts a space before the colon.
  const labelled = (label: string, value: string) => (invoice.locale === "en" ? `${label}: ${value}` : `${label} : ${value}`)

  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    bufferPages: true,
    lang: language,
    info: { Title: `${isCreditNote ? t.creditNote : t.invoice} ${invoice.number}`, Author: invoice.seller.name },
  })
  const { regular, bold } = loadFonts()
  doc.registerFont("regular", regular)
  doc.registerFont("bold", bold)
  const chunks: Buffer[] = []
  doc.on("data", (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })

  // Seller, top left.
  const { seller, buyer } = invoice
  doc.fillColor(INK).font("bold").fontSize(16).text(seller.name, MARGIN, MARGIN, { width: 280 })
  doc.font("regular").fontSize(9).fillColor(MUTED)
  const sellerIds = [
    seller.siret && `${t.siret} ${seller.siret}`,
    seller.ice && `${t.ice} ${seller.ice}`,
    seller.vat_number && `${t.vat} ${seller.vat_number}`,
    seller.email,
  ].filter(Boolean) as string[]
  for (const line of [...seller.address, ...sellerIds]) doc.text(line, { width: 280 })
  const sellerBottom = doc.y

  // Title and references, top right.
  doc.fillColor(ACCENT).font("bold").fontSize(20).text(isCreditNote ? t.creditNote : t.invoice, MARGIN + 280, MARGIN, {
    width: CONTENT_WIDTH - 280,
    align: "right",
  })
  doc.fillColor(INK).font("regular").fontSize(10)
  const references = [
    `${t.number} ${invoice.number}`,
    labelled(t.date, date(invoice.issued_at)),
    ...(invoice.order_display_id != null ? [t.order(String(invoice.order_display_id))] : []),
    ...(isCreditNote && invoice.credited_invoice_number ? [t.credits(invoice.credited_invoice_number)] : []),
  ]
  for (const line of references) doc.text(line, { width: CONTENT_WIDTH - 280, align: "right" })

  // Buyer.
  let y = Math.max(sellerBottom, doc.y) + 25
  doc.fillColor(MUTED).fontSize(9).text(t.billedTo.toUpperCase(), MARGIN + 280, y)
  doc.fillColor(INK).font("bold").fontSize(11).text(buyer.name, MARGIN + 280, doc.y + 2, { width: CONTENT_WIDTH - 280 })
  doc.font("regular").fontSize(10)
  for (const line of [buyer.company, ...buyer.address, buyer.email].filter(Boolean) as string[]) {
    doc.text(line, { width: CONTENT_WIDTH - 280 })
  }
  y = doc.y + 25

  // Lines.
  const header = (top: number) => {
    doc.rect(MARGIN, top, CONTENT_WIDTH, 20).fill("#f3f4f6")
    doc.fillColor(INK).font("bold").fontSize(8.5)
    const names = [t.columns.description, t.columns.quantity, t.columns.unitNet, t.columns.rate, t.columns.net, t.columns.gross]
    names.forEach((name, index) => {
      const column = COLUMNS[index]
      doc.text(name, column.x + 4, top + 6, { width: column.width - 8, align: column.align })
    })
    return top + 26
  }
  y = header(y)
  doc.font("regular").fontSize(9)
  for (const line of invoice.lines) {
    const description = line.discount_net ? `${line.description}\n${t.discount(amount(line.discount_net))}` : line.description
    const height = Math.max(doc.heightOfString(description, { width: COLUMNS[0].width - 8 }), 12)
    if (y + height > BOTTOM) {
      doc.addPage()
      y = header(MARGIN)
      doc.font("regular").fontSize(9)
    }
    const cells = [
      description,
      String(line.quantity),
      amount(line.unit_price_net),
      `${formatRate(line.tax_rate, language)} %`,
      amount(line.net),
      amount(line.gross),
    ]
    cells.forEach((cell, index) => {
      const column = COLUMNS[index]
      doc.fillColor(INK).text(cell, column.x + 4, y, { width: column.width - 8, align: column.align })
    })
    y += height + 8
    doc.moveTo(MARGIN, y - 4).lineTo(MARGIN + CONTENT_WIDTH, y - 4).lineWidth(0.5).strokeColor("#e5e7eb").stroke()
  }

  // Totals per VAT rate (left) and grand totals (right).
  const breakdownHeight = 20 + invoice.tax_breakdown.length * 14
  if (y + Math.max(breakdownHeight, 60) + 20 > BOTTOM) {
    doc.addPage()
    y = MARGIN
  }
  y += 10
  const breakdownColumns = [MARGIN, MARGIN + 70, MARGIN + 140, MARGIN + 205]
  doc.font("bold").fontSize(8.5).fillColor(MUTED)
  ;[t.breakdown.rate, t.breakdown.net, t.breakdown.tax, t.breakdown.gross].forEach((name, index) =>
    doc.text(name, breakdownColumns[index], y, { width: 65, align: index ? "right" : "left" })
  )
  doc.font("regular").fontSize(9).fillColor(INK)
  invoice.tax_breakdown.forEach((bucket, row) => {
    const top = y + 16 + row * 14
    ;[`${formatRate(bucket.rate, language)} %`, amount(bucket.net), amount(bucket.tax), amount(bucket.gross)].forEach((cell, index) =>
      doc.text(cell, breakdownColumns[index], top, { width: 65, align: index ? "right" : "left" })
    )
  })

  const totals: [string, string, boolean][] = [
    [t.totalNet, amount(invoice.total_net), false],
    [t.totalTax, amount(invoice.total_tax), false],
    [t.totalGross, amount(invoice.total_gross), true],
  ]
  totals.forEach(([label, value, strong], row) => {
    const top = y + row * 18
    doc.font(strong ? "bold" : "regular").fontSize(strong ? 11 : 9.5).fillColor(INK)
    doc.text(label, MARGIN + 300, top, { width: 110 })
    doc.text(value, MARGIN + 410, top, { width: CONTENT_WIDTH - 410, align: "right" })
  })
  y = Math.max(y + 16 + invoice.tax_breakdown.length * 14, y + 3 * 18) + 16

  // Payment terms.
  doc.font("regular").fontSize(9).fillColor(MUTED)
  const terms = isCreditNote
    ? t.currency(invoice.currency_code)
    : [
        invoice.paid_at
          ? t.paidOn(date(invoice.paid_at))
          : labelled(t.dueDate, invoice.due_at.slice(0, 10) === invoice.issued_at.slice(0, 10) ? t.dueOnReceipt : date(invoice.due_at)),
        t.currency(invoice.currency_code),
      ].join(" · ")
  doc.text(terms, MARGIN, y, { width: CONTENT_WIDTH })

  // Footer on every page: legal mentions and page number.
  const range = doc.bufferedPageRange()
  for (let index = 0; index < range.count; index++) {
    doc.switchToPage(range.start + index)
    // Below the bottom margin: without this, pdfkit would start a new page for the footer.
    doc.page.margins.bottom = 0
    doc.font("regular").fontSize(7.5).fillColor(MUTED)
    const footer = [seller.name, ...seller.legal_mentions].join(" · ")
    doc.text(footer, MARGIN, 842 - MARGIN - 24, { width: CONTENT_WIDTH - 60, lineBreak: true, height: 30 })
    doc.text(t.page(index + 1, range.count), MARGIN + CONTENT_WIDTH - 60, 842 - MARGIN - 24, { width: 60, align: "right" })
  }
  doc.end()
  return await done
}

/** "20", "5,5" / "5.5". */
function formatRate(rate: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(rate)
}

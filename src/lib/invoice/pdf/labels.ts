type Labels = {
  invoice: string
  creditNote: string
  number: string
  date: string
  dueDate: string
  dueOnReceipt: string
  paidOn: (date: string) => string
  order: (id: string) => string
  credits: (number: string) => string
  billedTo: string
  siret: string
  ice: string
  vat: string
  columns: { description: string; quantity: string; unitNet: string; rate: string; net: string; gross: string }
  discount: (amount: string) => string
  breakdown: { rate: string; net: string; tax: string; gross: string }
  totalNet: string
  totalTax: string
  totalGross: string
  currency: (code: string) => string
  page: (page: number, pages: number) => string
}

/** The printed words of invoices and credit notes, French and English. */
export const pdfLabels: Record<"fr" | "en", Labels> = {
  fr: {
    invoice: "FACTURE",
    creditNote: "AVOIR",
    number: "N°",
    date: "Date",
    dueDate: "Échéance",
    dueOnReceipt: "À réception",
    paidOn: (date) => `Payée le ${date}`,
    order: (id) => `Commande n° ${id}`,
    credits: (number) => `Avoir sur la facture ${number}`,
    billedTo: "Facturé à",
    siret: "SIRET",
    ice: "ICE",
    vat: "N° TVA",
    columns: { description: "Désignation", quantity: "Qté", unitNet: "PU HT", rate: "TVA", net: "Total HT", gross: "Total TTC" },
    discount: (amount) => `Remise : ${amount} HT`,
    breakdown: { rate: "Taux de TVA", net: "Base HT", tax: "TVA", gross: "TTC" },
    totalNet: "Total HT",
    totalTax: "TVA",
    totalGross: "Total TTC",
    currency: (code) => `Montants en ${code.toUpperCase()}`,
    page: (page, pages) => `Page ${page}/${pages}`,
  },
  en: {
    invoice: "INVOICE",
    creditNote: "CREDIT NOTE",
    number: "No.",
    date: "Date",
    dueDate: "Due date",
    dueOnReceipt: "On receipt",
    paidOn: (date) => `Paid on ${date}`,
    order: (id) => `Order #${id}`,
    credits: (number) => `Credit note on invoice ${number}`,
    billedTo: "Billed to",
    siret: "SIRET",
    ice: "ICE",
    vat: "VAT no.",
    columns: { description: "Description", quantity: "Qty", unitNet: "Unit excl. VAT", rate: "VAT", net: "Excl. VAT", gross: "Incl. VAT" },
    discount: (amount) => `Discount: ${amount} excl. VAT`,
    breakdown: { rate: "VAT rate", net: "Net", tax: "VAT", gross: "Gross" },
    totalNet: "Total excl. VAT",
    totalTax: "VAT",
    totalGross: "Total incl. VAT",
    currency: (code) => `Amounts in ${code.toUpperCase()}`,
    page: (page, pages) => `Page ${page} of ${pages}`,
  },
}

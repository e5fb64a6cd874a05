import fs from "node:fs"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import type { AdminInvoice, AdminInvoiceListResponse } from "../../../src/types/http/invoice"
import { issueCreditNoteWorkflow } from "../../../src/workflows/invoice/issue-credit-note"
import { issueOrderInvoiceWorkflow } from "../../../src/workflows/invoice/issue-order-invoice"
import { createAdminHeaders } from "../../helpers/admin"
import { checkout, createCheckoutStore } from "../../helpers/checkout"
import { createCustomer } from "../../helpers/customer"
import { eventually } from "../../helpers/eventually"
import { useTestMailbox } from "../../helpers/mailbox"
import { readPdf } from "../../helpers/pdf"
import { createPricedProduct, createStoreOrder } from "../../helpers/store"

jest.setTimeout(180_000)

const smtp = useTestMailbox()

/** Where medusa-config.ts (the tests' one) keeps private files. */
const PRIVATE_FILES = path.join(__dirname, "../../../.data/private-files")

/** The binary body of a response, whatever axios made of it. */
const asBuffer = (data: unknown) => Buffer.from(data as ArrayBuffer)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let store: Awaited<ReturnType<typeof createCheckoutStore>>
    let spa: Awaited<ReturnType<typeof createPricedProduct>>

    beforeAll(async () => {
      admin = await createAdminHeaders(api, getContainer())
    })

    beforeEach(async () => {
      store = await createCheckoutStore(getContainer())
      spa = await createPricedProduct(getContainer(), { title: "Spa & hammam à Marrakech", handle: "spa", price: 100, salesChannelId: store.salesChannel.id })
      smtp.current().received.splice(0)
    })

    const invoicesOf = async (orderId: string) =>
      ((await api.get(`/admin/invoices?order_id=${orderId}&order=issued_at`, admin)).data as AdminInvoiceListResponse).invoices
    const invoiceOf = async (orderId: string) => {
      await eventually(async () => (await invoicesOf(orderId)).length > 0, true, 200)
      return (await invoicesOf(orderId)).find((invoice) => invoice.kind === "invoice") as AdminInvoice
    }

    const paymentOf = async (orderId: string) => {
      const { data } = await api.get(`/admin/orders/${orderId}?fields=*payment_collections.payments`, admin)
      return data.order.payment_collections[0].payments[0] as { id: string }
    }

    describe("payments, refunds and cancellations", () => {
      it("marks the invoice paid on capture, credits each refund once, and marks it refunded when nothing is left", async () => {
        const order = await checkout(api, store.storeHeaders, { region_id: store.region.id, variant_id: spa.variant.id, quantity: 2, email: "paid@comptoir.test" })
        const invoice = await invoiceOf(order.id)
        const payment = await paymentOf(order.id)

        await api.post(`/admin/payments/${payment.id}/capture`, {}, admin)
        await eventually(async () => (await invoicesOf(order.id))[0].status, "paid", 200)
        expect((await invoicesOf(order.id))[0].paid_at).not.toBeNull()

        await api.post(`/admin/payments/${payment.id}/refund`, { amount: 60 }, admin)
        await eventually(async () => (await invoicesOf(order.id)).length, 2, 200)
        const [, partial] = await invoicesOf(order.id)
        expect(partial).toMatchObject({
          kind: "credit_note",
          credited_invoice_id: invoice.id,
          reason: "refund",
          total_gross: -60,
          total_tax: -10,
          total_net: -50,
          tax_breakdown: [{ rate: 20, net: -50, tax: -10, gross: -60 }],
        })
        expect(partial.number).toMatch(/^AVO-\d{4}-\d{6}$/)
        expect((await invoicesOf(order.id))[0].status).toBe("paid")

        await api.post(`/admin/payments/${payment.id}/refund`, { amount: 180 }, admin)
        await eventually(async () => (await invoicesOf(order.id)).length, 3, 200)
        const documents = await invoicesOf(order.id)
        expect(documents.map((document) => document.total_gross)).toEqual([240, -60, -180])
        expect(documents[0].status).toBe("refunded")

        // The credit note's PDF names the invoice it credits.
        const pdf = await api.get(`/admin/invoices/${documents[2].id}/pdf`, { ...admin, responseType: "arraybuffer" })
        const { text } = readPdf(asBuffer(pdf.data))
        expect(text).toContain("AVOIR")
        expect(text).toContain(`Avoir sur la facture ${invoice.number}`)
        expect(text).toContain("-180,00 €")
      })

      it("credits a canceled order's invoice in full, once, and marks it cancelled", async () => {
        const order = await checkout(api, store.storeHeaders, { region_id: store.region.id, variant_id: spa.variant.id, email: "cancel@comptoir.test" })
        const invoice = await invoiceOf(order.id)
        await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)
        await eventually(async () => (await invoicesOf(order.id)).length, 2, 200)
        // The event again (a retried delivery) credits nothing more.
        await getContainer().resolve(Modules.EVENT_BUS).emit({ name: "order.canceled", data: { id: order.id } })
        await new Promise((resolve) => setTimeout(resolve, 1000))
        const [cancelled, note, ...more] = await invoicesOf(order.id)
        expect(more).toEqual([])
        expect(cancelled).toMatchObject({ id: invoice.id, status: "cancelled", total_gross: 120 })
        expect(note).toMatchObject({ kind: "credit_note", reason: "cancellation", total_gross: -120, total_net: -100, total_tax: -20 })
        expect(note.lines).toEqual([expect.objectContaining({ quantity: -1, net: -100, gross: -120 })])
      })
    })

    it("never credits more than the invoice when two refunds are credited at the same time", async () => {
      const order = await checkout(api, store.storeHeaders, { region_id: store.region.id, variant_id: spa.variant.id, quantity: 2, email: "double@comptoir.test" })
      await invoiceOf(order.id)
      const credit = (reference: string) =>
        issueCreditNoteWorkflow(getContainer()).run({ input: { order_id: order.id, reason: "refund", credit_reference: reference, amount: 200 } })
      await Promise.all([credit("refund_a"), credit("refund_b")])
      const [invoice, ...notes] = await invoicesOf(order.id)
      expect(notes.map((note) => note.total_gross).sort((a, b) => a - b)).toEqual([-200, -40])
      expect(invoice.status).toBe("refunded")
    })

    describe("GET /admin/invoices and its accounting export", () => {
      it("filters by kind, status, period and search, and exports the period as CSV with credit notes negative", async () => {
        const order = await checkout(api, store.storeHeaders, { region_id: store.region.id, variant_id: spa.variant.id, email: "compta@comptoir.test" })
        const invoice = await invoiceOf(order.id)
        await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)
        await eventually(async () => (await invoicesOf(order.id)).length, 2, 200)
        const note = (await invoicesOf(order.id))[1]

        const list = async (query: string) => ((await api.get(`/admin/invoices?${query}`, admin)).data as AdminInvoiceListResponse)
        const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date())
        const tomorrow = new Date(Date.parse(today) + 86_400_000).toISOString().slice(0, 10)
        expect((await list(`kind=credit_note&q=${note.number}`)).invoices.map((document) => document.id)).toEqual([note.id])
        expect((await list(`status=cancelled&q=compta@comptoir`)).invoices.map((document) => document.id)).toEqual([invoice.id])
        expect((await list(`q=${invoice.number}&from=${today}&to=${today}`)).count).toBe(1)
        expect((await list(`q=${invoice.number}&from=${tomorrow}`)).count).toBe(0)
        const page = await list("limit=1&offset=0")
        expect(page.invoices).toHaveLength(1)
        expect(page.count).toBeGreaterThanOrEqual(2)

        const csv = await api.get(`/admin/invoices/export?from=${today}&to=${today}`, admin)
        expect(csv.headers["content-type"]).toBe("text/csv; charset=utf-8")
        expect(csv.headers["content-disposition"]).toBe(`attachment; filename="invoices-${today}-${today}.csv"`)
        const lines = (csv.data as string).replace(/^\uFEFF/, "").trim().split("\r\n")
        expect(lines[0]).toBe("number,type,date,due_date,order,customer,email,net,vat,gross,currency,status,credited_invoice")
        expect(lines).toContain(
          `${invoice.number},invoice,${today},${today},${order.display_id},Amélie Façonnière,compta@comptoir.test,100.00,20.00,120.00,EUR,cancelled,`
        )
        expect(lines).toContain(
          `${note.number},credit_note,${today},${today},${order.display_id},Amélie Façonnière,compta@comptoir.test,-100.00,-20.00,-120.00,EUR,issued,${invoice.number}`
        )
      })

      it("answers a malformed filter or period with a 400 naming it", async () => {
        const failure = (url: string) => api.get(url, admin).then(() => null, (error) => error.response)
        for (const [url, message] of [
          ["/admin/invoices?from=2026-13-45", /from/],
          ["/admin/invoices?from=2026-11-30&to=2026-11-01", /`from` must not be after `to`/],
          ["/admin/invoices?status=lost", /status/],
          ["/admin/invoices?limit=-1", /limit/],
          ["/admin/invoices?colour=red", /colour/],
          ["/admin/invoices/export?to=2026-11-30", /from/],
          ["/admin/invoices/export?from=2024-01-01&to=2026-01-01", /at most one year/],
          ["/admin/invoices/inv_missing", /inv_missing/],
        ] as const) {
          const response = await failure(url)
          expect([url, response?.status]).toEqual([url, url.endsWith("inv_missing") ? 404 : 400])
          expect(response.data.message).toMatch(message)
        }
      })
    })

    describe("an order placed through the Store API", () => {
      it("gets a numbered invoice with VAT per rate, e-mailed with its PDF, the same PDF the admin and its owner download", async () => {
        const buyer = await createCustomer(api, store.storeHeaders, { email: "amelie@comptoir.test", first_name: "Amélie" }, getContainer())
        const order = await checkout(api, buyer.headers, { region_id: store.region.id, variant_id: spa.variant.id, quantity: 2, email: "amelie@comptoir.test" })

        const invoice = await invoiceOf(order.id)
        expect(invoice.number).toMatch(/^INV-\d{4}-\d{6}$/)
        expect(invoice).toMatchObject({
          status: "issued",
          order_display_id: order.display_id,
          currency_code: "eur",
          total_net: 200,
          total_tax: 40,
          total_gross: 240,
          tax_breakdown: [{ rate: 20, net: 200, tax: 40, gross: 240 }],
          buyer: { name: "Amélie Façonnière", email: "amelie@comptoir.test", address: ["3 place de l'Église", "69002 Lyon", "France"] },
        })
        expect(invoice.lines).toEqual([
          expect.objectContaining({ description: "Spa & hammam à Marrakech — Standard", quantity: 2, unit_price_net: 100, tax_rate: 20, net: 200, tax: 40, gross: 240 }),
        ])
        expect(invoice.seller).toMatchObject({ name: "Comptoir SAS", siret: "12345678900012" })

        // The confirmation and the invoice e-mail, the latter with the PDF.
        await eventually(async () => smtp.current().received.length, 2, 200)
        const invoiceMail = smtp.current().received.find(({ mail }) => mail.subject?.includes(invoice.number))!
        expect(invoiceMail.envelope.to).toEqual(["amelie@comptoir.test"])
        const [attachment] = invoiceMail.mail.attachments
        expect(attachment).toMatchObject({ contentType: "application/pdf", filename: `${invoice.number}.pdf` })
        const { pages, text } = readPdf(attachment.content)
        expect(pages).toBe(1)
        expect(text).toContain(invoice.number)
        expect(text).toContain("Amélie Façonnière")
        expect(text).toContain("240,00 €")

        // Rendered once: the admin and the owner get the very same file.
        const adminPdf = await api.get(`/admin/invoices/${invoice.id}/pdf?download=1`, { ...admin, responseType: "arraybuffer" })
        expect(adminPdf.headers["content-type"]).toBe("application/pdf")
        expect(adminPdf.headers["content-disposition"]).toBe(`attachment; filename="${invoice.number}.pdf"`)
        expect(asBuffer(adminPdf.data).equals(attachment.content)).toBe(true)
        const ownerPdf = await api.get(`/store/orders/${order.id}/invoice`, { ...buyer.headers, responseType: "arraybuffer" })
        expect(asBuffer(ownerPdf.data).equals(attachment.content)).toBe(true)
      })

      it("shows the invoice to its owner only: another customer and a guest get a 404 or a 401, and the file has no public URL", async () => {
        const owner = await createCustomer(api, store.storeHeaders, { email: "owner@comptoir.test" }, getContainer())
        const other = await createCustomer(api, store.storeHeaders, { email: "other@comptoir.test" }, getContainer())
        const order = await checkout(api, owner.headers, { region_id: store.region.id, variant_id: spa.variant.id, email: "owner@comptoir.test" })
        const invoice = await invoiceOf(order.id)
        await eventually(async () => smtp.current().received.length, 2, 200)

        const status = (request: Promise<unknown>) => request.then(() => 200, (error) => error.response?.status)
        expect(await status(api.get(`/store/orders/${order.id}/invoice`, other.headers))).toBe(404)
        expect(await status(api.get(`/store/orders/order_missing/invoice`, owner.headers))).toBe(404)
        expect(await status(api.get(`/store/orders/${order.id}/invoice`, store.storeHeaders))).toBe(401)
        expect(await status(api.get(`/admin/invoices/${invoice.id}/pdf`))).toBe(401)

        // The stored PDF is a private file, outside the /static folder Medusa serves to anyone.
        const fileId = (await getContainer().resolve("invoice").retrieveInvoice(invoice.id)).file_id as string
        const stored = path.join(PRIVATE_FILES, fileId)
        expect(fs.existsSync(stored)).toBe(true)
        expect(await status(api.get(`/static/${fileId}`))).toBe(404)

        // A lost file is rendered again from the invoice on the next download.
        fs.rmSync(stored)
        const again = await api.get(`/store/orders/${order.id}/invoice`, { ...owner.headers, responseType: "arraybuffer" })
        expect(readPdf(asBuffer(again.data)).text).toContain(invoice.number)
      })
    })

    it("numbers 50 invoices issued in parallel 1 to 50 of the year, without gap or duplicate", async () => {
      const container = getContainer()
      const orders = []
      for (let index = 0; index < 50; index++) {
        orders.push(await createStoreOrder(container, { ...store, storeHeaders: store.storeHeaders }, { variant_id: spa.variant.id, email: `buyer${index}@comptoir.test` }))
      }
      const invoiceModule = container.resolve("invoice")
      const before = await invoiceModule.listInvoices({ kind: "invoice" }, { select: ["sequence", "year"] })
      const results = await Promise.all(orders.map((order) => issueOrderInvoiceWorkflow(container).run({ input: { order_id: order.id } })))
      const numbers = results.map(({ result }) => result!.number)
      expect(new Set(numbers).size).toBe(50)
      const year = new Date().getFullYear()
      const sequences = numbers.map((number) => Number(number.slice(-6))).sort((a, b) => a - b)
      const first = Math.max(0, ...before.filter((invoice: { year: number }) => invoice.year === year).map((invoice: { sequence: number }) => invoice.sequence)) + 1
      expect(sequences).toEqual(Array.from({ length: 50 }, (_, index) => first + index))
      expect(numbers.every((number) => number.startsWith(`INV-${year}-`))).toBe(true)

      // Issuing again for the same orders gives the same invoices, not new numbers.
      const again = await Promise.all(orders.slice(0, 5).map((order) => issueOrderInvoiceWorkflow(container).run({ input: { order_id: order.id } })))
      expect(again.map(({ result }) => result!.number)).toEqual(numbers.slice(0, 5))
      expect(again.every(({ result }) => result!.created === false)).toBe(true)
      // Each invoice goes out once, with its PDF.
      await eventually(async () => smtp.current().received.length, 50, 600)
      expect(new Set(smtp.current().received.map(({ mail }) => mail.attachments[0]?.filename)).size).toBe(50)
    })
  },
})

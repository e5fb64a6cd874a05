import { BigNumber } from "@medusajs/framework/utils"
import { SmtpNotificationService } from "../service"
import type { SmtpProviderOptions } from "../options"
import type { InvoiceIssuedEmailData, OrderPlacedEmailData } from "../types"
import { MAILBOX_PASS, MAILBOX_USER, startMailbox } from "./mailbox"

const shop = {
  from: "Comptoir <boutique@comptoir.local>",
  shopName: "Comptoir",
  shopAddress: "12 rue des Halles, 75001 Paris",
  shopUrl: "http://localhost:8000",
  legalUrl: "http://localhost:8000/fr/mentions-legales",
}

function providerFor(port: number, extra: Partial<SmtpProviderOptions> = {}) {
  return new SmtpNotificationService(
    {},
    { host: "127.0.0.1", port, secure: false, user: MAILBOX_USER, pass: MAILBOX_PASS, ...shop, ...extra }
  )
}

function order(overrides: Partial<OrderPlacedEmailData["order"]> = {}): OrderPlacedEmailData["order"] {
  return {
    display_id: 1042,
    created_at: "2026-11-25T10:30:00.000Z",
    email: "marie@example.com",
    currency_code: "eur",
    items: [
      { title: "Massage aux pierres chaudes", variant_title: "Duo", quantity: 1, unit_price: 39.9, total: 39.9 },
      { title: "Bon d'achat librairie", variant_title: null, quantity: 2, unit_price: 5, total: 10 },
    ],
    item_subtotal: 49.9,
    discount_total: 0,
    shipping_total: 0,
    tax_total: 8.32,
    total: 49.9,
    ...overrides,
  }
}

// Intl writes non-breaking spaces ("49,90 €"); compare with plain ones.
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, " ")

describe("smtp notification provider", () => {
  let mailbox: Awaited<ReturnType<typeof startMailbox>>
  let provider: SmtpNotificationService

  beforeAll(async () => {
    mailbox = await startMailbox()
    provider = providerFor(mailbox.port)
  })

  afterAll(async () => {
    provider.close()
    await mailbox.stop()
  })

  /** Sends an order confirmation to marie@example.com and returns what the mailbox received. */
  async function sendOrder(data: Partial<OrderPlacedEmailData> = {}) {
    const result = await provider.send({
      to: "marie@example.com",
      channel: "email",
      template: "order-placed",
      data: { order: order(), ...data },
    })
    return { result, ...mailbox.takeOne() }
  }

  it("sends the order confirmation in French by default, with the lines and totals in euros", async () => {
    const { result, mail, envelope } = await sendOrder()

    expect(envelope.to).toEqual(["marie@example.com"])
    expect(mail.from?.value).toEqual([{ name: "Comptoir", address: "boutique@comptoir.local" }])
    expect(mail.subject).toBe("Confirmation de votre commande n° 1042")
    expect(result.id).toBe(mail.messageId)
    for (const part of [spaces(mail.html || ""), spaces(mail.text ?? "")]) {
      expect(part).toContain("1042")
      expect(part).toContain("Massage aux pierres chaudes")
      expect(part).toContain("librairie")
      expect(part).toContain("49,90 €")
      expect(part).toContain("Aucune livraison nécessaire")
      expect(part).toContain("25 novembre 2026")
      expect(part).toContain("12 rue des Halles, 75001 Paris")
    }
    expect(mail.html).toContain('lang="fr"')
    expect(mail.html).toContain("#3d7d12")
    expect(mail.html).toContain('href="http://localhost:8000/fr/mentions-legales"')
  })

  it("writes in English when the data's locale is en, and shows a shipping amount", async () => {
    const { mail } = await sendOrder({ locale: "en-GB", first_name: "John", order: order({ shipping_total: 4.5, total: 54.4 }) })

    expect(mail.subject).toBe("Your order #1042 is confirmed")
    for (const part of [mail.html || "", mail.text ?? ""]) {
      expect(part).toContain("Hello John,")
      expect(part).toContain("€49.90")
      expect(part).toContain("€4.50")
      expect(part).toContain("€54.40")
      expect(part).not.toContain("No delivery needed")
    }
    expect(mail.html).toContain('lang="en"')
  })

  it("with tax-inclusive prices, adds up the lines as the subtotal and shows the VAT as included", async () => {
    // Medusa's item_subtotal excludes VAT (41,58 €): shown, it would not match the lines.
    const { mail } = await sendOrder({ order: order({ item_subtotal: 41.58, prices_include_tax: true }) })
    const text = spaces(mail.text ?? "")
    expect(text).toMatch(/Sous-total\s+49,90 €/)
    expect(text).toMatch(/Dont TVA\s+8,32 €/)
    expect(text).not.toContain("41,58")
    expect(text).not.toMatch(/^Taxes/m)
  })

  it("formats dirhams for fr-FR and en-GB", async () => {
    const madOrder = order({
      currency_code: "mad",
      items: [{ title: "Hammam traditionnel", quantity: 1, unit_price: 1250, total: 1250 }],
      item_subtotal: 1250,
      total: 1250,
    })
    const french = await sendOrder({ order: madOrder })
    const english = await sendOrder({ locale: "en", order: madOrder })

    expect(spaces(french.mail.text ?? "")).toContain("1 250,00 MAD")
    expect(spaces(english.mail.text ?? "")).toContain("MAD 1,250.00")
  })

  it("takes the BigNumber amounts and Date that query.graph returns", async () => {
    const amount = (value: number) => new BigNumber(value) as unknown as number
    const { mail } = await sendOrder({
      order: order({
        created_at: new Date("2026-11-25T10:30:00Z"),
        items: [{ title: "Massage", quantity: amount(1), unit_price: amount(49.9), total: amount(49.9) }],
        item_subtotal: amount(49.9),
        total: amount(49.9),
      }),
    })

    expect(spaces(mail.text ?? "")).toMatch(/Total\s+49,90 €/)
  })

  it("escapes markup that comes in the data", async () => {
    const { mail } = await sendOrder({
      order: order({ items: [{ title: "<script>alert(1)</script><b>Promo</b>", quantity: 1, unit_price: 49.9, total: 49.9 }] }),
    })

    expect(mail.html).not.toMatch(/<script/i)
    expect(mail.html).not.toContain("<b>Promo")
    expect(mail.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;")
  })

  it("attaches the invoice PDF with its file name and content type", async () => {
    const pdf = Buffer.from("%PDF-1.4\n% Comptoir test invoice\n%%EOF\n")
    const data: InvoiceIssuedEmailData = {
      invoice: { number: "INV-2026-000001", issued_at: new Date("2026-11-25T10:30:00Z"), total: 49.9, currency_code: "EUR", order_display_id: 1042 },
    }
    await provider.send({
      to: "marie@example.com",
      channel: "email",
      template: "invoice-issued",
      data,
      attachments: [{ filename: "INV-2026-000001.pdf", content: pdf.toString("base64"), content_type: "application/pdf" }],
    })

    const { mail } = mailbox.takeOne()
    expect(mail.subject).toBe("Votre facture INV-2026-000001")
    expect(spaces(mail.text ?? "")).toContain("d'un montant de 49,90 €")
    expect(mail.attachments).toHaveLength(1)
    expect(mail.attachments[0]).toMatchObject({
      filename: "INV-2026-000001.pdf",
      contentType: "application/pdf",
      contentDisposition: "attachment",
    })
    expect(mail.attachments[0].content.equals(pdf)).toBe(true)
  })

  it("sends a message from the shop with its own subject and paragraphs", async () => {
    await provider.send({
      to: "marie@example.com",
      channel: "email",
      template: "message",
      data: { subject: "Votre ticket n° 12", body: "Premier paragraphe.\n\nSecond paragraphe,\nsur deux lignes." },
    })

    const { mail } = mailbox.takeOne()
    expect(mail.subject).toBe("Votre ticket n° 12")
    expect(mail.html).toMatch(/<p[^>]*>Premier paragraphe\.<\/p>/)
    expect(mail.html).toMatch(/Second paragraphe,<br\/>sur deux lignes\./)
  })

  it("refuses an unknown template and names the known ones", async () => {
    await expect(
      provider.send({ to: "marie@example.com", channel: "email", template: "order-shipped", data: {} })
    ).rejects.toThrow(
      'Unknown e-mail template "order-shipped": known templates are order-placed, welcome, email-verification, password-reset, invoice-issued, message, cart-reminder'
    )
    expect(mailbox.received).toHaveLength(0)
  })

  it("refuses data the template cannot use and says where", async () => {
    await expect(
      provider.send({
        to: "marie@example.com",
        channel: "email",
        template: "order-placed",
        data: { order: { ...order(), items: [{ title: "Sans quantité", unit_price: 1, total: 1 }] } },
      })
    ).rejects.toThrow('Invalid data for the e-mail template "order-placed": order.items.0.quantity must be a whole quantity')
    expect(mailbox.received).toHaveLength(0)
  })

  it("rejects when the SMTP server is down, so that Medusa records the failure", async () => {
    const downMailbox = await startMailbox()
    const downProvider = providerFor(downMailbox.port)
    try {
      await downProvider.send({ to: "a@example.com", channel: "email", template: "welcome", data: {} })
      expect(downMailbox.received).toHaveLength(1)
      await downMailbox.stop()

      await expect(
        downProvider.send({ to: "a@example.com", channel: "email", template: "welcome", data: {} })
      ).rejects.toThrow(`SMTP server 127.0.0.1:${downMailbox.port} did not take the "welcome" e-mail to a@example.com`)
    } finally {
      downProvider.close()
    }
  })

  it("rejects when the SMTP server refuses the credentials", async () => {
    const intruder = providerFor(mailbox.port, { pass: "wrong" })
    try {
      await expect(
        intruder.send({ to: "a@example.com", channel: "email", template: "welcome", data: {} })
      ).rejects.toThrow(/Invalid login/)
    } finally {
      intruder.close()
    }
  })
})

import type { ShopIdentity } from "../options"
import { renderEmail } from "../render"
import type { CartReminderEmailData } from "../types"

const shop: ShopIdentity = {
  shopName: "Comptoir",
  shopAddress: "12 rue des Halles, 75001 Paris",
  shopUrl: "http://localhost:8000",
  legalUrl: "http://localhost:8000/fr/mentions-legales",
  timeZone: "Europe/Paris",
}

const restoreUrl =
  "http://localhost:8000/api/cart/restore?cart_id=cart_01ABC&expires=1790000000&signature=" + "a".repeat(64) + "&country=fr&lang=fr"
const optOutUrl = "http://localhost:8000/fr/reminders/opt-out?email=marie%40example.com&signature=" + "b".repeat(64)

function reminder(overrides: Partial<CartReminderEmailData> = {}): CartReminderEmailData {
  return {
    reminder: 1,
    first_name: "Marie",
    cart: {
      currency_code: "eur",
      items: [
        { title: "Massage aux pierres chaudes", variant_title: "Duo", quantity: 1, total: 39.9 },
        { title: "Bon d'achat librairie", quantity: 2, total: 10 },
      ],
      total: 49.9,
    },
    restore_url: restoreUrl,
    opt_out_url: optOutUrl,
    ...overrides,
  }
}

// Intl writes non-breaking spaces ("49,90 €"); compare with plain ones.
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, " ")
// In HTML attributes the links' "&" are written "&amp;".
const inHtml = (url: string) => url.replace(/&/g, "&amp;")

describe("cart-reminder e-mail", () => {
  it("writes the first reminder in French with the lines, the total and both links", async () => {
    const { subject, html, text } = await renderEmail("cart-reminder", reminder(), shop)

    expect(subject).toBe("Votre panier vous attend")
    for (const part of [spaces(html), spaces(text)]) {
      expect(part).toContain("Bonjour Marie,")
      expect(part).toContain("Massage aux pierres chaudes")
      expect(part).toContain("(Duo)")
      expect(part).toContain("39,90 €")
      expect(part).toContain("10,00 €")
      expect(part).toContain("49,90 €")
      expect(part).toContain("Retrouver mon panier")
      expect(part).toContain("Se désabonner")
    }
    expect(spaces(text)).toMatch(/Total\s+49,90 €/)
    expect(html).toContain(`href="${inHtml(restoreUrl)}"`)
    expect(html).toContain(`href="${inHtml(optOutUrl)}"`)
    expect(html).toContain('lang="fr"')
  })

  it("says the second reminder is the last one", async () => {
    const { subject } = await renderEmail("cart-reminder", reminder({ reminder: 2 }), shop)
    expect(subject).toBe("Dernier rappel : votre panier vous attend")
  })

  it("writes in English with amounts in the cart's currency", async () => {
    const first = await renderEmail("cart-reminder", reminder({ locale: "en", first_name: null }), shop)
    const last = await renderEmail("cart-reminder", reminder({ locale: "en-GB", reminder: 2 }), shop)

    expect(first.subject).toBe("Your cart is waiting for you")
    expect(last.subject).toBe("Last reminder: your cart is waiting for you")
    expect(first.text).toContain("Hello,")
    expect(first.text).toContain("€39.90")
    expect(first.text).toMatch(/Total\s+€49\.90/)
    expect(first.text).toContain("Unsubscribe")
    expect(first.html).toContain(`href="${inHtml(restoreUrl)}"`)
    expect(first.html).toContain(`href="${inHtml(optOutUrl)}"`)
    expect(first.html).toContain('lang="en"')
  })

  it("formats dirhams", async () => {
    const cart = { currency_code: "mad", items: [{ title: "Hammam traditionnel", quantity: 1, total: 1250 }], total: 1250 }
    const { text } = await renderEmail("cart-reminder", reminder({ cart }), shop)
    expect(spaces(text)).toContain("1 250,00 MAD")
  })

  it("escapes markup in a line's title", async () => {
    const cart = { currency_code: "eur", items: [{ title: "<b>Promo</b> spa", quantity: 1, total: 20 }], total: 20 }
    const { html } = await renderEmail("cart-reminder", reminder({ cart }), shop)
    expect(html).not.toContain("<b>Promo")
    expect(html).toContain("&lt;b&gt;Promo&lt;/b&gt; spa")
  })

  it("refuses a reminder number other than 1 or 2, and links that are not http(s)", async () => {
    await expect(renderEmail("cart-reminder", { ...reminder(), reminder: 3 }, shop)).rejects.toThrow(
      'Invalid data for the e-mail template "cart-reminder": reminder must be 1 (first reminder) or 2 (last reminder)'
    )
    await expect(renderEmail("cart-reminder", reminder({ opt_out_url: "javascript:alert(1)" }), shop)).rejects.toThrow(
      "opt_out_url must be an http(s) URL"
    )
  })
})

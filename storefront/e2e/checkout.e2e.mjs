// End-to-end: a guest buys the spa voucher with a promo code (no delivery is asked for a voucher)
// and gets an order number; an unknown code is refused; a shipped product asks for delivery.
// Each test is a new shopper (its own cookies, so its own cart). Runs after the other files:
// the order it places counts in the deal's "N achetés".
//   STOREFRONT_URL=http://localhost:8000 node --test storefront/e2e/checkout.e2e.mjs
import assert from "node:assert/strict"
import { after, before, test } from "node:test"
import { asNewShopper as asNewShopperIn, launchBrowser, STOREFRONT_URL } from "./lib/browser.mjs"
import { waitForEmail } from "./lib/mailbox.mjs"
import { serveStripeJs } from "./lib/stripe-js.mjs"
import { fillBilling } from "./lib/checkout.mjs"

// Seeded deals (backend/src/scripts/seed/catalog.ts): a service voucher and a shipped product.
const VOUCHER_HANDLE = "spa-hammam-marrakech-paris"
const SHIPPED_HANDLE = "coffret-the-menthe"

/** "1 249,90 €" → 1249.9 (French format: any space as thousands separator, comma as decimal). */
function parseFrenchPrice(text) {
  const amount = Number((text ?? "").replace(/[^\d,]/g, "").replace(",", "."))
  assert.ok(amount > 0, `not a French price: ${JSON.stringify(text)}`)
  return amount
}

/** Any whitespace as a plain space: French formats use (narrow) no-break spaces. */
const plainSpaces = (text) => (text ?? "").replace(/\s+/g, " ").trim()

const cents = (amount) => Math.round(amount * 100)

let browser
before(async () => {
  browser = await launchBrowser()
})
after(() => browser?.close())

const asNewShopper = (name, body) => asNewShopperIn(browser, name, body)

/** Adds one of the deal's default option to the cart, from its page. */
async function addToCart(page, handle) {
  await page.goto(`${STOREFRONT_URL}/fr/deals/${handle}`)
  await page.getByTestId("add-to-cart").click()
  await page.getByTestId("add-to-cart-success").or(page.getByTestId("add-to-cart-error")).waitFor()
  if (await page.getByTestId("add-to-cart-error").isVisible()) {
    assert.fail(`add to cart refused: ${await page.getByTestId("add-to-cart-error").textContent()}`)
  }
}

/** Types a promo code in the cart page's form and sends it. */
async function applyCode(page, code) {
  await page.getByTestId("promo-code-input").fill(code)
  await page.getByTestId("promo-code-apply").click()
}

test("a guest buys a voucher with a promo code, without delivery, and gets an order number", { timeout: 120_000 }, () =>
  asNewShopper("checkout-voucher-e2e", async (page) => {
    await addToCart(page, VOUCHER_HANDLE)
    await page.goto(`${STOREFRONT_URL}/fr/cart`)
    const fullPrice = parseFrenchPrice(await page.getByTestId("cart-total").textContent())

    // BIENVENUE10: 10 % off from 20 € of items; the voucher costs more than that.
    await applyCode(page, "BIENVENUE10")
    await page.getByTestId("cart-discount").waitFor()
    await page.getByTestId("promo-code-applied").filter({ hasText: "BIENVENUE10" }).waitFor()
    const discount = parseFrenchPrice(await page.getByTestId("cart-discount").textContent())
    const total = parseFrenchPrice(await page.getByTestId("cart-total").textContent())
    assert.ok(Math.abs(cents(discount) - cents(fullPrice * 0.1)) <= 1, `10 % of ${fullPrice} should be off, not ${discount}`)
    assert.equal(cents(total), cents(fullPrice) - cents(discount))

    await page.getByTestId("cart-checkout").click()
    await page.waitForURL(/\/fr\/checkout$/)
    await page.getByTestId("checkout-form").waitFor()
    // A voucher is not shipped: no delivery address, no shipping method.
    assert.equal(await page.getByTestId("checkout-delivery").count(), 0)
    assert.equal(await page.getByTestId("shipping-option").count(), 0)
    // The code follows the cart into the summary.
    const summary = page.getByTestId("checkout-summary")
    assert.equal(cents(parseFrenchPrice(await summary.getByTestId("cart-total").textContent())), cents(total))
    await summary.getByTestId("cart-discount").waitFor()

    const email = `invite-${Date.now()}@example.com`
    await fillBilling(page, { email, first_name: "Léa", last_name: "Martin", address_1: "12 rue de Rivoli", postal_code: "75004", city: "Paris" })
    assert.equal(await page.getByTestId("billing-country_code").inputValue(), "fr")
    // "Paiement à réception" comes first and is chosen already; the card is offered too.
    await page.getByTestId("checkout-payment").getByText("Paiement à réception").waitFor()
    assert.equal(await page.locator('[data-testid="payment-provider"][value="pp_system_default"]').isChecked(), true)
    await page.getByTestId("checkout-payment").getByText("Carte bancaire").waitFor()

    await page.getByTestId("place-order").click()
    await page.waitForURL(/\/fr\/order\/[^/]+\/confirmed$/, { timeout: 60_000 })
    assert.match(plainSpaces(await page.getByTestId("order-number").textContent()), /^Commande n° \d+$/)
    assert.equal(await page.getByTestId("order-email").textContent(), email)
    assert.equal(await page.getByTestId("order-item").count(), 1)
    assert.equal(cents(parseFrenchPrice(await page.getByTestId("order-total").textContent())), cents(total))
    await page.getByTestId("order-discount").waitFor()
    const next = await page.getByTestId("order-next-steps").textContent()
    assert.match(next, /Vos bons arrivent par e-mail/)
    assert.match(next, /facture/)
    assert.doesNotMatch(next, /expédiés/)

    // The confirmation e-mail reached the shopper's address, with the same order number.
    const orderNumber = plainSpaces(await page.getByTestId("order-number").textContent()).replace(/\D/g, "")
    const confirmation = await waitForEmail(email, /commande/i)
    assert.match(confirmation.subject, new RegExp(`\\b${orderNumber}\\b`))
    assert.match(confirmation.text, /Hammam & massage/)

    // The cart was completed: the shopper starts again with an empty one.
    await page.goto(`${STOREFRONT_URL}/fr/cart`)
    await page.getByTestId("cart-empty").waitFor()
  })
)

test("a refused promo code says why in French, and the code typed stays in the field", { timeout: 90_000 }, () =>
  asNewShopper("checkout-promo-refused-e2e", async (page) => {
    await addToCart(page, VOUCHER_HANDLE)
    await page.goto(`${STOREFRONT_URL}/fr/cart`)
    await applyCode(page, "NOPE")
    const refusal = page.getByTestId("promo-code-error")
    await refusal.waitFor()
    // The backend's verdict in the shopper's words, not Medusa's English message.
    assert.equal(await refusal.textContent(), "Le code NOPE n'existe pas.")
    assert.equal(await page.getByTestId("promo-code-input").inputValue(), "NOPE")
    assert.equal(await page.getByTestId("cart-discount").count(), 0)
    assert.equal(await page.getByTestId("promo-code-applied").count(), 0)

    // FLASH50 starts at 100 € of items: the refusal says how much.
    await applyCode(page, "FLASH50")
    await page.getByTestId("promo-code-error").filter({ hasText: "FLASH50" }).waitFor()
    assert.equal(plainSpaces(await refusal.textContent()), "Le code FLASH50 s'applique dès 100,00 € d'articles dans le panier.")
    assert.equal(await page.getByTestId("cart-discount").count(), 0)
  })
)

test("a shipped product asks for a delivery address and a shipping method", { timeout: 90_000 }, () =>
  asNewShopper("checkout-shipped-e2e", async (page) => {
    await addToCart(page, SHIPPED_HANDLE)
    await page.goto(`${STOREFRONT_URL}/fr/checkout`)
    // The radio buttons save the method from the browser: wait until the page's scripts run.
    await page.waitForLoadState("networkidle")
    await page.getByTestId("checkout-delivery").waitFor()
    const options = page.getByTestId("shipping-option")
    assert.ok((await options.count()) >= 1, "at least one shipping method is offered")

    // Delivered to the billing address until the shopper unticks the box.
    assert.equal(await page.getByTestId("same-as-billing").isChecked(), true)
    assert.equal(await page.getByTestId("shipping-address").isVisible(), false)
    await page.getByTestId("same-as-billing").uncheck()
    await page.getByTestId("shipping-address").waitFor()

    // Before a choice the summary says so; after it, the summary shows the method's price.
    const shipping = page.getByTestId("checkout-summary").getByTestId("cart-shipping")
    assert.equal(plainSpaces(await shipping.textContent()), "À choisir")
    await options.first().check()
    await shipping.filter({ hasNotText: "À choisir" }).waitFor()
  })
)

test("a shopper in Morocco pays in dirhams, with BIENVENUE10 held to its MAD minimum", { timeout: 120_000 }, () =>
  asNewShopper("checkout-mad-e2e", async (page) => {
    await page.goto(`${STOREFRONT_URL}/ma/deals/${VOUCHER_HANDLE}`)
    await page.getByTestId("add-to-cart").click()
    await page.getByTestId("add-to-cart-success").waitFor()
    await page.goto(`${STOREFRONT_URL}/ma/cart`)
    const total = plainSpaces(await page.getByTestId("cart-total").textContent())
    assert.match(total, /MAD/)
    await applyCode(page, "BIENVENUE10")
    // The voucher costs more than BIENVENUE10's 220 MAD minimum: the discount applies.
    await page.getByTestId("cart-discount").waitFor()

    await page.getByTestId("cart-checkout").click()
    await page.waitForURL(/\/ma\/checkout$/)
    await page.getByTestId("checkout-email").fill(`maroc-${Date.now()}@example.com`)
    await fillBilling(page, { first_name: "Yassine", last_name: "Alaoui", address_1: "12 boulevard Anfa", postal_code: "20000", city: "Casablanca" })
    assert.equal(await page.getByTestId("billing-country_code").inputValue(), "ma")
    await page.getByTestId("place-order").click()
    await page.waitForURL(/\/ma\/order\/[^/]+\/confirmed$/, { timeout: 60_000 })
    assert.match(plainSpaces(await page.getByTestId("order-total").textContent()), /MAD/)
    await page.getByTestId("order-discount").waitFor()
  })
)

test("a shopper pays by card through Stripe's Payment Element; a declined card says why and the order waits", { timeout: 120_000 }, () =>
  asNewShopper("checkout-card-e2e", async (page) => {
    await serveStripeJs(page)
    await addToCart(page, VOUCHER_HANDLE)
    await page.goto(`${STOREFRONT_URL}/fr/checkout`)
    await page.getByTestId("checkout-form").waitFor()
    const email = `carte-${Date.now()}@example.com`
    await fillBilling(page, { email, first_name: "Inès", last_name: "Moreau", address_1: "5 quai Saint-Antoine", postal_code: "69002", city: "Lyon" })
    await page.locator('[data-testid="payment-provider"][value="pp_stripe_stripe"]').check()
    await page.getByTestId("place-order").click()

    // The order waits for the card: Stripe's element appears with the cart's payment intent.
    const cardNumber = page.getByTestId("stripe-card-number")
    await cardNumber.waitFor()
    await cardNumber.fill("4000 0000 0000 0002")
    await page.getByTestId("card-pay").click()
    await page.getByTestId("card-payment-error").filter({ hasText: "declined" }).waitFor()
    assert.match(page.url(), /\/fr\/checkout$/)

    await cardNumber.fill("4242 4242 4242 4242")
    await page.getByTestId("card-pay").click()
    await page.waitForURL(/\/fr\/order\/[^/]+\/confirmed$/, { timeout: 60_000 })
    assert.equal(await page.getByTestId("order-email").textContent(), email)
  })
)

// End-to-end: a visitor opens a discounted deal, checks its prices, buys two and sees them in
// the cart. Needs a seeded backend and a running storefront:
//   STOREFRONT_URL=http://localhost:8000 node --test storefront/e2e/deal.e2e.mjs
// (`npm run test:e2e` at the repository root starts that stack itself.)
import assert from "node:assert/strict"
import { mkdir } from "node:fs/promises"
import { after, before, test } from "node:test"
import { chromium } from "playwright-core"

const STOREFRONT_URL = (process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/$/, "")
const DEAL_HANDLE = process.env.E2E_DEAL_HANDLE || "spa-hammam-marrakech-paris"

/** "1 249,90 €" → 1249.9 (French format: any space as thousands separator, comma as decimal). */
function parseFrenchPrice(text) {
  const amount = Number((text ?? "").replace(/[^\d,]/g, "").replace(",", "."))
  assert.ok(amount > 0, `not a French price: ${JSON.stringify(text)}`)
  return amount
}

let browser
let page

before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
    ],
  })
  page = await browser.newPage({ locale: "fr-FR" })
})

after(async () => {
  await browser?.close()
})

/** Opens the seeded deal from the listing, as a shopper would (its card links to it). */
async function openDiscountedDeal() {
  await page.goto(`${STOREFRONT_URL}/fr/deals`)
  const card = page.getByTestId("deal-card").and(page.locator(`a[href$="/deals/${DEAL_HANDLE}"]`))
  await card.getByTestId("deal-card-discount").waitFor()
  await card.click()
}

test("a discounted deal shows coherent prices and two vouchers reach the cart", { timeout: 120_000 }, async () => {
  try {
    await openDiscountedDeal()
    await page.getByTestId("deal-title").waitFor()

    const original = parseFrenchPrice(await page.getByTestId("deal-original-price").textContent())
    const price = parseFrenchPrice(await page.getByTestId("deal-price").textContent())
    assert.ok(price < original, `deal price ${price} should be below the original ${original}`)

    const badge = await page.getByTestId("deal-discount-badge").textContent()
    const shownPercent = Number(badge?.match(/(\d+)\s*%/)?.[1])
    const expectedPercent = Math.round((1 - price / original) * 100)
    // The backend may round or floor: one point of tolerance.
    assert.ok(
      Math.abs(shownPercent - expectedPercent) <= 1,
      `badge ${JSON.stringify(badge)} should show about -${expectedPercent} %`
    )

    await page.getByTestId("quantity-input").fill("2")
    await page.getByTestId("add-to-cart").click()
    const outcome = page.getByTestId("add-to-cart-success").or(page.getByTestId("add-to-cart-error"))
    await outcome.waitFor()
    if (await page.getByTestId("add-to-cart-error").isVisible()) {
      assert.fail(`add to cart refused: ${await page.getByTestId("add-to-cart-error").textContent()}`)
    }

    await page.goto(`${STOREFRONT_URL}/fr/cart`)
    const line = page
      .getByTestId("cart-item")
      .filter({ has: page.getByTestId("cart-item-quantity").getByText("2", { exact: true }) })
    await line.first().waitFor()
    // Prices are tax included: two vouchers cost twice the deal price, nothing more.
    assert.equal(parseFrenchPrice(await page.getByTestId("cart-total").textContent()), Math.round(price * 2 * 100) / 100)
    assert.ok(Number(await page.getByTestId("cart-count").textContent()) >= 2)
  } catch (error) {
    await mkdir("test-results", { recursive: true })
    // A failed screenshot must not hide the assertion that failed.
    await page
      ?.screenshot({ path: `test-results/deal-e2e-${Date.now()}.png`, fullPage: true })
      .catch(() => {})
    throw error
  }
})

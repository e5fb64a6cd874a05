// End-to-end: the seed's abandoned cart got its reminder e-mail (read from the test mailbox);
// its link brings the cart back in another browser, a tampered link says it expired, and the
// unsubscribe link works with one click.
//   STOREFRONT_URL=http://localhost:8000 MAILBOX_URL=http://localhost:1080 node --test storefront/e2e/cart-reminder.e2e.mjs
import assert from "node:assert/strict"
import { after, before, test } from "node:test"
import { asNewShopper as asNewShopperIn, launchBrowser, STOREFRONT_URL } from "./lib/browser.mjs"
import { linkIn, waitForEmail } from "./lib/mailbox.mjs"

// backend/src/scripts/seed.ts: a guest left two tea sets in a cart.
const EMAIL = "panier@comptoir.local"

let browser
before(async () => {
  browser = await launchBrowser()
})
after(() => browser?.close())

const asNewShopper = (name, body) => asNewShopperIn(browser, name, body)

/** A link of the reminder, on this run's storefront. */
const onStorefront = (href) => {
  const url = new URL(href)
  return `${STOREFRONT_URL}${url.pathname}${url.search}`
}

test("the reminder's link brings the abandoned cart back on another device; a tampered one is refused", { timeout: 90_000 }, async () => {
  const reminder = await waitForEmail(EMAIL, /panier vous attend/i)
  assert.match(reminder.text, /Coffret thé à la menthe/)
  const restore = onStorefront(linkIn(reminder, "/api/cart/restore"))

  await asNewShopper("cart-reminder-restore-e2e", async (page) => {
    await page.goto(restore)
    await page.waitForURL(/\/fr\/cart$/)
    const line = page.getByTestId("cart-item")
    await line.filter({ hasText: "Coffret thé à la menthe" }).waitFor()
    assert.equal(await line.count(), 1)
  })
  await asNewShopper("cart-reminder-tampered-e2e", async (page) => {
    await page.goto(restore.replace(/signature=[0-9a-f]/, (match) => (match.endsWith("0") ? `${match.slice(0, -1)}1` : `${match.slice(0, -1)}0`)))
    await page.getByTestId("restore-notice").waitFor()
    assert.equal(await page.getByTestId("cart-item").count(), 0)
  })
})

test("the reminder's unsubscribe link stops reminders with one click", { timeout: 60_000 }, () =>
  asNewShopper("cart-reminder-opt-out-e2e", async (page) => {
    const reminder = await waitForEmail(EMAIL, /panier vous attend/i)
    await page.goto(onStorefront(linkIn(reminder, "/reminders/opt-out")))
    assert.equal(await page.getByTestId("cart-reminder-opt-out-email").textContent(), EMAIL)
    await page.getByTestId("cart-reminder-opt-out-submit").click()
    await page.getByTestId("cart-reminder-opt-out-notice").filter({ hasText: EMAIL }).waitFor()
  })
)

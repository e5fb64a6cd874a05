// End-to-end: a shopper signs up, confirms the address from the e-mail (read from the test
// mailbox), signs in, buys a voucher as that customer, finds the order in "Mes commandes"
// and downloads its invoice, then turns two-factor login on and signs in with a code;
// a wrong address-confirmation link is refused.
//   STOREFRONT_URL=http://localhost:8000 MAILBOX_URL=http://localhost:1080 node --test storefront/e2e/account.e2e.mjs
import assert from "node:assert/strict"
import { after, before, test } from "node:test"
import { asNewShopper as asNewShopperIn, launchBrowser, STOREFRONT_URL } from "./lib/browser.mjs"
import { linkIn, waitForEmail } from "./lib/mailbox.mjs"
import otplib from "otplib"
import { fillBilling } from "./lib/checkout.mjs"

const VOUCHER_HANDLE = "spa-hammam-marrakech-paris"
const PASSWORD = "Hammam-et-the-2026"

let browser
before(async () => {
  browser = await launchBrowser()
})
after(() => browser?.close())

const asNewShopper = (name, body) => asNewShopperIn(browser, name, body)

test("sign up, confirm the address from the e-mail, sign in, buy, and download the invoice", { timeout: 180_000 }, () =>
  asNewShopper("account-sign-up-e2e", async (page) => {
    const email = `nadia-${Date.now()}@example.com`
    await page.goto(`${STOREFRONT_URL}/fr/account/register`)
    await page.getByTestId("sign-up-first_name").fill("Nadia")
    await page.getByTestId("sign-up-last_name").fill("Benali")
    await page.getByTestId("sign-up-email").fill(email)
    // A weak password is refused with the rule, and nothing typed is lost but the password.
    await page.getByTestId("sign-up-password").fill("motdepasse")
    await page.getByTestId("sign-up-submit").click()
    await page.getByTestId("sign-up-error").filter({ hasText: "trop faible" }).waitFor()
    assert.equal(await page.getByTestId("sign-up-email").inputValue(), email)
    await page.getByTestId("sign-up-first_name").fill("Nadia")
    await page.getByTestId("sign-up-last_name").fill("Benali")
    await page.getByTestId("sign-up-password").fill(PASSWORD)
    await page.getByTestId("sign-up-submit").click()
    await page.getByTestId("sign-up-notice").filter({ hasText: email }).waitFor()

    // Not verified yet: signing in sends a fresh link instead of a session.
    await page.goto(`${STOREFRONT_URL}/fr/account/login`)
    await page.getByTestId("sign-in-email").fill(email)
    await page.getByTestId("sign-in-password").fill(PASSWORD)
    await page.getByTestId("sign-in-submit").click()
    await page.getByTestId("sign-in-notice").filter({ hasText: "Confirmez d'abord" }).waitFor()

    // The sign-up's link, then the sign-in's, which replaced it.
    const verification = await waitForEmail(email, /confirm/i, 2)
    const link = new URL(linkIn(verification, "/account/verify"))
    await page.goto(`${STOREFRONT_URL}${link.pathname}${link.search}`)
    await page.getByTestId("verify-email-submit").click()
    await page.getByTestId("verify-email-notice").filter({ hasText: "Adresse confirmée" }).waitFor()

    await page.goto(`${STOREFRONT_URL}/fr/account/login`)
    await page.getByTestId("sign-in-email").fill(email)
    await page.getByTestId("sign-in-password").fill(PASSWORD)
    await page.getByTestId("sign-in-submit").click()
    await page.waitForURL(/\/fr\/account$/)
    await page.getByTestId("account-nav").waitFor()

    await page.goto(`${STOREFRONT_URL}/fr/deals/${VOUCHER_HANDLE}`)
    await page.getByTestId("add-to-cart").click()
    await page.getByTestId("add-to-cart-success").waitFor()
    await page.goto(`${STOREFRONT_URL}/fr/checkout`)
    await page.getByTestId("checkout-form").waitFor()
    await fillBilling(page, { email, first_name: "Nadia", last_name: "Benali", address_1: "3 place Bellecour", postal_code: "69002", city: "Lyon" })
    await page.getByTestId("place-order").click()
    await page.waitForURL(/\/fr\/order\/[^/]+\/confirmed$/, { timeout: 60_000 })
    const orderNumber = (await page.getByTestId("order-number").textContent()).replace(/\D/g, "")

    await page.goto(`${STOREFRONT_URL}/fr/account/orders`)
    const row = page.getByTestId("account-order-row").filter({ hasText: orderNumber })
    await row.waitFor()
    await row.getByRole("link").first().click()
    await page.getByTestId("order-detail").waitFor()

    // The invoice is issued just after the order: ask until it is there.
    const href = await page.getByTestId("order-invoice-link").getAttribute("href")
    let response
    for (let attempt = 0; attempt < 40; attempt++) {
      response = await page.request.get(new URL(href, STOREFRONT_URL).toString())
      if (response.status() === 200) break
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    assert.equal(response.status(), 200)
    assert.equal(response.headers()["content-type"], "application/pdf")
    assert.match(response.headers()["content-disposition"], /attachment; filename="INV-\d{4}-\d{6}\.pdf"/)
    assert.equal((await response.body()).subarray(0, 5).toString(), "%PDF-")

    // Two-factor login: scan (here: read the key), confirm with a code, keep the recovery codes.
    await page.goto(`${STOREFRONT_URL}/fr/account/security`)
    await page.getByTestId("two-factor-start").click()
    const secret = (await page.getByTestId("two-factor-secret").textContent()).trim()
    await page.getByTestId("two-factor-code").fill("000000")
    await page.getByTestId("two-factor-confirm").click()
    await page.getByTestId("two-factor-error").waitFor()
    await page.getByTestId("two-factor-code").fill(otplib.authenticator.generate(secret))
    await page.getByTestId("two-factor-confirm").click()
    await page.getByTestId("two-factor-recovery").waitFor()
    assert.equal(await page.getByTestId("recovery-code").count(), 10)

    // Signed out, the password alone now leads to the code step, not to the account.
    await page.getByTestId("account-sign-out").click()
    await page.goto(`${STOREFRONT_URL}/fr/account/login`)
    await page.getByTestId("sign-in-email").fill(email)
    await page.getByTestId("sign-in-password").fill(PASSWORD)
    await page.getByTestId("sign-in-submit").click()
    await page.waitForURL(/\/fr\/account\/login\/two-factor$/)
    await page.goto(`${STOREFRONT_URL}/fr/account/orders`)
    await page.waitForURL(/\/fr\/account\/login/)
    await page.goto(`${STOREFRONT_URL}/fr/account/login/two-factor`)
    await page.getByTestId("two-factor-code").fill("123456")
    await page.getByTestId("two-factor-submit").click()
    await page.getByTestId("two-factor-error").waitFor()
    // The next code from the app: the one that turned two-factor on cannot serve twice.
    await page.getByTestId("two-factor-code").fill(otplib.authenticator.clone({ epoch: Date.now() + 30_000 }).generate(secret))
    await page.getByTestId("two-factor-submit").click()
    await page.waitForURL(/\/fr\/account$/)
    await page.getByTestId("account-nav").waitFor()
  })
)

test("a verification link that was tampered with is refused", { timeout: 60_000 }, () =>
  asNewShopper("account-bad-link-e2e", async (page) => {
    await page.goto(`${STOREFRONT_URL}/fr/account/verify?code=not-a-real-code`)
    await page.getByTestId("verify-email-submit").click()
    await page.getByTestId("verify-email-error").filter({ hasText: "plus valable" }).waitFor()
  })
)

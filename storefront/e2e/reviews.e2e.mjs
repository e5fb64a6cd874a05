// End-to-end: the demo shopper (seeded with two placed orders and no review) signs in from the
// deal page, writes a review, and sees it published once the merchant approves it in the Admin
// API — the cached deal page is expired by the backend, not by a timer. Runs after deal.e2e.mjs,
// whose review figures it changes.
import assert from "node:assert/strict"
import { after, before, test } from "node:test"
import { adminClient, until } from "./lib/admin-api.mjs"
import { openBrowserPage, STOREFRONT_URL, withScreenshotOnFailure } from "./lib/browser.mjs"

const DEAL = `${STOREFRONT_URL}/fr/deals/spa-hammam-marrakech-paris`
const SHOPPER = { email: "client@comptoir.local", password: "comptoir-client" }
const TITLE = `Parfait pour un anniversaire ${Date.now()}`
// Markup must come back as text: the page never renders a review as HTML.
const BODY = "Accueil chaleureux <b>et</b> massage parfait."

let browser
let page
before(async () => ({ browser, page } = await openBrowserPage()))
after(() => browser?.close())

test("a shopper who bought the deal signs in, writes a review, and sees it once the merchant approves it", { timeout: 90_000 }, () =>
  withScreenshotOnFailure(page, "write-review-e2e", async () => {
    await page.goto(`${DEAL}#avis`)
    await page.getByTestId("write-review-sign-in").click()
    await page.waitForURL(/\/account\/login/)

    await page.getByTestId("sign-in-email").fill(SHOPPER.email)
    await page.getByTestId("sign-in-password").fill("not-the-password")
    await page.getByTestId("sign-in-submit").click()
    assert.match(await page.getByTestId("sign-in-error").textContent(), /incorrect/)
    await page.getByTestId("sign-in-password").fill(SHOPPER.password)
    await page.getByTestId("sign-in-submit").click()
    await page.waitForURL(/\/fr\/deals\/spa-hammam-marrakech-paris/)

    await page.getByTestId("write-review-open").click()
    // The fourth star, as a shopper clicks it (the radio button itself is visually hidden).
    await page.getByTestId("write-review-form").locator("label").filter({ hasText: "4 étoile(s) sur 5" }).click()
    assert.equal(await page.getByLabel("4 étoile(s) sur 5").isChecked(), true)
    await page.getByLabel("Titre").fill(TITLE)
    await page.getByLabel("Votre avis", { exact: true }).fill(BODY)
    await page.getByTestId("write-review-submit").click()
    await page.getByTestId("write-review-sent").waitFor()

    // Pending: not public yet, and a second review of the same deal is not offered.
    await page.reload()
    assert.match(await page.getByTestId("write-review-note").textContent(), /déjà donné votre avis/)
    assert.equal(await page.getByText(TITLE).count(), 0)

    const admin = await adminClient()
    const { reviews } = await admin("/admin/reviews?status=pending&limit=100")
    const mine = reviews.find((review) => review.title === TITLE)
    assert.ok(mine, "the review is in the moderation queue")
    assert.equal(mine.customer.email, SHOPPER.email)
    await admin("/admin/reviews/moderate", { method: "POST", body: { ids: [mine.id], status: "approved" } })

    // Approved: the backend expires the cached page; the next view lists it, as text.
    await until(
      async () => (await (await fetch(DEAL)).text()).includes(TITLE),
      Boolean
    )
    await page.reload()
    const review = page.getByTestId("review").filter({ hasText: TITLE })
    assert.match(await review.textContent(), /Camille D\./)
    assert.ok((await review.textContent()).includes(BODY))
    assert.equal(await review.locator("b").count(), 0)
    await page.getByTestId("deal-sections").getByRole("link", { name: "Avis (4)" }).waitFor()
  })
)

test("sign-in attempts are limited per address, even when fired in parallel", { timeout: 90_000 }, async () => {
  const email = `guess-${Date.now()}@example.com`
  const context = await browser.newContext({ locale: "fr-FR" })
  try {
    const tabs = await Promise.all(Array.from({ length: 8 }, () => context.newPage()))
    await Promise.all(tabs.map((tab) => tab.goto(`${STOREFRONT_URL}/fr/account/login`)))
    for (const tab of tabs) {
      await tab.getByTestId("sign-in-email").fill(email)
      await tab.getByTestId("sign-in-password").fill("guess")
    }
    await Promise.all(tabs.map((tab) => tab.getByTestId("sign-in-submit").click()))
    const answers = await Promise.all(tabs.map((tab) => tab.getByTestId("sign-in-error").textContent()))
    // Five tries per address in 15 minutes: the other three are told to wait.
    assert.equal(answers.filter((text) => /incorrect/.test(text)).length, 5, answers.join(" | "))
    assert.equal(answers.filter((text) => /Trop d'essais/.test(text)).length, 3, answers.join(" | "))
  } finally {
    await context.close()
  }
})

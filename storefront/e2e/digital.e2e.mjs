// End-to-end: the demo shopper, who bought the point-of-sale software and the e-book, finds the
// license key in "Produits numériques", activates it as the software would (curl-like calls to
// /licenses/activate), sees the device and releases it, and downloads the e-book's PDF.
//   STOREFRONT_URL=http://localhost:8000 BACKEND_URL=http://localhost:9000 node --test storefront/e2e/digital.e2e.mjs
import assert from "node:assert/strict"
import { createHash } from "node:crypto"
import fs from "node:fs"
import { after, before, test } from "node:test"
import { asNewShopper, launchBrowser, STOREFRONT_URL } from "./lib/browser.mjs"
import { BACKEND_URL } from "./lib/admin-api.mjs"

const SHOPPER = { email: "client@comptoir.local", password: "comptoir-client" }
const EBOOK = new URL("../../backend/seed/files/ebook-marketing-influence.pdf", import.meta.url)

let browser
before(async () => {
  browser = await launchBrowser()
})
after(() => browser?.close())

const licenseApi = (path, body) =>
  fetch(`${BACKEND_URL}/licenses/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }).then(async (response) => ({ status: response.status, body: await response.json() }))

test("the demo shopper's license key works in the software, its device can be released, and the e-book downloads", { timeout: 120_000 }, () =>
  asNewShopper(browser, "digital-portal-e2e", async (page) => {
    await page.goto(`${STOREFRONT_URL}/fr/account/login`)
    await page.getByTestId("sign-in-email").fill(SHOPPER.email)
    await page.getByTestId("sign-in-password").fill(SHOPPER.password)
    await page.getByTestId("sign-in-submit").click()
    await page.waitForURL(/\/fr\/account$/)

    await page.goto(`${STOREFRONT_URL}/fr/account/digital-products`)
    await page.getByTestId("digital-products-page").waitFor()
    const card = page.getByTestId("license-card").filter({ hasText: "Logiciel de caisse" })
    const key = (await card.getByTestId("license-key").textContent()).trim()
    assert.match(key, /^CAISSE(-[0-9A-Z]{4}){7}$/)
    assert.match(await card.getByTestId("license-devices-count").textContent(), /0 \/ 3 postes/)

    // The software activates the key on a till, as the README's curl does.
    assert.equal((await licenseApi("activate", { key, fingerprint: "caisse-e2e", name: "Caisse du comptoir", platform: "windows" })).status, 201)
    assert.equal((await licenseApi("validate", { key, fingerprint: "caisse-e2e" })).body.code, "VALID")
    await page.reload()
    await card.getByTestId("license-device").filter({ hasText: "Caisse du comptoir" }).waitFor()
    await card.getByTestId("release-device").click()
    await card.getByTestId("release-device-confirm").click()
    await card.getByTestId("license-device").waitFor({ state: "detached" })
    assert.equal((await licenseApi("validate", { key, fingerprint: "caisse-e2e" })).body.code, "NOT_ACTIVATED_ON_FINGERPRINT")

    // The e-book: the browser follows a signed link to the backend and gets the exact PDF.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-button").first().click()])
    const saved = await download.path()
    const sha = (bytes) => createHash("sha256").update(bytes).digest("hex")
    assert.equal(sha(fs.readFileSync(saved)), sha(fs.readFileSync(EBOOK)))
    assert.match(download.suggestedFilename(), /\.pdf$/)
    await page.reload()
    await page.getByTestId("download-history").filter({ hasText: "1.0" }).waitFor()
  })
)

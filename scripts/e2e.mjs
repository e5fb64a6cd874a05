// Storefront end-to-end test against a real stack: a fresh database, the built backend
// (seeded) and the built storefront on their own ports, then Playwright in Chromium.
import crypto from "node:crypto"
import fs from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { dataDir, root } from "./lib/paths.mjs"
import { startMailbox } from "./lib/mailbox.mjs"
import { ensureDatabase } from "./lib/postgres.mjs"
import { assertPortFree, run, stopAll } from "./lib/processes.mjs"
import { buildAll, createAdminUser, migrate, readEnvFile, seed, startBackend, startStorefront } from "./lib/stack.mjs"
import { resolveTestDatabase } from "./lib/test-database.mjs"

const BACKEND_PORT = Number(process.env.E2E_BACKEND_PORT || 9100)
const STOREFRONT_PORT = Number(process.env.E2E_STOREFRONT_PORT || 8100)
const MAILBOX_SMTP_PORT = Number(process.env.E2E_MAILBOX_SMTP_PORT || 1125)
const MAILBOX_WEB_PORT = Number(process.env.E2E_MAILBOX_WEB_PORT || 1180)
const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium"
// A local server that speaks Stripe's REST API: the backend's Stripe provider and the tests'
// Stripe.js talk to it (no internet here).
const { startStripeApi } = createRequire(import.meta.url)("../integration-tests/helpers/stripe-api.js")

/** Runs the storefront end-to-end tests; resolves with their pass/fail counts. */
export async function runE2e({ serverUrl } = {}) {
  if (!fs.existsSync(chromium)) {
    throw new Error(`Chromium not found at ${chromium}: install it (apt-get install chromium) or set CHROMIUM_PATH`)
  }
  await assertPortFree(BACKEND_PORT)
  await assertPortFree(STOREFRONT_PORT)
  let database
  let stripeApi
  if (!serverUrl) {
    database = await resolveTestDatabase()
    serverUrl = database.serverUrl
  }
  try {
    const databaseUrl = await ensureDatabase(serverUrl, "comptoir_e2e", { fresh: true })
    const backendUrl = `http://localhost:${BACKEND_PORT}`
    const storefrontUrl = `http://localhost:${STOREFRONT_PORT}`
    const storefrontEnvFile = path.join(dataDir, "e2e-storefront.env")
    await buildAll()
    await migrate(databaseUrl, { force: true })
    await createAdminUser(databaseUrl, "admin@comptoir.test", "e2e-password", { force: true })
    // A mailbox of its own, empty: the tests read the e-mails the store sends (MailDev's API),
    // the seed's abandoned-cart reminder included.
    const mailDirectory = path.join(dataDir, "e2e-mailbox")
    fs.rmSync(mailDirectory, { recursive: true, force: true })
    const mailbox = await startMailbox({ smtpPort: MAILBOX_SMTP_PORT, webPort: MAILBOX_WEB_PORT, mailDirectory })
    stripeApi = await startStripeApi()
    const stripe = { STRIPE_API_KEY: "sk_test_e2e", STRIPE_API_BASE: stripeApi.url, STRIPE_WEBHOOK_SECRET: "whsec_e2e" }
    await seed(databaseUrl, { backendUrl, storefrontEnvFile, env: { ...mailbox.smtpEnv, ...stripe, STOREFRONT_URL: storefrontUrl } })
    const revalidation = { STOREFRONT_REVALIDATE_SECRET: crypto.randomBytes(24).toString("hex") }
    await startBackend(databaseUrl, { port: BACKEND_PORT, backendUrl, storefrontUrl, env: { ...revalidation, ...mailbox.smtpEnv, ...stripe } })
    await startStorefront({
      port: STOREFRONT_PORT,
      env: { ...readEnvFile(storefrontEnvFile), MEDUSA_BACKEND_URL: backendUrl, NEXT_PUBLIC_STRIPE_KEY: "pk_test_e2e", ...revalidation },
    })

    const tapFile = path.join(dataDir, "e2e.tap")
    const result = await run(
      process.execPath,
      ["--test", "--test-reporter=spec", "--test-reporter-destination=stdout", "--test-reporter=tap", `--test-reporter-destination=${tapFile}`,
        // One file at a time, in this order: the later ones add a deal and a review that the
        // listing and review tests of deal.e2e.mjs would count.
        "--test-concurrency=1", "storefront/e2e/deal.e2e.mjs", "storefront/e2e/revalidation.e2e.mjs", "storefront/e2e/reviews.e2e.mjs",
        "storefront/e2e/checkout.e2e.mjs", "storefront/e2e/account.e2e.mjs", "storefront/e2e/cart-reminder.e2e.mjs",
        "storefront/e2e/digital.e2e.mjs"],
      { cwd: root, env: { STOREFRONT_URL: storefrontUrl, BACKEND_URL: backendUrl, MAILBOX_URL: mailbox.url, STRIPE_API_URL: stripeApi.url, CHROMIUM_PATH: chromium, ...revalidation } }
    ).then(
      () => "ok",
      () => "failed"
    )
    const tap = fs.existsSync(tapFile) ? fs.readFileSync(tapFile, "utf8") : ""
    const count = (name) => Number(tap.match(new RegExp(`^# ${name} (\\d+)`, "m"))?.[1] ?? 0)
    return { passed: count("pass"), failed: Math.max(count("fail"), result === "failed" && !count("fail") ? 1 : 0) }
  } finally {
    await stripeApi?.stop()
    await stopAll()
    await database?.stop()
  }
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const { passed, failed } = await runE2e().catch((error) => {
    console.error(error.message)
    return { passed: 0, failed: 1 }
  })
  console.log(`e2e: ${passed} passed, ${failed} failed`)
  process.exit(failed ? 1 : 0)
}

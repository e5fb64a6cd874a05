// `npm start`: the whole store on this machine — PostgreSQL (embedded unless DATABASE_URL
// is set), the Medusa backend with its admin on :9000, the storefront on :8000, demo data.
// Ctrl-C stops everything it started.
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { dataDir, storefrontDir } from "./lib/paths.mjs"
import { ensureDatabase, splitDatabaseUrl, startEmbeddedPostgres } from "./lib/postgres.mjs"
import { startMailbox } from "./lib/mailbox.mjs"
import { startWebhookInbox } from "./lib/webhook-inbox.mjs"
import { assertPortFree, stopAll } from "./lib/processes.mjs"
import { buildAll, createAdminUser, migrate, seed, startBackend, startStorefront } from "./lib/stack.mjs"

const BACKEND_PORT = Number(process.env.BACKEND_PORT || 9000)
const STOREFRONT_PORT = Number(process.env.STOREFRONT_PORT || 8000)
const ADMIN_EMAIL = process.env.ADMIN_EMAIL || "admin@comptoir.local"
const ADMIN_PASSWORD = process.env.ADMIN_PASSWORD || "comptoir-admin"
const MAILBOX_SMTP_PORT = Number(process.env.MAILBOX_SMTP_PORT || 1025)
const MAILBOX_WEB_PORT = Number(process.env.MAILBOX_WEB_PORT || 1080)
const WEBHOOK_INBOX_PORT = Number(process.env.WEBHOOK_INBOX_PORT || 9400)
const LICENSE_API_PORT = Number(process.env.LICENSE_API_PORT || 9500)

/** An Ed25519 private key (base64 of its PKCS#8 PEM) for signing offline license files. */
const ed25519Key = () => Buffer.from(crypto.generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" })).toString("base64")

/** JWT, cookie, two-factor encryption, license signing and revalidation secrets: from the environment, else generated once and kept in .data/. */
function secrets() {
  const file = path.join(dataDir, "secrets.json")
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true })
    const random = () => crypto.randomBytes(32).toString("hex")
    fs.writeFileSync(file, JSON.stringify({ JWT_SECRET: random(), COOKIE_SECRET: random() }), { mode: 0o600 })
  }
  const stored = JSON.parse(fs.readFileSync(file, "utf8"))
  // Added after the first version of the file: older .data/ folders get them now.
  const added = ["STOREFRONT_REVALIDATE_SECRET", "MFA_ENCRYPTION_KEY", "LICENSE_SIGNING_KEY"].filter((name) => !stored[name])
  for (const name of added) stored[name] = name === "LICENSE_SIGNING_KEY" ? ed25519Key() : crypto.randomBytes(32).toString("hex")
  if (added.length) fs.writeFileSync(file, JSON.stringify(stored), { mode: 0o600 })
  const pick = (name) => process.env[name] || stored[name]
  return {
    JWT_SECRET: pick("JWT_SECRET"),
    COOKIE_SECRET: pick("COOKIE_SECRET"),
    MFA_ENCRYPTION_KEY: pick("MFA_ENCRYPTION_KEY"),
    LICENSE_SIGNING_KEY: pick("LICENSE_SIGNING_KEY"),
    STOREFRONT_REVALIDATE_SECRET: pick("STOREFRONT_REVALIDATE_SECRET"),
  }
}

const startedAt = Date.now()
let embedded
let stopping = false

async function shutdown(code = 0) {
  if (stopping) return
  stopping = true
  console.log("\nStopping the storefront, the backend and PostgreSQL…")
  await stopAll()
  await embedded?.stop()
  process.exit(code)
}
process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

try {
  await assertPortFree(BACKEND_PORT)
  await assertPortFree(STOREFRONT_PORT)
  // E-mail goes to the local mailbox unless SMTP_HOST names a real server.
  const mailbox = process.env.SMTP_HOST ? null : await startMailbox({ smtpPort: MAILBOX_SMTP_PORT, webPort: MAILBOX_WEB_PORT })
  // Webhooks of the demo endpoint (orders, reviews, invoices) arrive here.
  const webhookSecretFile = path.join(dataDir, "demo-webhook-secret")
  const inbox = await startWebhookInbox({ port: WEBHOOK_INBOX_PORT, secretFile: webhookSecretFile })
  const webhookEnv = { WEBHOOKS_ALLOW_LOCAL: "true", WEBHOOK_DEMO_URL: inbox.endpointUrl, WEBHOOK_DEMO_SECRET_FILE: webhookSecretFile }
  let databaseUrl = process.env.DATABASE_URL
  if (databaseUrl) {
    const { serverUrl, database } = splitDatabaseUrl(databaseUrl)
    databaseUrl = await ensureDatabase(serverUrl, database)
  } else {
    embedded = await startEmbeddedPostgres("postgres", Number(process.env.EMBEDDED_PG_PORT || 54329))
    databaseUrl = await ensureDatabase(embedded.serverUrl, "comptoir")
  }
  const backendUrl = `http://localhost:${BACKEND_PORT}`
  const storefrontUrl = `http://localhost:${STOREFRONT_PORT}`
  const storefrontEnvFile = path.join(storefrontDir, ".env.local")

  await buildAll()
  await migrate(databaseUrl)
  await createAdminUser(databaseUrl, ADMIN_EMAIL, ADMIN_PASSWORD)
  const { STOREFRONT_REVALIDATE_SECRET, ...backendSecrets } = secrets()
  // The seed's one e-mail (the demo abandoned cart's reminder) goes to the mailbox too, its
  // links signed with the backend's secret.
  await seed(databaseUrl, { backendUrl, storefrontEnvFile, env: { ...backendSecrets, ...mailbox?.smtpEnv, ...webhookEnv, STOREFRONT_URL: storefrontUrl } })
  await startBackend(databaseUrl, {
    port: BACKEND_PORT,
    backendUrl,
    storefrontUrl,
    env: { ...backendSecrets, STOREFRONT_REVALIDATE_SECRET, ...mailbox?.smtpEnv, ...webhookEnv, LICENSE_API_PORT: String(LICENSE_API_PORT) },
  })
  // The storefront reads .env.local (written by the seed) by itself.
  await startStorefront({ port: STOREFRONT_PORT, env: { MEDUSA_BACKEND_URL: backendUrl, STOREFRONT_REVALIDATE_SECRET } })

  console.log(`
  Comptoir is running (ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s)
    Storefront   ${storefrontUrl}/fr
    Admin        ${backendUrl}/app    ${ADMIN_EMAIL} / ${ADMIN_PASSWORD}
    Store API    ${backendUrl}/store/deals
    Licenses     ${backendUrl}/licenses/validate (and the fast path http://localhost:${LICENSE_API_PORT}/licenses/validate)
    Mailbox      ${mailbox ? `${mailbox.url}    every e-mail the store sends` : `SMTP_HOST ${process.env.SMTP_HOST}`}
    Webhooks     ${inbox.url}    deliveries to the demo endpoint (Settings → Webhooks)
    Database     ${embedded ? `embedded PostgreSQL, data in ${path.relative(process.cwd(), dataDir)}/postgres` : "DATABASE_URL"}
  Press Ctrl-C to stop.
`)
} catch (error) {
  console.error(`\nStart failed: ${error.message}`)
  await shutdown(1)
}

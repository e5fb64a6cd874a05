import fs from "node:fs"
import path from "node:path"
import { backendDir, backendServerDir, bin, dataDir, root, storefrontDir } from "./paths.mjs"
import { databaseIdentity } from "./postgres.mjs"
import { run, startService, waitForHttp } from "./processes.mjs"
import { fingerprint, once } from "./stamps.mjs"

/**
 * The demo shop's legal identity, printed on its invoices (made-up SIRET and VAT number):
 * the demo and the tests run with it; SELLER_* set in the environment win.
 */
const DEMO_SELLER = {
  SELLER_NAME: "Comptoir SAS",
  SELLER_ADDRESS: "12 rue des Halles|75001 Paris, France",
  SELLER_SIRET: "12345678900012",
  SELLER_VAT_NUMBER: "FR32123456789",
  SELLER_EMAIL: "boutique@comptoir.local",
  SELLER_LEGAL_MENTIONS:
    "SAS au capital de 10 000 € · RCS Paris 123 456 789|Pénalités de retard : trois fois le taux d'intérêt légal ; indemnité forfaitaire pour frais de recouvrement : 40 €",
}

/** Environment every Medusa command gets. */
export const medusaEnv = {
  MEDUSA_DISABLE_TELEMETRY: "true",
  ...Object.fromEntries(Object.entries(DEMO_SELLER).filter(([name]) => !process.env[name])),
  // Private files (invoice PDFs) next to the database, so a rebuild of the backend keeps them.
  PRIVATE_FILES_DIR: process.env.PRIVATE_FILES_DIR || path.join(dataDir, "private-files"),
  // Encrypts customers' two-factor secrets. Builds, tests and benchmarks use this fixed one;
  // `npm start` passes the one generated into .data/secrets.json.
  MFA_ENCRYPTION_KEY: process.env.MFA_ENCRYPTION_KEY || "demo-only-mfa-encryption-key-do-not-use-in-production",
  // Signs offline license files (Ed25519, base64 of its PEM). Builds, tests and benchmarks use this
  // demo one; `npm start` passes the one generated into .data/secrets.json.
  LICENSE_SIGNING_KEY: process.env.LICENSE_SIGNING_KEY || "LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tCk1DNENBUUF3QlFZREsyVndCQ0lFSUdSUXdDVi9aVDFwcEI3ZWtTTjdZUEhKMmp0aW84cTBtNlpZeFpuVUc1R0IKLS0tLS1FTkQgUFJJVkFURSBLRVktLS0tLQo=",
}

const log = (message) => console.log(`\x1b[36m›\x1b[0m ${message}`)

/**
 * Builds what changed since the last build: the plugin, the backend (server + admin)
 * and (unless told not to) the storefront. Each is skipped when its inputs are unchanged.
 */
export async function buildAll({ storefront = true } = {}) {
  const lock = ["package-lock.json", "package.json"]
  const plugin = fingerprint(["src", "tsconfig.json", ...lock])
  await once("plugin-build", plugin, async () => {
    log("building the plugin (medusa plugin:build)")
    await run(bin("medusa"), ["plugin:build"], { cwd: root, env: medusaEnv, quiet: true })
  })
  // The backend bundles the plugin (admin extensions included): its print includes the plugin's.
  await once("backend-build", fingerprint(["backend/src", "backend/medusa-config.ts", "backend/package.json"], plugin), async () => {
    log("building the backend and its admin (medusa build)")
    await run(bin("medusa"), ["build"], { cwd: backendDir, env: medusaEnv, quiet: true })
  })
  // `medusa build` wipes .medusa/server: point its static folder at the persistent one.
  fs.mkdirSync(path.join(backendDir, "static"), { recursive: true })
  if (!fs.existsSync(path.join(backendServerDir, "static"))) {
    fs.symlinkSync("../../static", path.join(backendServerDir, "static"))
  }
  if (!storefront) {
    return
  }
  await once("storefront-build", fingerprint(["storefront/src", "storefront/next.config.ts", "storefront/package.json", "storefront/postcss.config.mjs", ...lock]), async () => {
    log("building the storefront (next build)")
    await run(bin("next"), ["build"], { cwd: storefrontDir, env: { NEXT_TELEMETRY_DISABLED: "1" }, quiet: true })
  })
}

/** Applies pending migrations (core, plugin, links) when the schema inputs changed. */
export async function migrate(databaseUrl, { force = false } = {}) {
  const print = force ? `forced:${Date.now()}` : fingerprint(["src/modules", "src/links", "package-lock.json"])
  await once(`migrate:${await databaseIdentity(databaseUrl)}`, print, async () => {
    log("migrating the database (medusa db:migrate)")
    await run(bin("medusa"), ["db:migrate"], { cwd: backendDir, env: { ...medusaEnv, DATABASE_URL: databaseUrl }, quiet: true })
  })
}

/** Creates the admin user once per database. */
export async function createAdminUser(databaseUrl, email, password, { force = false } = {}) {
  await once(`admin:${await databaseIdentity(databaseUrl)}`, force ? `forced:${Date.now()}` : email, async () => {
    log(`creating the admin user ${email}`)
    await run(bin("medusa"), ["user", "-e", email, "-p", password], {
      cwd: backendDir,
      env: { ...medusaEnv, DATABASE_URL: databaseUrl },
      quiet: true,
    }).catch((error) => {
      if (!/already exists/i.test(error.message)) throw error
    })
  })
}

/** Runs the idempotent demo seed; it writes the storefront env file it is given. */
export async function seed(databaseUrl, { backendUrl, storefrontEnvFile, env = {} }) {
  log("loading the demo data (idempotent)")
  await run(bin("medusa"), ["exec", "./src/scripts/seed.ts"], {
    cwd: backendDir,
    env: { ...medusaEnv, DATABASE_URL: databaseUrl, MEDUSA_BACKEND_URL: backendUrl, STOREFRONT_ENV_FILE: storefrontEnvFile, ...env },
    quiet: true,
  })
}

/** Reads KEY=value lines. */
export function readEnvFile(file) {
  return Object.fromEntries(
    fs
      .readFileSync(file, "utf8")
      .split("\n")
      .filter((line) => /^[A-Z_]+=/.test(line))
      .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)])
  )
}

/** Starts the built backend in production mode and waits for /health. */
export async function startBackend(databaseUrl, { port, backendUrl, storefrontUrl, env = {} }) {
  log(`starting the backend on ${backendUrl}`)
  startService("backend", bin("medusa"), ["start", "--port", String(port)], {
    cwd: backendServerDir,
    env: {
      ...medusaEnv,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      MEDUSA_BACKEND_URL: backendUrl,
      COOKIE_SECURE: "false",
      STORE_CORS: storefrontUrl,
      ADMIN_CORS: backendUrl,
      AUTH_CORS: `${backendUrl},${storefrontUrl}`,
      // Where the backend expires the storefront's cached pages (with STOREFRONT_REVALIDATE_SECRET).
      STOREFRONT_REVALIDATE_URL: `${storefrontUrl}/api/revalidate`,
      // Links in e-mails (address verification, password reset) lead there.
      STOREFRONT_URL: storefrontUrl,
      LOG_LEVEL: process.env.LOG_LEVEL || "warn",
      ...env,
    },
  })
  await waitForHttp(`${backendUrl}/health`)
}

/** Starts the built storefront with the given env and waits until it answers. */
export async function startStorefront({ port, env }) {
  const url = `http://localhost:${port}`
  log(`starting the storefront on ${url}`)
  startService("storefront", bin("next"), ["start", "-p", String(port)], {
    cwd: storefrontDir,
    env: { NEXT_TELEMETRY_DISABLED: "1", ...env },
  })
  await waitForHttp(`${url}/fr`)
  return url
}

// The store both benchmark modes load: a fresh database, the production build, the demo seed.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { dataDir } from "../../scripts/lib/paths.mjs"
import { ensureDatabase } from "../../scripts/lib/postgres.mjs"
import { assertPortFree, stopAll } from "../../scripts/lib/processes.mjs"
import { buildAll, createAdminUser, migrate, readEnvFile, seed, startBackend } from "../../scripts/lib/stack.mjs"
import { resolveTestDatabase } from "../../scripts/lib/test-database.mjs"
import { getJson } from "./load.mjs"

export const ADMIN = { email: "bench@comptoir.test", password: "bench-password" }

let database
let stopping
/** Stops the backend (and any build/seed still running), then an embedded database; runs once. */
export const shutdown = () => (stopping ??= stopAll().then(() => database?.stop()))

// The services run in their own process groups, so Ctrl-C does not reach them: stop them here.
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, async () => {
    console.error(`\n${signal}: stopping the backend`)
    await shutdown()
    process.exit(130)
  })
}

/** The machine's state before the benchmark loads it: other work (tests, builds) skews figures. */
export function machineContext() {
  return {
    date: new Date().toISOString(),
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}`,
    node: process.version,
    loadAverageAtStart: os.loadavg().map((value) => value.toFixed(2)).join(" "),
    note: "autocannon runs in this process, on the same cores as the backend and PostgreSQL",
  }
}

/**
 * Builds what changed, recreates `database`, migrates, seeds, creates the admin user (when
 * asked) and starts the built backend in production mode. Returns what the benchmark needs to call it.
 */
export async function startBenchStore({ port, database: name, admin = false, reuse = false, storefront = false, env = {} }) {
  await assertPortFree(port)
  const backendUrl = `http://localhost:${port}`
  database = await resolveTestDatabase()
  const storefrontEnvFile = path.join(dataDir, `${name}-storefront.env`)
  // Reusing keeps the previous run's database (and its catalogue): only new migrations apply.
  const reusing = reuse && fs.existsSync(storefrontEnvFile)
  const databaseUrl = await ensureDatabase(database.serverUrl, name, { fresh: !reusing })
  await buildAll({ storefront })
  await migrate(databaseUrl, { force: true })
  if (!reusing) await seed(databaseUrl, { backendUrl, storefrontEnvFile })
  if (admin) await createAdminUser(databaseUrl, ADMIN.email, ADMIN.password, { force: true })
  await startBackend(databaseUrl, { port, backendUrl, storefrontUrl: "http://localhost:8200", env })

  const storefrontEnv = readEnvFile(storefrontEnvFile)
  const headers = { "x-publishable-api-key": storefrontEnv.NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY }
  const { regions } = await getJson(`${backendUrl}/store/regions`, headers)
  const france = regions.find((region) => region.currency_code === "eur")
  if (!france) throw new Error(`no eur region among ${regions.map((region) => region.name).join(", ")}`)
  return { backendUrl, headers, region: france, storefrontEnv, databaseUrl }
}

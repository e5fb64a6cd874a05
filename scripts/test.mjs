// `npm test`: every test — unit, module and HTTP tests (jest, real PostgreSQL and Medusa),
// the storefront's unit tests (node:test), the storefront end-to-end test (Playwright + Chromium against the built stack),
// then the webhook scale-out test (built server + two workers on Redis).
import fs from "node:fs"
import path from "node:path"
import { runE2e } from "./e2e.mjs"
import { runScaleOut } from "./scale-out.mjs"
import { bin, dataDir, root } from "./lib/paths.mjs"
import { run } from "./lib/processes.mjs"
import { resolveTestDatabase } from "./lib/test-database.mjs"

const startedAt = Date.now()
const database = await resolveTestDatabase().catch((error) => {
  console.error(`No PostgreSQL for the tests: ${error.message}`)
  console.log("tests: 0 passed, 1 failed")
  process.exit(1)
})
const totals = { passed: 0, failed: 0 }
try {
  console.log(`PostgreSQL for tests: ${database.host}:${database.port}${database.embedded ? " (embedded)" : ""}`)
  fs.mkdirSync(dataDir, { recursive: true })
  const jestResults = path.join(dataDir, "jest-results.json")
  fs.rmSync(jestResults, { force: true })
  await run(bin("jest"), ["--runInBand", "--forceExit", "--json", `--outputFile=${jestResults}`], {
    cwd: root,
    env: {
      DB_HOST: database.host,
      DB_PORT: database.port,
      DB_USERNAME: database.user,
      DB_PASSWORD: database.password,
      LOG_LEVEL: "error",
      MEDUSA_DISABLE_TELEMETRY: "true",
      NODE_OPTIONS: "--experimental-vm-modules --no-warnings",
    },
  }).catch(() => {})
  if (fs.existsSync(jestResults)) {
    const jest = JSON.parse(fs.readFileSync(jestResults, "utf8"))
    totals.passed += jest.numPassedTests
    totals.failed += jest.numFailedTests + (jest.numRuntimeErrorTestSuites ?? 0)
  } else {
    totals.failed += 1
  }

  // Storefront unit tests (node:test, no Next and no backend): the JSON-LD builders, the wording of refused orders.
  const storefrontUnits = await run(process.execPath, ["--test", "storefront/e2e/json-ld.unit.mjs", "storefront/e2e/completion-refusal.unit.mjs"], { cwd: root, quiet: true })
    .catch((error) => error.message)
  const count = (label) => Number(storefrontUnits.match(new RegExp(`^(?:#|ℹ) ${label} (\\d+)`, "m"))?.[1] ?? 0)
  console.log(`storefront unit tests: ${count("pass")} passed, ${count("fail")} failed`)
  totals.passed += count("pass")
  totals.failed += count("fail") || (count("pass") ? 0 : 1)

  const e2e = await runE2e({ serverUrl: database.serverUrl }).catch((error) => {
    console.error(`e2e could not run: ${error.message}`)
    return { passed: 0, failed: 1 }
  })
  totals.passed += e2e.passed
  totals.failed += e2e.failed

  // Outgoing webhooks with the production shape: one server, two workers, Redis (skipped without Redis).
  const scaleOut = await runScaleOut({ serverUrl: database.serverUrl }).catch((error) => {
    console.error(`scale-out test could not run: ${error.message}`)
    return { passed: 0, failed: 1 }
  })
  totals.passed += scaleOut.passed
  totals.failed += scaleOut.failed
} finally {
  await database.stop()
}
console.log(`\nAll tests done in ${((Date.now() - startedAt) / 1000).toFixed(0)} s`)
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`)
process.exit(totals.failed ? 1 : 0)

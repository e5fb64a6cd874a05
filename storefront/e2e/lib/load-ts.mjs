// Loads a storefront TypeScript module that has only type imports, with TypeScript's own
// transpiler: unit tests without Next or a bundler.
import { readFile } from "node:fs/promises"
import { createRequire } from "node:module"

const require = createRequire(import.meta.url)
const ts = require("typescript")

/** The module at `path` (relative to storefront/src), transpiled and imported. */
export async function loadTs(path) {
  const source = await readFile(new URL(`../../src/${path}`, import.meta.url), "utf8")
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  })
  return import(`data:text/javascript;base64,${Buffer.from(outputText).toString("base64")}`)
}

import path from "node:path"
import { fileURLToPath } from "node:url"

/** Where things live, from the repository root. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
export const backendDir = path.join(root, "backend")
export const backendServerDir = path.join(backendDir, ".medusa/server")
export const storefrontDir = path.join(root, "storefront")
/** Git-ignored state: embedded PostgreSQL data, build stamps, logs. */
export const dataDir = path.join(root, ".data")
export const bin = (name) => path.join(root, "node_modules/.bin", name)

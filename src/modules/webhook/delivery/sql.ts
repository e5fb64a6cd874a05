/**
 * Runs one SQL statement with `?` placeholders and returns its rows. The delivery engine only
 * needs this, so the same code runs inside Medusa (the module's connection) and in a bare worker.
 */
export type SqlRunner = <T = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>

/** `(?, ?, ?)` repeated for a multi-row VALUES or an IN list. */
export const placeholders = (count: number, perRow = 1, casts: string[] = []) =>
  Array.from({ length: count }, () => `(${Array.from({ length: perRow }, (_, i) => `?${casts[i] ?? ""}`).join(", ")})`).join(", ")

/** `?, ?, ?` for an IN list. */
export const inList = (count: number) => Array.from({ length: count }, () => "?").join(", ")

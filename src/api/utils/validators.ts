import { z } from "@medusajs/framework/zod"

/** Text PostgreSQL can store: no NUL byte (the driver rejects it with an opaque error). */
const withoutNul = (value: string) => !value.includes("\u0000")

/** Trimmed free text of at most `max` characters, without NUL bytes. */
export const safeText = (max: number) =>
  z.string().trim().min(1).max(max).refine(withoutNul, { message: "must not contain NUL bytes" })

/** A Medusa record id or handle: letters, digits, `_` and `-`, at most 100 characters. */
export const entityId = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,100}$/, { message: "must be an id made of letters, digits, _ and -" })

/** A query parameter given once or repeated (`?a=1&a=2`), as a list of at most 50. */
export const oneOrMany = <T extends z.ZodTypeAny>(item: T) => z.union([item, z.array(item).max(50)])

/** `true` / `false` in a query string. */
export const booleanFlag = z.enum(["true", "false"]).transform((value) => value === "true")

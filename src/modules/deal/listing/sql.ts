/**
 * A tiny SQL builder for the listing's raw queries: a fragment carries its text and its
 * parameters together, so composing fragments can never misalign `?` placeholders.
 */
export type Sql = { text: string; values: unknown[] }

const isSql = (value: unknown): value is Sql =>
  typeof value === "object" && value !== null && "text" in value && "values" in value

/** `sql\`a = ${value}\``: values become `?` parameters, nested fragments are inlined. */
export function sql(strings: TemplateStringsArray, ...parts: unknown[]): Sql {
  let text = strings[0]
  const values: unknown[] = []
  parts.forEach((part, index) => {
    if (isSql(part)) {
      text += part.text
      values.push(...part.values)
    } else {
      text += "?"
      values.push(part)
    }
    text += strings[index + 1]
  })
  return { text, values }
}

/** Trusted SQL text without parameters (identifiers, keywords chosen by our code). */
export const raw = (text: string): Sql => ({ text, values: [] })

/** Joins fragments with a separator, e.g. conditions with " AND ". */
export function join(fragments: Sql[], separator: string): Sql {
  return {
    text: fragments.map((fragment) => fragment.text).join(separator),
    values: fragments.flatMap((fragment) => fragment.values),
  }
}

/**
 * A text[] literal with one parameter per element: MikroORM inlines a single array
 * parameter as a scalar, which PostgreSQL rejects.
 */
export function textArray(values: string[]): Sql {
  return values.length ? sql`ARRAY[${join(values.map((value) => sql`${value}`), ", ")}]::text[]` : raw("ARRAY[]::text[]")
}

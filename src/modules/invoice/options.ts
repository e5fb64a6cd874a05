import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import type { InvoiceSeller } from "./types"

const text = (expected: string) => z.string({ error: expected }).trim().min(1, { error: expected })
const lines = (expected: string) => z.array(text(expected), { error: `must be a list of lines: ${expected}` })

/**
 * The invoice module's options, under `invoices` in the plugin's options (Medusa gives a
 * plugin's options to each of its modules). Example:
 *
 * ```ts
 * plugins: [{ resolve: "@comptoir/medusa-plugin", options: { invoices: {
 *   seller: { name: "Comptoir SAS", address: ["12 rue des Halles", "75001 Paris, France"],
 *             siret: "12345678900012", vat_number: "FR32123456789",
 *             legal_mentions: ["SAS au capital de 10 000 €"] },
 *   payment_terms_days: 0 } } }]
 * ```
 */
const invoiceOptionsSchema = z
  .object({
    seller: z
      .object({
        name: text("must be the seller's legal name"),
        address: lines("the seller's postal address").min(1, { error: "must hold at least one address line" }),
        siret: z.string().regex(/^\d{14}$/, { error: "must be a SIRET of 14 digits" }).nullish(),
        ice: z.string().regex(/^\d{15}$/, { error: "must be an ICE of 15 digits" }).nullish(),
        vat_number: text("must be the VAT number, or be left out").nullish(),
        email: z.email({ error: "must be an e-mail address" }).nullish(),
        legal_mentions: lines("legal mentions printed at the bottom").default([]),
      })
      .strict(),
    /** Days between issue and due date; 0 (default) for an order paid at checkout. */
    payment_terms_days: z.number().int().min(0).max(365).default(0),
  })
  .strict()

export type InvoiceModuleOptions = z.input<typeof invoiceOptionsSchema>
export type ResolvedInvoiceOptions = z.output<typeof invoiceOptionsSchema> & { seller: InvoiceSeller }

/** Validates the `invoices` options and fills in defaults; throws a MedusaError naming each wrong one. */
export function parseInvoiceOptions(options: unknown): ResolvedInvoiceOptions {
  const result = invoiceOptionsSchema.safeParse(options ?? {})
  if (result.success) {
    return result.data
  }
  const details = result.error.issues
    .flatMap((issue) =>
      issue.code === "unrecognized_keys"
        ? issue.keys.map((key) => `"${[...issue.path, key].join(".")}" is not an option`)
        : [`"${issue.path.join(".")}" ${issue.message}`]
    )
    .join("; ")
  throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid "invoices" options of the Comptoir plugin: ${details}`)
}

/**
 * The `invoices` options from the environment: SELLER_NAME (else SHOP_NAME), SELLER_ADDRESS
 * (else SHOP_ADDRESS; lines separated by "|"), SELLER_SIRET, SELLER_ICE, SELLER_VAT_NUMBER, SELLER_EMAIL, SELLER_LEGAL_MENTIONS ("|"-separated),
 * INVOICE_PAYMENT_TERMS_DAYS.
 */
export function invoiceOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): InvoiceModuleOptions {
  const read = (name: string) => env[name]?.trim() || undefined
  const split = (value: string | undefined) => (value ? value.split("|").map((part) => part.trim()).filter(Boolean) : undefined)
  const terms = read("INVOICE_PAYMENT_TERMS_DAYS")
  const missing = [
    !(read("SELLER_NAME") ?? read("SHOP_NAME")) && "SELLER_NAME",
    !(read("SELLER_ADDRESS") ?? read("SHOP_ADDRESS")) && "SELLER_ADDRESS",
  ].filter(Boolean)
  if (missing.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Invoices need the seller's legal identity: set ${missing.join(" and ")} in the environment (address lines separated by "|")`
    )
  }
  return {
    seller: {
      name: (read("SELLER_NAME") ?? read("SHOP_NAME"))!,
      address: split(read("SELLER_ADDRESS") ?? read("SHOP_ADDRESS"))!,
      siret: read("SELLER_SIRET") ?? null,
      ice: read("SELLER_ICE") ?? null,
      vat_number: read("SELLER_VAT_NUMBER") ?? null,
      email: read("SELLER_EMAIL") ?? null,
      legal_mentions: split(read("SELLER_LEGAL_MENTIONS")) ?? [],
    },
    ...(terms && { payment_terms_days: Number(terms) }),
  }
}

import { z } from "@medusajs/framework/zod"
import { entityId, oneOrMany, safeText } from "../../utils/validators"

/** A calendar day, "2026-11-29" (the message names the parameter: Medusa's does not). */
const day = (name: string) =>
  z
    .string({ error: `\`${name}\` is required, a date written YYYY-MM-DD` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: `\`${name}\` must be a date written YYYY-MM-DD` })
    .refine((value) => !Number.isNaN(Date.parse(value)) && new Date(value).toISOString().startsWith(value), {
      message: `\`${name}\` is not a real date`,
    })

const filters = {
  kind: z.enum(["invoice", "credit_note"]).optional(),
  status: oneOrMany(z.enum(["issued", "paid", "cancelled", "refunded"])).optional(),
  /** First and last day of the period, both included, in the shop's time zone. */
  from: day("from").optional(),
  to: day("to").optional(),
}

const periodInOrder = (query: { from?: string; to?: string }) => !query.from || !query.to || query.from <= query.to
const periodMessage = { message: "`from` must not be after `to`", path: ["to"] }

export const AdminGetInvoicesParams = z
  .object({
    ...filters,
    order_id: entityId.optional(),
    /** A number ("INV-2026-0000") or part of the buyer's name or e-mail. */
    q: safeText(100).optional(),
    order: z.enum(["issued_at", "-issued_at", "number", "-number"]).default("-issued_at"),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()
  .refine(periodInOrder, periodMessage)
export type AdminGetInvoicesParamsType = z.infer<typeof AdminGetInvoicesParams>

export const AdminExportInvoicesParams = z
  .object({ ...filters, from: day("from"), to: day("to") })
  .strict()
  .refine(periodInOrder, periodMessage)
  .refine((query) => Date.parse(query.to) - Date.parse(query.from) <= 366 * 24 * 60 * 60 * 1000, {
    message: "The export period is at most one year",
    path: ["to"],
  })
export type AdminExportInvoicesParamsType = z.infer<typeof AdminExportInvoicesParams>

export const AdminGetInvoicePdfParams = z.object({ download: z.enum(["1", "true"]).optional() }).strict()
export type AdminGetInvoicePdfParamsType = z.infer<typeof AdminGetInvoicePdfParams>

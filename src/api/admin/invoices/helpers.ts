import { periodFilter } from "../../../lib/invoice/period"
import type { AdminGetInvoicesParamsType } from "./validators"

type InvoiceQuery = Partial<Pick<AdminGetInvoicesParamsType, "kind" | "status" | "from" | "to" | "order_id" | "q">>

/** The module filters of a list or export query (period in the shop's time zone, number or buyer search). */
export function invoiceFilters(query: InvoiceQuery): Record<string, unknown> {
  const { kind, status, from, to, order_id, q } = query
  const issued_at = periodFilter(from, to)
  const pattern = q && `%${q.replace(/[\\%_]/g, (character) => `\\${character}`)}%`
  return {
    ...(kind && { kind }),
    ...(status && { status }),
    ...(order_id && { order_id }),
    ...(issued_at && { issued_at }),
    ...(pattern && { $or: [{ number: { $ilike: pattern } }, { buyer: { name: { $ilike: pattern } } }, { buyer: { email: { $ilike: pattern } } }] }),
  }
}

/** "issued_at" / "-issued_at" as the module's order option; numbers break ties. */
export function invoiceOrder(order: AdminGetInvoicesParamsType["order"]): Record<string, "ASC" | "DESC"> {
  const direction = order.startsWith("-") ? "DESC" : "ASC"
  return order.endsWith("number") ? { year: direction, kind: direction, number: direction } : { issued_at: direction, number: direction }
}

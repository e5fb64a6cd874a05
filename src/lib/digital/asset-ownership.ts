import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** License statuses that keep the files: a suspended (canceled order) or revoked license does not. */
export const DOWNLOADABLE_LICENSE_STATUSES = ["active", "expired"]

type LicenseRow = { variant_id: string; order_id: string; created_at: string | Date }
type OrderRow = { id: string; created_at: string | Date; items?: ({ variant_id?: string | null } | null)[] | null }

const time = (value: string | Date) => new Date(value).getTime()

/**
 * The variants whose files a customer owns, each with the order that entitles them (recorded
 * with each download): the variants of their licenses (not suspended or revoked), and those
 * of their placed orders (not canceled, not drafts) that are not licensed. A licensed variant
 * is owned through its license only, so a transferred license takes its files along.
 * `variantIds` narrows the answer to those variants.
 */
export async function ownedVariants(container: MedusaContainer, customerId: string, variantIds?: string[]): Promise<Map<string, string>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const only = variantIds ? { variant_id: variantIds } : {}
  const [{ data: licenses }, { data: orders }] = await Promise.all([
    query.graph({
      entity: "license",
      fields: ["variant_id", "order_id", "created_at"],
      filters: { customer_id: customerId, status: DOWNLOADABLE_LICENSE_STATUSES, ...only },
    }),
    query.graph({
      entity: "order",
      fields: ["id", "created_at", "items.variant_id"],
      filters: { customer_id: customerId, status: { $nin: ["canceled", "draft"] } },
    }),
  ])
  const owned = new Map<string, { order_id: string; at: number }>()
  const keep = (variantId: string, orderId: string, at: number) => {
    const known = owned.get(variantId)
    if (!known || at < known.at) owned.set(variantId, { order_id: orderId, at })
  }
  for (const license of licenses as LicenseRow[]) keep(license.variant_id, license.order_id, time(license.created_at))

  const ordered = new Map<string, { order_id: string; at: number }>()
  for (const order of orders as OrderRow[]) {
    for (const item of order.items ?? []) {
      const variantId = item?.variant_id
      if (!variantId || (variantIds && !variantIds.includes(variantId))) continue
      const known = ordered.get(variantId)
      if (!known || time(order.created_at) < known.at) ordered.set(variantId, { order_id: order.id, at: time(order.created_at) })
    }
  }
  if (ordered.size) {
    const { data: policies } = await query.graph({ entity: "license_policy", fields: ["variant_id"], filters: { variant_id: [...ordered.keys()] } })
    const licensed = new Set((policies as { variant_id: string }[]).map((policy) => policy.variant_id))
    for (const [variantId, entitlement] of ordered) {
      if (!licensed.has(variantId)) keep(variantId, entitlement.order_id, entitlement.at)
    }
  }
  return new Map([...owned].map(([variantId, entitlement]) => [variantId, entitlement.order_id]))
}

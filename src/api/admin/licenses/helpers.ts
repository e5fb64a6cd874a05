import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { DIGITAL_MODULE } from "../../../modules/digital"
import type DigitalModuleService from "../../../modules/digital/service"
import type { AdminLicense, AdminLicenseActivation, AdminLicenseDetail, LicenseStatus } from "../../../types/http/license"
import { containsPattern, iso } from "../webhooks/helpers"
import { LICENSE_ACTIVATION_FIELDS, LICENSE_FIELDS } from "./query-config"
import type { AdminGetLicensesParamsType } from "./validators"

// A license's page lists its latest devices; `activations_count` says how many there were in all.
const MAX_ACTIVATIONS_SHOWN = 500

type Row = Record<string, any>

/** What a validation would say of a license's status now: an active license past its end is expired. */
export const effectiveStatus = (license: { status: string; expires_at: Date | string | null }, now: Date): LicenseStatus =>
  license.status === "active" && license.expires_at && new Date(license.expires_at) <= now ? "expired" : (license.status as LicenseStatus)

/** The condition for one effective status, pushed to the database. */
function effectiveStatusFilter(status: LicenseStatus, now: Date): Record<string, unknown> {
  if (status === "active") return { status: "active", $or: [{ expires_at: null }, { expires_at: { $gt: now } }] }
  if (status === "expired") return { $or: [{ status: "expired" }, { status: "active", expires_at: { $lte: now } }] }
  return { status }
}

/** The query.graph filters of `GET /admin/licenses`: search in key and e-mail, effective status, owner, order, product. */
export function licenseListFilters(params: AdminGetLicensesParamsType, now: Date): Record<string, unknown> {
  const { q, status, order_id, customer_id, product_id, variant_id } = params
  const and: Record<string, unknown>[] = []
  if (q) and.push({ $or: [{ key: { $ilike: containsPattern(q) } }, { email: { $ilike: containsPattern(q) } }] })
  if (status !== undefined) {
    const statuses = [...new Set(Array.isArray(status) ? status : [status])]
    and.push({ $or: statuses.map((one) => effectiveStatusFilter(one, now)) })
  }
  const exact = Object.fromEntries(Object.entries({ order_id, customer_id, product_id, variant_id }).filter(([, value]) => value !== undefined))
  return and.length ? { ...exact, $and: and } : exact
}

/** Licenses as the admin lists them: with their limit in force, devices in use and product titles (three batched reads). */
export async function toAdminLicenses(scope: MedusaContainer, rows: Row[], now: Date): Promise<AdminLicense[]> {
  if (!rows.length) return []
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const digital = scope.resolve<DigitalModuleService>(DIGITAL_MODULE)
  const unique = (key: string) => [...new Set(rows.map((row) => row[key] as string))]
  const [policies, variants, active] = await Promise.all([
    // Deleted policies still set the limit of the licenses they issued.
    query.graph({ entity: "license_policy", fields: ["id", "max_activations"], filters: { id: unique("policy_id") }, withDeleted: true }),
    query.graph({ entity: "product_variant", fields: ["id", "title", "product.id", "product.title"], filters: { id: unique("variant_id") }, withDeleted: true }),
    digital.countActiveActivations(rows.map((row) => row.id)),
  ])
  const limitOf = new Map(policies.data.map((policy: Row) => [policy.id, Number(policy.max_activations)]))
  const variantOf = new Map(variants.data.map((variant: Row) => [variant.id, variant]))
  return rows.map((row) => {
    const variant = variantOf.get(row.variant_id)
    const override = row.max_activations_override ?? null
    return {
      id: row.id,
      key: row.key,
      status: row.status,
      effective_status: effectiveStatus(row as { status: string; expires_at: Date | null }, now),
      status_reason: row.status_reason ?? null,
      expires_at: iso(row.expires_at),
      policy_id: row.policy_id,
      product_id: row.product_id,
      variant_id: row.variant_id,
      product_title: variant?.product?.title ?? null,
      variant_title: variant?.title ?? null,
      order_id: row.order_id,
      customer_id: row.customer_id ?? null,
      email: row.email,
      max_activations_override: override,
      max_activations: override ?? limitOf.get(row.policy_id) ?? 0,
      active_activations: active[row.id] ?? 0,
      created_at: iso(row.created_at)!,
      updated_at: iso(row.updated_at)!,
    }
  })
}

const toAdminActivation = (row: Row): AdminLicenseActivation => ({
  id: row.id,
  fingerprint: row.fingerprint,
  name: row.name ?? null,
  platform: row.platform ?? null,
  ip: row.ip ?? null,
  created_at: iso(row.created_at)!,
  last_validated_at: iso(row.last_validated_at),
  deactivated_at: iso(row.deactivated_at),
})

/** A 404 naming the license when no license has this id (before an action, which re-reads it after). */
export async function assertLicenseExists(scope: MedusaContainer, id: string): Promise<void> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "license", fields: ["id"], filters: { id } })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `License ${id} was not found`)
  }
}

/** One license with its devices (released ones too), its policy's limit and its order's number; or a 404 naming it. */
export async function refetchAdminLicense(scope: MedusaContainer, id: string, fields: string[] = LICENSE_FIELDS): Promise<AdminLicenseDetail> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "license", fields, filters: { id } })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `License ${id} was not found`)
  }
  const now = new Date(Date.now())
  const [[license], activations, policies, orders] = await Promise.all([
    toAdminLicenses(scope, data, now),
    query.graph({
      entity: "license_activation",
      fields: LICENSE_ACTIVATION_FIELDS,
      filters: { license_id: id },
      pagination: { skip: 0, take: MAX_ACTIVATIONS_SHOWN, order: { created_at: "DESC", id: "DESC" } },
    }),
    query.graph({ entity: "license_policy", fields: ["id", "max_activations"], filters: { id: data[0].policy_id }, withDeleted: true }),
    query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: data[0].order_id } }),
  ])
  return {
    ...license,
    policy_max_activations: policies.data[0] ? Number(policies.data[0].max_activations) : null,
    order_display_id: orders.data[0]?.display_id ?? null,
    activations: activations.data.map(toAdminActivation),
    activations_count: activations.metadata?.count ?? activations.data.length,
  }
}

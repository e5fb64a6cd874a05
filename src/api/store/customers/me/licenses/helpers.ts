import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { LicenseStatus } from "../../../../../types/http/license"
import type { StoreCustomerLicense, StoreLicenseActivation } from "../../../../../types/http/digital"

type LicenseRow = {
  id: string
  key: string
  order_id: string
  status: LicenseStatus
  expires_at: string | Date | null
  product_id: string
  variant_id: string
  policy_id: string
  max_activations_override: number | null
  created_at: string | Date
}
type PolicyRow = { id: string; max_activations: number; transferable: boolean }
type ActivationRow = {
  id: string
  license_id: string
  name: string | null
  platform: string | null
  fingerprint: string
  created_at: string | Date
  last_validated_at: string | Date | null
}
type VariantRow = { id: string; title: string | null; product: { id: string; title: string; thumbnail: string | null } | null }

const LICENSE_FIELDS = ["id", "key", "status", "expires_at", "product_id", "variant_id", "policy_id", "order_id", "max_activations_override", "created_at"]

const iso = (value: string | Date | null) => (value ? new Date(value).toISOString() : null)

const toStoreActivation = (activation: ActivationRow): StoreLicenseActivation => ({
  id: activation.id,
  name: activation.name,
  platform: activation.platform,
  fingerprint: activation.fingerprint,
  created_at: iso(activation.created_at)!,
  last_validated_at: iso(activation.last_validated_at),
})

/**
 * A page of a customer's licenses (newest first), each with its product, its effective limit,
 * whether it may be transferred and its active devices: four reads, whatever the page size.
 */
export async function listCustomerLicenses(
  container: MedusaContainer,
  filters: { customer_id: string; id?: string },
  page: { skip: number; take: number }
): Promise<{ licenses: StoreCustomerLicense[]; count: number }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "license",
    fields: LICENSE_FIELDS,
    filters,
    pagination: { skip: page.skip, take: page.take, order: { created_at: "DESC", id: "DESC" } },
  })
  const licenses = data as LicenseRow[]
  if (!licenses.length) return { licenses: [], count: metadata?.count ?? 0 }
  const [{ data: policies }, { data: activations }, { data: variants }] = await Promise.all([
    query.graph({ entity: "license_policy", fields: ["id", "max_activations", "transferable"], filters: { id: [...new Set(licenses.map((license) => license.policy_id))] } }),
    query.graph({
      entity: "license_activation",
      fields: ["id", "license_id", "name", "platform", "fingerprint", "created_at", "last_validated_at"],
      filters: { license_id: licenses.map((license) => license.id), deactivated_at: null },
      pagination: { order: { created_at: "DESC", id: "DESC" } },
    }),
    query.graph({
      entity: "product_variant",
      fields: ["id", "title", "product.id", "product.title", "product.thumbnail"],
      filters: { id: [...new Set(licenses.map((license) => license.variant_id))] },
    }),
  ])
  const policyOf = new Map((policies as PolicyRow[]).map((policy) => [policy.id, policy]))
  const variantOf = new Map((variants as VariantRow[]).map((variant) => [variant.id, variant]))
  // Date.now(): the clock a test can move.
  const now = Date.now()
  return {
    count: metadata?.count ?? licenses.length,
    licenses: licenses.map((license) => {
      const policy = policyOf.get(license.policy_id)
      const variant = variantOf.get(license.variant_id)
      const lapsed = license.status === "active" && license.expires_at !== null && new Date(license.expires_at).getTime() <= now
      return {
        id: license.id,
        key: license.key,
        status: lapsed ? "expired" : license.status,
        expires_at: iso(license.expires_at),
        product_id: license.product_id,
        variant_id: license.variant_id,
        order_id: license.order_id,
        product: variant?.product ? { id: variant.product.id, title: variant.product.title, thumbnail: variant.product.thumbnail ?? null } : null,
        variant_title: variant?.title ?? null,
        max_activations: Number(license.max_activations_override ?? policy?.max_activations ?? 0),
        transferable: !!policy?.transferable,
        activations: (activations as ActivationRow[]).filter((activation) => activation.license_id === license.id).map(toStoreActivation),
        created_at: iso(license.created_at)!,
      }
    }),
  }
}

/** One of the customer's licenses; another's, or none, is a 404. */
export async function retrieveCustomerLicense(container: MedusaContainer, customerId: string, licenseId: string): Promise<StoreCustomerLicense> {
  const { licenses: [license] } = await listCustomerLicenses(container, { customer_id: customerId, id: licenseId }, { skip: 0, take: 1 })
  if (!license) throw new MedusaError(MedusaError.Types.NOT_FOUND, `License ${licenseId} was not found`)
  return license
}

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { AdminLicensePolicy } from "../../../types/http/license"
import { iso } from "../webhooks/helpers"
import { LICENSE_POLICY_FIELDS } from "./query-config"

type Row = Record<string, any>

/** A policy as the admin sees it. */
export const toAdminLicensePolicy = (row: Row): AdminLicensePolicy => ({
  id: row.id,
  variant_id: row.variant_id,
  product_id: row.product_id,
  max_activations: Number(row.max_activations),
  duration_days: row.duration_days ?? null,
  transferable: !!row.transferable,
  key_prefix: row.key_prefix,
  suspend_on_refund: !!row.suspend_on_refund,
  created_at: iso(row.created_at)!,
  updated_at: iso(row.updated_at)!,
})

/** One policy, or a 404 naming it. */
export async function refetchLicensePolicy(scope: MedusaContainer, id: string, fields: string[] = LICENSE_POLICY_FIELDS): Promise<AdminLicensePolicy> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "license_policy", fields, filters: { id } })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `License policy ${id} was not found`)
  }
  return toAdminLicensePolicy(data[0])
}

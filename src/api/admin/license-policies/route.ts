import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminLicensePolicyListResponse, AdminLicensePolicyResponse } from "../../../types/http/license"
import { createLicensePolicyWorkflow } from "../../../workflows/digital/create-license-policy"
import { refetchLicensePolicy, toAdminLicensePolicy } from "./helpers"
import type { AdminCreateLicensePolicyType, AdminGetLicensePoliciesParamsType } from "./validators"

/** Lists license policies, by product or variant, oldest first (a product's variants in the order they were licensed). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetLicensePoliciesParamsType>, res: MedusaResponse<AdminLicensePolicyListResponse>) {
  const { product_id, variant_id, limit, offset } = req.validatedQuery as AdminGetLicensePoliciesParamsType
  const filters = Object.fromEntries(Object.entries({ product_id, variant_id }).filter(([, value]) => value !== undefined))
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "license_policy",
    fields: req.queryConfig.fields,
    filters,
    pagination: { skip: offset, take: limit, order: { created_at: "ASC", id: "ASC" } },
  })
  res.json({ license_policies: data.map(toAdminLicensePolicy), count: metadata?.count ?? data.length, offset, limit })
}

/** Makes a variant delivered with license keys: 404 for an unknown variant, 422 when it already has a policy. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateLicensePolicyType>, res: MedusaResponse<AdminLicensePolicyResponse>) {
  const { result } = await createLicensePolicyWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ license_policy: await refetchLicensePolicy(req.scope, result.id, req.queryConfig.fields) })
}

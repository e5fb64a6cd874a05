import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminLicenseListResponse } from "../../../types/http/license"
import { licenseListFilters, toAdminLicenses } from "./helpers"
import type { AdminGetLicensesParamsType } from "./validators"

/** Lists licenses, newest first: search in key and e-mail, effective status, order, customer, product. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetLicensesParamsType>, res: MedusaResponse<AdminLicenseListResponse>) {
  const params = req.validatedQuery as AdminGetLicensesParamsType
  const now = new Date(Date.now())
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "license",
    fields: req.queryConfig.fields,
    filters: licenseListFilters(params, now),
    pagination: { skip: params.offset, take: params.limit, order: { created_at: "DESC", id: "DESC" } },
  })
  res.json({ licenses: await toAdminLicenses(req.scope, data, now), count: metadata?.count ?? data.length, offset: params.offset, limit: params.limit })
}

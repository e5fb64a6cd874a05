import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createDealWorkflow } from "../../../workflows/deal/create-deal"
import { refetchDeal } from "./helpers"
import type { AdminCreateDealType, AdminGetDealsParamsType } from "./validators"

/** Lists deals, filterable by product, with pagination. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetDealsParamsType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: deals, metadata } = await query.graph({
    entity: "deal",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({ deals, count: metadata?.count ?? deals.length, offset: metadata?.skip ?? 0, limit: metadata?.take ?? deals.length })
}

/** Creates the deal content of a product. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateDealType>, res: MedusaResponse) {
  const { result } = await createDealWorkflow(req.scope).run({ input: req.validatedBody })
  const deal = await refetchDeal(req.scope, result.id, req.queryConfig.fields)
  res.json({ deal })
}

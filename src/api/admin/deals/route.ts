import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEAL_MODULE } from "../../../modules/deal"
import { discountPercent } from "../../../modules/deal/deal-price"
import type DealModuleService from "../../../modules/deal/service"
import type { AdminDealListResponse, AdminDealPrice, AdminDealResponse, DealStatus } from "../../../types/http/deal"
import { createDealWorkflow } from "../../../workflows/deal/create-deal"
import { refetchDeal, statusFilters, withStatus, withStatusFields } from "./helpers"
import type { AdminCreateDealType, AdminGetDealsParamsType } from "./validators"

// A search narrows the list to at most this many best matches.
const SEARCH_LIMIT = 1000

/** Lists deals: search, status (scheduled, live, ended), flags, product, sort and pagination. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetDealsParamsType>, res: MedusaResponse<AdminDealListResponse>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const dealService: DealModuleService = req.scope.resolve(DEAL_MODULE)
  const { q, status, ...filters } = req.filterableFields as Record<string, unknown> & { q?: string; status?: DealStatus | DealStatus[] }
  const { skip, take } = req.queryConfig.pagination as { skip: number; take: number }
  if (q) {
    filters.id = await dealService.searchDealIds(q, SEARCH_LIMIT)
  }
  if (status) {
    Object.assign(filters, statusFilters(([] as DealStatus[]).concat(status)))
  }
  const { data, metadata } = await query.graph({
    entity: "deal",
    fields: withStatusFields(req.queryConfig.fields),
    filters,
    pagination: req.queryConfig.pagination,
  })
  const prices = await dealService.listListingPrices(data.map((deal: { id: string }) => deal.id))
  const pricesByDeal = new Map<string, AdminDealPrice[]>()
  for (const price of prices) {
    const amount = Number(price.amount)
    const original = Math.max(Number(price.original_amount), amount)
    pricesByDeal.set(price.deal_id, [
      ...(pricesByDeal.get(price.deal_id) ?? []),
      {
        region_id: price.region_id,
        currency_code: price.currency_code,
        calculated_amount: amount,
        original_amount: original,
        discount_percent: discountPercent(original, amount),
      },
    ])
  }
  res.json({
    deals: data.map((deal: { id: string }) => ({ ...withStatus(deal), prices: pricesByDeal.get(deal.id) ?? [] })),
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? skip,
    limit: metadata?.take ?? take,
  })
}

/** Creates the deal content of a product. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateDealType>, res: MedusaResponse<AdminDealResponse>) {
  const { additional_data, ...body } = req.validatedBody
  const { result } = await createDealWorkflow(req.scope).run({ input: { ...body, additional_data } })
  res.json({ deal: await refetchDeal(req.scope, result.id, req.queryConfig.fields) })
}

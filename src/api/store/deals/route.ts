import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { listStoreDeals } from "./helpers/list-store-deals"
import type { StoreGetDealsParamsType } from "./validators"

/** The deal listing: search, category, price range, sort and pagination. */
export async function GET(req: MedusaStoreRequest<unknown, StoreGetDealsParamsType>, res: MedusaResponse) {
  const params = req.validatedQuery as StoreGetDealsParamsType
  const { deals, count } = await listStoreDeals(req.scope, params, req.publishable_key_context?.sales_channel_ids)
  res.json({ deals, count, offset: params.offset, limit: params.limit })
}

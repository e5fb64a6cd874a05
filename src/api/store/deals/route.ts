import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { StoreDealListResponse } from "../../../types/http/deal"
import { listStoreDeals } from "./helpers/list-store-deals"
import type { StoreGetDealsParamsType } from "./validators"

/** The deal listing: search, category, city, price range, sort, facets and pagination. */
export async function GET(req: MedusaStoreRequest<unknown, StoreGetDealsParamsType>, res: MedusaResponse<StoreDealListResponse>) {
  const params = req.validatedQuery as StoreGetDealsParamsType
  res.json(await listStoreDeals(req.scope, params, req.publishable_key_context?.sales_channel_ids))
}

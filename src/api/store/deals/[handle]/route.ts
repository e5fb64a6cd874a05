import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { StoreDealResponse } from "../../../../types/http/deal"
import { retrieveStoreDeal } from "../helpers/retrieve-store-deal"
import type { StoreGetDealParamsType } from "../validators"

/** One deal page, by the product's handle. */
export async function GET(req: MedusaStoreRequest<unknown, StoreGetDealParamsType>, res: MedusaResponse<StoreDealResponse>) {
  const { region_id } = req.validatedQuery as StoreGetDealParamsType
  const deal = await retrieveStoreDeal(req.scope, req.params.handle, region_id, req.publishable_key_context?.sales_channel_ids)
  res.json({ deal })
}

"use server"

import { FetchError } from "@medusajs/js-sdk"
import { sdk } from "@/lib/config"
import type {
  StoreDealDetail,
  StoreDealListParams,
  StoreDealListResponse,
  StoreDealResponse,
} from "@comptoir/http/deal"

// Deals change (bought_count, new offers): a short revalidation keeps pages fresh enough
// without hitting the backend on every request.
const DEALS_CACHE = { tags: ["deals"], revalidate: 60 }

/** Lists published deals with prices for `region_id`; filters are sent as given. */
export async function listDeals(params: StoreDealListParams): Promise<StoreDealListResponse> {
  return sdk.client.fetch<StoreDealListResponse>("/store/deals", {
    query: params,
    next: DEALS_CACHE,
  })
}

/** A deal by handle with prices for the region, or null when the backend does not know it. */
export async function getDeal(handle: string, regionId: string): Promise<StoreDealDetail | null> {
  try {
    const { deal } = await sdk.client.fetch<StoreDealResponse>(
      `/store/deals/${encodeURIComponent(handle)}`,
      { query: { region_id: regionId }, next: DEALS_CACHE }
    )
    return deal
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null
    throw error
  }
}

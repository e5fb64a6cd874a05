"use server"

import { FetchError } from "@medusajs/js-sdk"
import { sdk } from "@/lib/config"
import type {
  StoreDealDetail,
  StoreDealListParams,
  StoreDealListResponse,
  StoreDealResponse,
} from "@comptoir/http/deal"
import { cacheTags, DEAL_DATA_TTL } from "./cache-tags"

/** Lists published deals with prices for `region_id`; filters are sent as given. */
export async function listDeals(params: StoreDealListParams): Promise<StoreDealListResponse> {
  return sdk.client.fetch<StoreDealListResponse>("/store/deals", {
    query: params,
    next: { tags: [cacheTags.deals], revalidate: DEAL_DATA_TTL },
  })
}

/** A deal by handle with prices for the region, or null when the backend does not know it. */
export async function getDeal(handle: string, regionId: string): Promise<StoreDealDetail | null> {
  try {
    const { deal } = await sdk.client.fetch<StoreDealResponse>(
      `/store/deals/${encodeURIComponent(handle)}`,
      { query: { region_id: regionId }, next: { tags: [cacheTags.deal(handle)], revalidate: DEAL_DATA_TTL } }
    )
    return deal
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null
    throw error
  }
}

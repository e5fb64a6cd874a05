"use server"

import { sdk } from "@/lib/config"
import type { StoreRegion } from "@/types/medusa"
import { cacheTags } from "./cache-tags"

/** All regions with their countries; they rarely change, so they are cached for an hour. */
export async function listRegions(): Promise<StoreRegion[]> {
  const { regions } = await sdk.client.fetch<{ regions: StoreRegion[] }>("/store/regions", {
    query: { fields: "id,name,currency_code,*countries", limit: 100 },
    next: { tags: [cacheTags.regions], revalidate: 3600 },
  })
  return regions
}

/** The region selling to `countryCode` (ISO 3166-1 alpha-2, lowercase), or null. */
export async function getRegion(countryCode: string): Promise<StoreRegion | null> {
  const regions = await listRegions()
  const code = countryCode.toLowerCase()
  return regions.find((region) => region.countries?.some((c) => c.iso_2 === code)) ?? null
}

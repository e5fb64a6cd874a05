"use server"

import { sdk } from "@/lib/config"
import type { StoreProductCategory } from "@/types/medusa"
import { cacheTags } from "./cache-tags"

export type CategoryLink = Pick<StoreProductCategory, "id" | "name" | "handle">

/** Product categories used to filter deals, cached for an hour. */
export async function listCategories(): Promise<CategoryLink[]> {
  const { product_categories } = await sdk.client.fetch<{
    product_categories: CategoryLink[]
  }>("/store/product-categories", {
    query: { fields: "id,name,handle", limit: 100 },
    next: { tags: [cacheTags.categories], revalidate: 3600 },
  })
  return product_categories
}

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { downloadStatsByAsset, NO_DOWNLOADS } from "../../../lib/digital/download-stats"
import type { AdminDigitalAsset } from "../../../types/http/digital"

type AssetRow = Omit<AdminDigitalAsset, "stats" | "created_at" | "updated_at"> & { created_at: string | Date; updated_at: string | Date }

/** What the admin reads of an asset: never its `file_id` (where it is stored). */
export const ADMIN_DIGITAL_ASSET_FIELDS = [
  "id", "variant_id", "product_id", "name", "mime_type", "size", "checksum_sha256", "version", "changelog", "is_current", "created_at", "updated_at",
]

/** A page of asset versions (by variant and name, current first, then newest), each with its download statistics. */
export async function listAdminDigitalAssets(
  container: MedusaContainer,
  filters: { id?: string; variant_id?: string; product_id?: string },
  page: { skip: number; take: number }
): Promise<{ digital_assets: AdminDigitalAsset[]; count: number }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "digital_asset",
    fields: ADMIN_DIGITAL_ASSET_FIELDS,
    filters,
    pagination: { skip: page.skip, take: page.take, order: { variant_id: "ASC", name: "ASC", is_current: "DESC", created_at: "DESC", id: "DESC" } },
  })
  const assets = data as AssetRow[]
  const stats = await downloadStatsByAsset(container, assets.map((asset) => asset.id))
  return {
    count: metadata?.count ?? assets.length,
    digital_assets: assets.map((asset) => ({
      id: asset.id,
      variant_id: asset.variant_id,
      product_id: asset.product_id,
      name: asset.name,
      mime_type: asset.mime_type,
      size: Number(asset.size),
      checksum_sha256: asset.checksum_sha256,
      version: asset.version,
      changelog: asset.changelog ?? null,
      is_current: asset.is_current,
      created_at: new Date(asset.created_at).toISOString(),
      updated_at: new Date(asset.updated_at).toISOString(),
      stats: stats.get(asset.id) ?? { ...NO_DOWNLOADS },
    })),
  }
}

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ownedVariants } from "../../../../../lib/digital/asset-ownership"
import { downloadStatsByAsset } from "../../../../../lib/digital/download-stats"
import type { StoreCustomerDownloadsResponse, StoreDigitalFile } from "../../../../../types/http/digital"

type AssetRow = {
  id: string
  variant_id: string
  product_id: string
  name: string
  version: string
  changelog: string | null
  size: number
  mime_type: string
  checksum_sha256: string
  is_current: boolean
  created_at: string | Date
}
type VariantRow = { id: string; product: { id: string; title: string; thumbnail: string | null } | null }
type DownloadRow = { id: string; asset_id: string; bytes: number; created_at: string | Date }

/** Downloads shown in the customer's history. */
export const DOWNLOAD_HISTORY_SIZE = 50

const ASSET_FIELDS = ["id", "variant_id", "product_id", "name", "version", "changelog", "size", "mime_type", "checksum_sha256", "is_current", "created_at"]

const iso = (value: string | Date) => new Date(value).toISOString()

/** The files a customer owns, grouped by variant and name (current version first), and their latest downloads. */
export async function customerDownloads(container: MedusaContainer, customerId: string): Promise<StoreCustomerDownloadsResponse> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const owned = await ownedVariants(container, customerId)
  const [{ data: assetRows }, { data: variantRows }, { data: downloadRows }] = await Promise.all([
    owned.size
      ? query.graph({ entity: "digital_asset", fields: ASSET_FIELDS, filters: { variant_id: [...owned.keys()] } })
      : Promise.resolve({ data: [] }),
    owned.size
      ? query.graph({ entity: "product_variant", fields: ["id", "product.id", "product.title", "product.thumbnail"], filters: { id: [...owned.keys()] } })
      : Promise.resolve({ data: [] }),
    query.graph({
      entity: "download",
      fields: ["id", "asset_id", "bytes", "created_at"],
      filters: { customer_id: customerId },
      pagination: { take: DOWNLOAD_HISTORY_SIZE, skip: 0, order: { created_at: "DESC", id: "DESC" } },
    }),
  ])
  const assets = assetRows as AssetRow[]
  const downloads = downloadRows as DownloadRow[]
  const variantOf = new Map((variantRows as VariantRow[]).map((variant) => [variant.id, variant]))
  const counts = await downloadStatsByAsset(container, assets.map((asset) => asset.id), customerId)

  const files = new Map<string, StoreDigitalFile>()
  const ordered = [...assets].sort(
    (a, b) => Number(b.is_current) - Number(a.is_current) || new Date(b.created_at).getTime() - new Date(a.created_at).getTime() || b.id.localeCompare(a.id)
  )
  for (const asset of ordered) {
    const key = `${asset.variant_id}\u0000${asset.name}`
    let file = files.get(key)
    if (!file) {
      const product = variantOf.get(asset.variant_id)?.product
      file = {
        name: asset.name,
        product_id: asset.product_id,
        variant_id: asset.variant_id,
        product: product ? { id: product.id, title: product.title, thumbnail: product.thumbnail ?? null } : null,
        versions: [],
      }
      files.set(key, file)
    }
    file.versions.push({
      id: asset.id,
      version: asset.version,
      changelog: asset.changelog ?? null,
      size: Number(asset.size),
      mime_type: asset.mime_type,
      checksum_sha256: asset.checksum_sha256,
      is_current: asset.is_current,
      created_at: iso(asset.created_at),
      download_count: counts.get(asset.id)?.downloads ?? 0,
    })
  }

  // The history names what was downloaded, even a version deleted since.
  const historyAssetIds = [...new Set(downloads.map((download) => download.asset_id))]
  const { data: historyAssets } = historyAssetIds.length
    ? await query.graph({ entity: "digital_asset", fields: ["id", "name", "version"], filters: { id: historyAssetIds }, withDeleted: true })
    : { data: [] }
  const historyAssetOf = new Map((historyAssets as { id: string; name: string; version: string }[]).map((asset) => [asset.id, asset]))

  return {
    files: [...files.values()].sort(
      (a, b) => (a.product?.title ?? "").localeCompare(b.product?.title ?? "") || a.variant_id.localeCompare(b.variant_id) || a.name.localeCompare(b.name)
    ),
    downloads: downloads.map((download) => ({
      id: download.id,
      asset_id: download.asset_id,
      name: historyAssetOf.get(download.asset_id)?.name ?? null,
      version: historyAssetOf.get(download.asset_id)?.version ?? null,
      bytes: Number(download.bytes),
      created_at: iso(download.created_at),
    })),
  }
}

import type { MedusaContainer } from "@medusajs/framework/types"
import { DIGITAL_MODULE } from "../../modules/digital"
import type DigitalModuleService from "../../modules/digital/service"

/** Downloads of one asset: how many, by how many customers (guests by e-mail), how many bytes served. */
export type DownloadStats = { downloads: number; unique_customers: number; bytes: number }

export const NO_DOWNLOADS: DownloadStats = { downloads: 0, unique_customers: 0, bytes: 0 }

/** Download statistics per asset id (optionally one customer's only), from the digital module. */
export async function downloadStatsByAsset(container: MedusaContainer, assetIds: string[], customerId?: string): Promise<Map<string, DownloadStats>> {
  const rows = await container.resolve<DigitalModuleService>(DIGITAL_MODULE).downloadStats({ asset_ids: assetIds, customer_id: customerId })
  return new Map(rows.map(({ asset_id, ...stats }) => [asset_id, stats]))
}

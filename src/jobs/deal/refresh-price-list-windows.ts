import type { MedusaContainer } from "@medusajs/framework/types"
import { refreshPriceListWindows } from "../../workflows/deal/refresh-price-list-windows"

/** Every minute: sales that started or ended reach the deal listing's prices. */
export default async function refreshPriceListWindowsJob(container: MedusaContainer) {
  await refreshPriceListWindows(container)
}

export const config = { name: "comptoir-deal-price-list-windows", schedule: "* * * * *" }

import { z } from "@medusajs/framework/zod"
import { entityId } from "../../../../utils/validators"

export const StoreGetCustomerDownloadsParams = z.object({}).strict()
export type StoreGetCustomerDownloadsParamsType = z.infer<typeof StoreGetCustomerDownloadsParams>

export const StoreCreateDownloadUrl = z.object({ asset_id: entityId }).strict()
export type StoreCreateDownloadUrlType = z.infer<typeof StoreCreateDownloadUrl>

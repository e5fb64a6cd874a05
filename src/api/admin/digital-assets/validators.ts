import { z } from "@medusajs/framework/zod"
import { entityId, safeText } from "../../utils/validators"

/** The text fields of the multipart upload (the file itself is the `file` part). */
export const AdminCreateDigitalAsset = z
  .object({
    variant_id: entityId,
    /** The file's name for buyers, also the downloaded file's name: its versions share it. */
    name: safeText(200),
    version: safeText(50),
    changelog: safeText(10_000).optional(),
  })
  .strict()
export type AdminCreateDigitalAssetType = z.infer<typeof AdminCreateDigitalAsset>

export const AdminGetDigitalAssetsParams = z
  .object({
    variant_id: entityId.optional(),
    product_id: entityId.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type AdminGetDigitalAssetsParamsType = z.infer<typeof AdminGetDigitalAssetsParams>

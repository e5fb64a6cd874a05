import crypto from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadedAssetFile } from "../../../lib/digital/asset-upload"
import { safeMimeType, storageFilename } from "../../../lib/digital/content-disposition"
import type { AdminDigitalAssetListResponse, AdminDigitalAssetResponse } from "../../../types/http/digital"
import { publishDigitalAssetWorkflow } from "../../../workflows/digital/publish-digital-asset"
import { listAdminDigitalAssets } from "./helpers"
import type { AdminCreateDigitalAssetType, AdminGetDigitalAssetsParamsType } from "./validators"

/** Versions of the variants' files, filtered by variant or product, with their download statistics. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetDigitalAssetsParamsType>, res: MedusaResponse<AdminDigitalAssetListResponse>) {
  const { variant_id, product_id, limit, offset } = req.validatedQuery as AdminGetDigitalAssetsParamsType
  const filters = { ...(variant_id && { variant_id }), ...(product_id && { product_id }) }
  const { digital_assets, count } = await listAdminDigitalAssets(req.scope, filters, { skip: offset, take: limit })
  res.json({ digital_assets, count, offset, limit })
}

/**
 * Publishes a new version of a variant's file (multipart: `file` and the fields of
 * `AdminCreateDigitalAsset`): stored privately, it becomes the current version.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateDigitalAssetType>, res: MedusaResponse<AdminDigitalAssetResponse>) {
  const file = uploadedAssetFile(req)
  if (!file) throw new MedusaError(MedusaError.Types.INVALID_DATA, "No file was uploaded: send it as multipart/form-data in the `file` field")
  const { variant_id, name, version, changelog } = req.validatedBody
  const { result } = await publishDigitalAssetWorkflow(req.scope).run({
    input: {
      variant_id,
      name,
      version,
      changelog: changelog ?? null,
      file: { filename: storageFilename(file.originalname), mime_type: safeMimeType(file.mimetype), content: file.buffer.toString("base64") },
      size: file.buffer.length,
      checksum_sha256: crypto.createHash("sha256").update(file.buffer).digest("hex"),
    },
  })
  const { digital_assets: [digital_asset] } = await listAdminDigitalAssets(req.scope, { id: result.id }, { skip: 0, take: 1 })
  res.status(201).json({ digital_asset })
}

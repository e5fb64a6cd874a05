import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ownedVariants } from "../../../../../lib/digital/asset-ownership"
import { DOWNLOAD_URL_TTL_SECONDS, downloadTokenKey, signDownloadToken } from "../../../../../lib/digital/download-token"
import type { StoreCustomerDownloadsResponse, StoreDownloadUrlResponse } from "../../../../../types/http/digital"
import { customerDownloads } from "./helpers"
import type { StoreCreateDownloadUrlType } from "./validators"

/** The files the signed-in customer owns (every version, current first, with their download counts) and their latest downloads. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreCustomerDownloadsResponse>) {
  res.json(await customerDownloads(req.scope, req.auth_context.actor_id))
}

/** A short-lived signed link to a file version the signed-in customer owns; any other is a 404. */
export async function POST(req: AuthenticatedMedusaRequest<StoreCreateDownloadUrlType>, res: MedusaResponse<StoreDownloadUrlResponse>) {
  const { asset_id } = req.validatedBody
  const customerId = req.auth_context.actor_id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [asset] } = await query.graph({ entity: "digital_asset", fields: ["id", "variant_id"], filters: { id: asset_id } })
  if (!asset || !(await ownedVariants(req.scope, customerId, [asset.variant_id])).has(asset.variant_id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `File ${asset_id} was not found among your downloads`)
  }
  // Date.now(): the clock a test can move.
  const exp = Math.floor(Date.now() / 1000) + DOWNLOAD_URL_TTL_SECONDS
  const token = signDownloadToken(downloadTokenKey(req.scope), { asset_id: asset.id, customer_id: customerId, exp })
  res.json({ url: `/downloads/${token}`, expires_at: new Date(exp * 1000).toISOString() })
}

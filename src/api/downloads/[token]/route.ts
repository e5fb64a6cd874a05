import { once } from "node:events"
import { pipeline } from "node:stream/promises"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { ownedVariants } from "../../../lib/digital/asset-ownership"
import { attachmentDisposition, safeMimeType } from "../../../lib/digital/content-disposition"
import { downloadTokenKey, readDownloadToken } from "../../../lib/digital/download-token"
import { recordDownloadWorkflow } from "../../../workflows/digital/record-download"

/** What a token looks like: two base64url parts; anything else is not one of ours. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{1,1000}\.[A-Za-z0-9_-]{43}$/

/**
 * A signed download link (`POST /store/customers/me/downloads`): checks the signature, the
 * expiry (410) and that the customer still owns the file, logs the download, then streams the
 * private file. Never says where the file is stored.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const notValid = () => new MedusaError(MedusaError.Types.NOT_FOUND, "This download link is not valid")
  const token = req.params.token
  if (!TOKEN_SHAPE.test(token)) throw notValid()
  // Date.now(): the clock a test can move.
  const read = readDownloadToken(downloadTokenKey(req.scope), token, new Date(Date.now()))
  if ("problem" in read) {
    if (read.problem === "expired") {
      // Medusa's error types have no 410; the shape is that of its error responses.
      res.status(410).json({ type: "expired", message: "This download link has expired: ask for a new one from your account" })
      return
    }
    throw notValid()
  }
  const { asset_id, customer_id } = read.payload
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: [asset] }, { data: [customer] }] = await Promise.all([
    query.graph({ entity: "digital_asset", fields: ["id", "variant_id", "name", "file_id", "mime_type", "size"], filters: { id: asset_id } }),
    query.graph({ entity: "customer", fields: ["id", "email"], filters: { id: customer_id } }),
  ])
  const orderId = asset && customer ? (await ownedVariants(req.scope, customer_id, [asset.variant_id])).get(asset.variant_id) : undefined
  if (!asset || !customer || !orderId) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This file is no longer available to you")
  }

  const stream = await req.scope.resolve(Modules.FILE).getDownloadStream(asset.file_id)
  // Wait for the first bytes (or the end of an empty file): a stored file that cannot be read
  // is an error answered before anything is logged or sent.
  await once(stream, "readable").catch(() => {
    stream.destroy()
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `The file of ${asset.name} could not be read`)
  })
  await recordDownloadWorkflow(req.scope)
    .run({ input: { asset_id: asset.id, order_id: orderId, customer_id, email: customer.email, ip: req.ip ?? null, bytes: Number(asset.size) } })
    .catch((error: unknown) => {
      stream.destroy()
      throw error
    })
  res.status(200).set({
    "content-type": safeMimeType(asset.mime_type),
    "content-length": String(asset.size),
    "content-disposition": attachmentDisposition(asset.name),
    "cache-control": "private, no-store",
    "x-content-type-options": "nosniff",
  })
  // A client that goes away ends the pipeline with an error: nothing more to answer.
  await pipeline(stream, res).catch(() => undefined)
}

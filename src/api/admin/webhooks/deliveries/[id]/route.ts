import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminWebhookDeliveryResponse } from "../../../../../types/http/webhook"
import { readWebhookDeliveryDetail } from "../../helpers"

/** One delivery with its attempts, its endpoint's URL and the body it carries. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminWebhookDeliveryResponse>) {
  res.json({ delivery: await readWebhookDeliveryDetail(req.scope, req.params.id) })
}

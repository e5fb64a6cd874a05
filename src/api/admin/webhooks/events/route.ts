import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { exampleData, WEBHOOK_EVENT_CATALOG } from "../../../../lib/webhook/event-catalog"
import type { AdminWebhookEventListResponse } from "../../../../types/http/webhook"

/** The event types endpoints can subscribe to, each with an example of its `data`. */
export async function GET(_req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminWebhookEventListResponse>) {
  res.json({ events: WEBHOOK_EVENT_CATALOG.map((event) => ({ type: event.type, description: event.description, example: exampleData(event) })) })
}

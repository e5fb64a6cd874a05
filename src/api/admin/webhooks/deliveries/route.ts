import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminWebhookDeliveryListResponse } from "../../../../types/http/webhook"
import { toAdminWebhookDelivery } from "../helpers"
import type { AdminGetWebhookDeliveriesParamsType } from "../validators"

/** The delivery log, newest first: by endpoint, event type, state and creation time. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetWebhookDeliveriesParamsType>, res: MedusaResponse<AdminWebhookDeliveryListResponse>) {
  const { endpoint_id, event_type, state, created_at_gte, created_at_lte, limit, offset } = req.validatedQuery as AdminGetWebhookDeliveriesParamsType
  const filters: Record<string, unknown> = Object.fromEntries(Object.entries({ endpoint_id, event_type, state }).filter(([, value]) => value !== undefined))
  if (created_at_gte || created_at_lte) {
    filters.created_at = { ...(created_at_gte && { $gte: created_at_gte }), ...(created_at_lte && { $lte: created_at_lte }) }
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "webhook_delivery",
    fields: req.queryConfig.fields,
    filters,
    pagination: { skip: offset, take: limit, order: { created_at: "DESC", id: "DESC" } },
  })
  res.json({ deliveries: data.map(toAdminWebhookDelivery), count: metadata?.count ?? data.length, offset, limit })
}

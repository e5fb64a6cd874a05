import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { StoreOrderTrackingResponse } from "../../../../../types/http/order"

type Fulfillment = {
  id: string
  shipped_at: string | Date | null
  delivered_at: string | Date | null
  canceled_at: string | Date | null
  labels?: { tracking_number: string | null; tracking_url: string | null }[] | null
}

const iso = (value: string | Date | null) => (value ? new Date(value).toISOString() : null)

/**
 * The parcels of one of the signed-in customer's orders, with their tracking numbers: Medusa's
 * own order route does not let a store client read fulfillment labels. Another customer's
 * order is a 404.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreOrderTrackingResponse>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({
    entity: "order",
    fields: ["id", "customer_id", "fulfillments.id", "fulfillments.shipped_at", "fulfillments.delivered_at", "fulfillments.canceled_at", "fulfillments.labels.*"],
    filters: { id: req.params.id },
  })
  if (!order || order.customer_id !== req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.id} was not found`)
  }
  const parcels = ((order.fulfillments ?? []) as Fulfillment[])
    .filter((fulfillment) => fulfillment?.shipped_at && !fulfillment.canceled_at)
    .map((fulfillment) => ({
      id: fulfillment.id,
      shipped_at: iso(fulfillment.shipped_at),
      delivered_at: iso(fulfillment.delivered_at),
      tracking: (fulfillment.labels ?? [])
        .filter((label) => label.tracking_number)
        .map((label) => ({ number: label.tracking_number as string, url: label.tracking_url || null })),
    }))
  res.json({ parcels })
}

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { findWebhookEventType } from "../../../lib/webhook/event-catalog"

export type BuildWebhookDataInput = { event_type: string; event_data: Record<string, unknown> }

/**
 * The webhook's `data`: the event's entity as the catalog projects it, read now, or the event's
 * own payload when the type has no projection or the entity is gone. Reads only.
 */
export const buildWebhookDataStep = createStep("build-webhook-data", async (input: BuildWebhookDataInput, { container }) => {
  const projection = findWebhookEventType(input.event_type)?.projection
  const id = projection ? input.event_data?.[projection.idField ?? "id"] : undefined
  if (!projection || typeof id !== "string") return new StepResponse(input.event_data ?? {})
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: projection.entity, fields: projection.fields, filters: { id } })
  return new StepResponse((data[0] as Record<string, unknown> | undefined) ?? input.event_data)
})

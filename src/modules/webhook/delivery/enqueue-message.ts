import { generateEntityId } from "@medusajs/framework/utils"
import { matchesEventType } from "./event-type-match"
import type { SqlRunner } from "./sql"
import { placeholders } from "./sql"

export type EnqueueInput = { event_type: string; data: unknown; occurred_at: Date; now: Date; endpoint_ids?: string[] }
export type EnqueuedMessage = { message_id: string; delivery_ids: string[] }

/**
 * The outbox write: stores the message and one pending delivery, due now, per active endpoint
 * subscribed to its type (or the given endpoints), in one statement, before any HTTP call.
 * Nothing is stored when no endpoint wants the event.
 */
export async function enqueueWebhookMessage(sql: SqlRunner, input: EnqueueInput): Promise<EnqueuedMessage | null> {
  const endpoints = await sql<{ id: string; event_types: string[] }>(
    `SELECT id, event_types FROM webhook_endpoint WHERE status = 'active' AND deleted_at IS NULL`
  )
  const targets = endpoints
    .filter((endpoint) => (input.endpoint_ids ? input.endpoint_ids.includes(endpoint.id) : matchesEventType(endpoint.event_types ?? [], input.event_type)))
    .map((endpoint) => endpoint.id)
  if (!targets.length) return null

  const messageId = generateEntityId(undefined, "msg")
  const deliveries = targets.map((endpointId) => [generateEntityId(undefined, "whdl"), endpointId])
  await sql(
    `WITH message AS (
       INSERT INTO webhook_message (id, event_type, data, occurred_at, created_at, updated_at)
       VALUES (?, ?, ?::jsonb, ?, ?, ?) RETURNING id)
     INSERT INTO webhook_delivery (id, endpoint_id, message_id, event_type, state, attempts, next_attempt_at, created_at, updated_at)
     SELECT target.id, target.endpoint_id, message.id, ?, 'pending', 0, ?, ?, ?
     FROM message, (VALUES ${placeholders(deliveries.length, 2)}) AS target (id, endpoint_id)`,
    [
      messageId, input.event_type, JSON.stringify(input.data ?? null), input.occurred_at, input.now, input.now,
      input.event_type, input.now, input.now, input.now,
      ...deliveries.flat(),
    ]
  )
  return { message_id: messageId, delivery_ids: deliveries.map(([id]) => id) }
}

/** Undoes an enqueue (a workflow's compensation): the message and its deliveries. */
export async function removeWebhookMessage(sql: SqlRunner, messageId: string): Promise<void> {
  await sql(`WITH gone AS (DELETE FROM webhook_delivery WHERE message_id = ?) DELETE FROM webhook_message WHERE id = ?`, [messageId, messageId])
}

import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { WebhookDeliveryEngine, type BatchResult } from "./delivery/delivery-engine"
import { enqueueWebhookMessage, removeWebhookMessage, type EnqueueInput, type EnqueuedMessage } from "./delivery/enqueue-message"
import { matchesEventType } from "./delivery/event-type-match"
import { inList, type SqlRunner } from "./delivery/sql"
import { urlProblem, type UrlPolicy } from "./delivery/url-safety"
import { WebhookAttempt } from "./models/webhook-attempt"
import { WebhookDelivery } from "./models/webhook-delivery"
import { WebhookEndpoint } from "./models/webhook-endpoint"
import { WebhookMessage } from "./models/webhook-message"
import { parseWebhookOptions, type ResolvedWebhookOptions } from "./options"

const DAY = 24 * 60 * 60 * 1000

/** A delivery's state before it was queued again (what a compensation restores). */
export type DeliveryStateSnapshot = { id: string; state: string; next_attempt_at: Date | null }

/** Outgoing webhooks: endpoints, the outbox of messages and deliveries, and the delivery log. */
class WebhookModuleService extends MedusaService({ WebhookEndpoint, WebhookMessage, WebhookDelivery, WebhookAttempt }) {
  protected readonly settings_: ResolvedWebhookOptions
  protected readonly engine_: WebhookDeliveryEngine

  constructor(container: Record<string, unknown>, options?: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.settings_ = parseWebhookOptions(options)
    this.engine_ = new WebhookDeliveryEngine(this.sqlRunner(), { policy: this.urlPolicy(), disableAfterDays: this.settings_.disable_after_days })
  }

  /** The options in force (plugin options `webhooks`). */
  settings(): ResolvedWebhookOptions {
    return this.settings_
  }

  /** Which addresses and schemes endpoints may use. */
  urlPolicy(): UrlPolicy {
    return { allowLoopback: this.settings_.allow_loopback, allowHttp: this.settings_.allow_http }
  }

  /** Why `url` may not receive webhooks (scheme, or a host resolving to a refused address), or null. */
  async urlProblem(url: string): Promise<string | null> {
    return urlProblem(url, this.urlPolicy())
  }

  /** Whether any active endpoint is subscribed to `eventType` (lets the subscriber skip reading the entity). */
  async hasSubscribers(eventType: string): Promise<boolean> {
    const endpoints = await this.sqlRunner()<{ event_types: string[] }>(`SELECT event_types FROM webhook_endpoint WHERE status = 'active' AND deleted_at IS NULL`)
    return endpoints.some((endpoint) => matchesEventType(endpoint.event_types ?? [], eventType))
  }

  /** Stores a message and its pending deliveries (the outbox); null when no endpoint wants it. */
  async enqueueMessage(input: EnqueueInput): Promise<EnqueuedMessage | null> {
    return enqueueWebhookMessage(this.sqlRunner(), input)
  }

  /** Removes a message and its deliveries (compensation of an enqueue). */
  async removeMessage(messageId: string): Promise<void> {
    await removeWebhookMessage(this.sqlRunner(), messageId)
  }

  /** Sends every due delivery, batch after batch; `now` is read before each batch unless given. */
  async deliverDue(input: { now?: Date; maxBatches?: number } = {}): Promise<BatchResult> {
    return this.engine_.drain(() => input.now ?? new Date(Date.now()), input.maxBatches)
  }

  /**
   * Queues deliveries again, due at `now`, keeping their `webhook-id`: the given ones, or an
   * endpoint's failed ones created since `since`. Returns their states before, for compensation.
   */
  async requeueDeliveries(
    input: { ids?: string[]; endpoint_id?: string; since?: Date; now: Date }
  ): Promise<DeliveryStateSnapshot[]> {
    const where = input.ids
      ? { sql: `id IN (${inList(input.ids.length)}) AND state <> 'pending'`, params: input.ids }
      : { sql: `endpoint_id = ? AND state = 'failed' AND created_at >= ?`, params: [input.endpoint_id, input.since ?? new Date(0)] }
    if (input.ids && !input.ids.length) return []
    return this.sqlRunner()<DeliveryStateSnapshot>(
      `WITH target AS (SELECT id, state, next_attempt_at FROM webhook_delivery WHERE deleted_at IS NULL AND ${where.sql} FOR UPDATE),
       requeued AS (UPDATE webhook_delivery d SET state = 'pending', next_attempt_at = ?, locked_until = NULL, updated_at = ? FROM target WHERE d.id = target.id RETURNING d.id)
       SELECT target.id, target.state, target.next_attempt_at FROM target JOIN requeued ON requeued.id = target.id`,
      [...where.params, input.now, input.now]
    )
  }

  /** Puts deliveries back in the states they had (compensation of a requeue), unless they were sent meanwhile. */
  async restoreDeliveries(snapshots: DeliveryStateSnapshot[]): Promise<void> {
    for (const snapshot of snapshots) {
      await this.sqlRunner()(`UPDATE webhook_delivery SET state = ?, next_attempt_at = ? WHERE id = ? AND state = 'pending' AND locked_until IS NULL`, [
        snapshot.state,
        snapshot.next_attempt_at,
        snapshot.id,
      ])
    }
  }

  /** Deletes finished deliveries older than the retention, their attempts, and messages left without delivery. */
  async pruneLog(now: Date): Promise<number> {
    const before = new Date(now.getTime() - this.settings_.retention_days * DAY)
    const rows = await this.sqlRunner()<{ id: string }>(
      `WITH old AS (DELETE FROM webhook_delivery WHERE state <> 'pending' AND created_at < ? RETURNING id, message_id),
       attempts AS (DELETE FROM webhook_attempt WHERE delivery_id IN (SELECT id FROM old)),
       messages AS (DELETE FROM webhook_message m WHERE m.id IN (SELECT message_id FROM old)
         AND NOT EXISTS (SELECT 1 FROM webhook_delivery d WHERE d.message_id = m.id AND d.id NOT IN (SELECT id FROM old)))
       SELECT id FROM old`,
      [before]
    )
    return rows.length
  }

  /** One statement on the module's connection, for the delivery engine and the outbox. */
  protected sqlRunner(): SqlRunner {
    return (sql, params) => this.execute_(sql, params ?? []) as never
  }

  @InjectManager()
  protected async execute_(sql: string, params: unknown[], @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<unknown[]> {
    return (sharedContext.manager as EntityManager).execute(sql, params as never[])
  }
}

export default WebhookModuleService

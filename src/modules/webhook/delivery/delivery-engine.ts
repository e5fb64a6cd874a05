import { generateEntityId } from "@medusajs/framework/utils"
import { applyPayloadTemplate, type PayloadTemplate } from "./payload-template"
import { nextRetryDelay, parseRetryAfter } from "./retry-schedule"
import { sendWebhookRequest, type SendOutcome } from "./send-request"
import { signatureHeader } from "./signature"
import { inList, placeholders, type SqlRunner } from "./sql"
import type { UrlPolicy } from "./url-safety"

const DAY = 24 * 60 * 60 * 1000
/** A claim outlives the request's timeout by this much; after it, another worker may retry. */
const LEASE_MARGIN_MS = 30_000
const USER_AGENT = "Comptoir-Webhooks/1.0"

export type DeliveryEngineOptions = {
  policy: UrlPolicy
  /** Days of uninterrupted failures after which an endpoint is disabled. */
  disableAfterDays: number
  batchSize?: number
}

/** An endpoint the engine just disabled, for the merchant's alert. */
export type DisabledEndpoint = { id: string; url: string; description: string | null; reason: string; disabled_at: string }
export type BatchResult = { claimed: number; succeeded: number; failed: number; disabled: DisabledEndpoint[] }

type ClaimedRow = {
  id: string
  attempts: number
  message_id: string
  event_type: string
  data: unknown
  occurred_at: Date
  endpoint_id: string
  url: string
  secret: string
  previous_secret: string | null
  previous_secret_expires_at: Date | null
  headers: Record<string, string> | null
  timeout_ms: number
  payload_template: PayloadTemplate | null
  usable: boolean
}

/** The request as sent, kept in the attempt log: custom header values are hidden (they often hold tokens). */
function loggedHeaders(headers: Record<string, string>, custom: Record<string, string> | null) {
  const logged = { ...headers }
  for (const name of Object.keys(custom ?? {})) logged[name] = "[hidden]"
  return logged
}

/**
 * Delivers due webhooks: claims a batch with row locks (`FOR UPDATE SKIP LOCKED` plus a lease,
 * so two workers never take the same attempt), signs and POSTs each, then records every outcome
 * and schedules retries. A worker dying mid-batch leaves claims that expire: those attempts are
 * made again with the same `webhook-id` (at least once).
 */
export class WebhookDeliveryEngine {
  constructor(
    private readonly sql: SqlRunner,
    private readonly options: DeliveryEngineOptions,
    private readonly random: () => number = Math.random
  ) {}

  /** Takes up to `limit` due deliveries for this worker. */
  async claim(now: Date, limit: number): Promise<ClaimedRow[]> {
    return this.sql<ClaimedRow>(
      `WITH due AS (
         SELECT id FROM webhook_delivery
         WHERE state = 'pending' AND deleted_at IS NULL AND next_attempt_at <= ? AND (locked_until IS NULL OR locked_until < ?)
         ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED),
       claimed AS (
         UPDATE webhook_delivery d
         SET locked_until = ?::timestamptz + make_interval(secs => COALESCE((SELECT timeout_ms FROM webhook_endpoint WHERE id = d.endpoint_id), 15000) / 1000.0),
             updated_at = ?
         FROM due WHERE d.id = due.id RETURNING d.id, d.attempts, d.message_id, d.endpoint_id, d.event_type)
       SELECT c.id, c.attempts, c.message_id, c.event_type, c.endpoint_id, m.data, m.occurred_at, e.url, e.secret,
              e.previous_secret, e.previous_secret_expires_at, e.headers, e.timeout_ms, e.payload_template,
              (e.id IS NOT NULL AND e.status = 'active' AND e.deleted_at IS NULL) AS usable
       FROM claimed c JOIN webhook_message m ON m.id = c.message_id LEFT JOIN webhook_endpoint e ON e.id = c.endpoint_id`,
      [now, now, limit, new Date(now.getTime() + LEASE_MARGIN_MS), now]
    )
  }

  /** Claims, sends and records one batch. */
  async deliverBatch(now: Date): Promise<BatchResult> {
    const rows = await this.claim(now, this.options.batchSize ?? 200)
    const result: BatchResult = { claimed: rows.length, succeeded: 0, failed: 0, disabled: [] }
    if (!rows.length) return result

    const unusable = rows.filter((row) => !row.usable)
    if (unusable.length) {
      await this.sql(
        `UPDATE webhook_delivery SET state = 'failed', locked_until = NULL, next_attempt_at = NULL, last_error = 'The endpoint was disabled or deleted', updated_at = ?
         WHERE id IN (${inList(unusable.length)}) AND state = 'pending'`,
        [now, ...unusable.map((row) => row.id)]
      )
      result.failed += unusable.length
    }
    const sendable = rows.filter((row) => row.usable)
    const sent = await Promise.all(sendable.map((row) => this.send(row, now)))
    await this.record(sent, now)

    const succeededEndpoints = new Set<string>()
    const failedEndpoints = new Set<string>()
    const goneEndpoints = new Set<string>()
    for (const { row, outcome } of sent) {
      const ok = outcome.status !== null && outcome.status >= 200 && outcome.status < 300
      result[ok ? "succeeded" : "failed"] += 1
      ;(ok ? succeededEndpoints : failedEndpoints).add(row.endpoint_id)
      if (outcome.status === 410) goneEndpoints.add(row.endpoint_id)
    }
    result.disabled = await this.trackEndpointHealth(now, [...succeededEndpoints], [...failedEndpoints].filter((id) => !succeededEndpoints.has(id)), [...goneEndpoints])
    return result
  }

  /** Delivers batches until none is due (or `maxBatches`), with the time read before each batch. */
  async drain(clock: () => Date, maxBatches = 50): Promise<BatchResult> {
    const total: BatchResult = { claimed: 0, succeeded: 0, failed: 0, disabled: [] }
    for (let i = 0; i < maxBatches; i++) {
      const batch = await this.deliverBatch(clock())
      total.claimed += batch.claimed
      total.succeeded += batch.succeeded
      total.failed += batch.failed
      total.disabled.push(...batch.disabled)
      if (batch.claimed < (this.options.batchSize ?? 200)) break
    }
    return total
  }

  private async send(row: ClaimedRow, now: Date): Promise<{ row: ClaimedRow; outcome: SendOutcome; headers: Record<string, string>; body: string }> {
    const envelope = { type: row.event_type, timestamp: new Date(row.occurred_at).toISOString(), data: row.data }
    // The bytes signed are exactly the bytes sent.
    const body = JSON.stringify(applyPayloadTemplate(envelope, row.payload_template))
    const secrets = [row.secret]
    if (row.previous_secret && row.previous_secret_expires_at && new Date(row.previous_secret_expires_at) > now) secrets.push(row.previous_secret)
    const headers: Record<string, string> = {
      ...(row.headers ?? {}),
      "content-type": "application/json",
      "user-agent": USER_AGENT,
      "webhook-id": row.message_id,
      "webhook-timestamp": String(Math.floor(now.getTime() / 1000)),
      "webhook-signature": signatureHeader(secrets, row.message_id, now, body),
    }
    const outcome = await sendWebhookRequest({ url: row.url, headers, body, timeoutMs: row.timeout_ms ?? 15000, policy: this.options.policy })
    return { row, outcome, headers: loggedHeaders(headers, row.headers), body }
  }

  /** Saves each attempt and the delivery's new state in one statement; a delivery recorded by someone else meanwhile is left alone. */
  private async record(sent: { row: ClaimedRow; outcome: SendOutcome; headers: Record<string, string>; body: string }[], now: Date) {
    if (!sent.length) return
    const values = sent.flatMap(({ row, outcome, headers, body }) => {
      const ok = outcome.status !== null && outcome.status >= 200 && outcome.status < 300
      const attempts = row.attempts + 1
      const retryAfter = outcome.status === 429 || outcome.status === 503 ? parseRetryAfter(outcome.retry_after, now.getTime()) : null
      const delay = ok || outcome.status === 410 ? null : nextRetryDelay(attempts, this.random)
      const nextAt = delay === null ? null : new Date(now.getTime() + Math.max(delay, retryAfter ?? 0))
      const state = ok ? "succeeded" : nextAt ? "pending" : "failed"
      const error = ok ? null : outcome.error ?? `HTTP ${outcome.status}`
      return [
        row.id, state, attempts, row.attempts, nextAt, outcome.status, error, ok ? now : null,
        generateEntityId(undefined, "what"), row.endpoint_id, ok, outcome.latency_ms, JSON.stringify(headers), body, outcome.response_excerpt,
      ]
    })
    const casts = ["::text", "::text", "::int", "::int", "::timestamptz", "::int", "::text", "::timestamptz", "::text", "::text", "::boolean", "::int", "::jsonb", "::text", "::text"]
    await this.sql(
      `WITH v (id, state, attempts, prev_attempts, next_at, status, error, delivered_at, attempt_id, endpoint_id, succeeded, latency, request_headers, request_body, excerpt) AS (
         VALUES ${placeholders(sent.length, casts.length, casts)}),
       updated AS (
         UPDATE webhook_delivery d SET state = v.state, attempts = v.attempts, next_attempt_at = v.next_at, locked_until = NULL,
           last_status = v.status, last_error = v.error, delivered_at = COALESCE(v.delivered_at, d.delivered_at), updated_at = ?
         FROM v WHERE d.id = v.id AND d.attempts = v.prev_attempts AND d.state = 'pending' RETURNING d.id)
       INSERT INTO webhook_attempt (id, delivery_id, endpoint_id, attempt, succeeded, status, latency_ms, request_headers, request_body, response_excerpt, error, next_attempt_at, created_at, updated_at)
       SELECT v.attempt_id, v.id, v.endpoint_id, v.attempts, v.succeeded, v.status, v.latency, v.request_headers, v.request_body, v.excerpt, v.error, v.next_at, ?, ?
       FROM v JOIN updated ON updated.id = v.id`,
      [...values, now, now, now]
    )
  }

  /**
   * A success ends an endpoint's run of failures; a failure starts one. An endpoint answering
   * 410 Gone, or failing without a break for `disableAfterDays`, is disabled and its pending
   * deliveries are marked failed (they can be replayed once it is enabled again).
   */
  private async trackEndpointHealth(now: Date, succeeded: string[], failed: string[], gone: string[]): Promise<DisabledEndpoint[]> {
    if (succeeded.length) {
      await this.sql(`UPDATE webhook_endpoint SET failing_since = NULL WHERE id IN (${inList(succeeded.length)}) AND failing_since IS NOT NULL`, succeeded)
    }
    if (failed.length) {
      await this.sql(`UPDATE webhook_endpoint SET failing_since = COALESCE(failing_since, ?) WHERE id IN (${inList(failed.length)})`, [now, ...failed])
    }
    const disabled: DisabledEndpoint[] = []
    const disable = async (ids: string[], reason: string, extra = "", extraParams: unknown[] = []) => {
      if (!ids.length) return
      const rows = await this.sql<{ id: string; url: string; description: string | null }>(
        `UPDATE webhook_endpoint SET status = 'disabled', disabled_reason = ?, disabled_at = ?, updated_at = ?
         WHERE id IN (${inList(ids.length)}) AND status = 'active' AND deleted_at IS NULL ${extra} RETURNING id, url, description`,
        [reason, now, now, ...ids, ...extraParams]
      )
      disabled.push(...rows.map((row) => ({ ...row, reason, disabled_at: now.toISOString() })))
    }
    await disable(gone, "The endpoint answered 410 Gone")
    const days = this.options.disableAfterDays
    await disable(failed, `Every delivery failed for ${days} days`, "AND failing_since <= ?", [new Date(now.getTime() - days * DAY)])
    if (disabled.length) {
      await this.sql(
        `UPDATE webhook_delivery SET state = 'failed', next_attempt_at = NULL, locked_until = NULL, last_error = COALESCE(last_error || ' — ', '') || 'endpoint disabled', updated_at = ?
         WHERE endpoint_id IN (${inList(disabled.length)}) AND state = 'pending'`,
        [now, ...disabled.map((endpoint) => endpoint.id)]
      )
    }
    return disabled
  }
}

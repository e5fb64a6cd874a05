import { nextRetryAt, type StoredNotification } from "../../../lib/email/retry-failed-emails"
import type { AdminEmail, EmailStatus } from "../../../types/http/email"

const iso = (value: Date | string | undefined) => new Date(value ?? 0).toISOString()

export function toAdminEmail(notification: StoredNotification): AdminEmail {
  const status = (notification as { status?: EmailStatus }).status ?? "pending"
  return {
    id: notification.id,
    to: notification.to,
    template: notification.template,
    status,
    resource_type: notification.resource_type ?? null,
    resource_id: notification.resource_id ?? null,
    created_at: iso(notification.created_at),
    updated_at: iso(notification.updated_at ?? notification.created_at),
    next_retry_at: status === "failure" ? (nextRetryAt(notification)?.toISOString() ?? null) : null,
  }
}

import type { FilterableNotificationProps, MedusaContainer, NotificationDTO } from "@medusajs/framework/types"
import { Modules, NotificationStatus } from "@medusajs/framework/utils"
import { resendEmailWorkflow } from "../../workflows/email/resend-email"

const MINUTE = 60_000
const HOUR = 60 * MINUTE
/** A mail still failing a day later is left as failed, visible in the notification records. */
export const GIVE_UP_AFTER_MS = 24 * HOUR
const BATCH = 100

/**
 * The wait after a failed attempt: a quarter of the e-mail's age, from one minute to one hour,
 * so the first retries come quickly and a long outage is not hammered.
 */
export const retryDelay = (ageMs: number) => Math.min(HOUR, Math.max(MINUTE, ageMs / 4))

export type RetryResult = { due: number; sent: number; failed: number }

/** Stored fields the module returns but its DTO type leaves out. */
export type StoredNotification = NotificationDTO & { idempotency_key?: string | null; updated_at?: Date | string }

/**
 * Sends again the e-mails whose send failed (SMTP down, refused) once their wait is over. The
 * same notification record is reused (same id and idempotency key), so a mail is never sent
 * twice once it went through. `now` is injectable for tests.
 */
export async function retryFailedEmails(container: MedusaContainer, now = new Date()): Promise<RetryResult> {
  const notifications = container.resolve(Modules.NOTIFICATION)
  // `status` is a stored column the filter type does not list.
  const filters = { status: NotificationStatus.FAILURE, channel: "email", created_at: { $gte: new Date(now.getTime() - GIVE_UP_AFTER_MS).toISOString() } }
  const failedOnes = (await notifications.listNotifications(filters as FilterableNotificationProps, {
    take: BATCH,
    order: { created_at: "ASC" },
  })) as StoredNotification[]
  const due = failedOnes.filter((notification) => {
    const age = now.getTime() - new Date(notification.created_at).getTime()
    const updatedAt = new Date(notification.updated_at ?? notification.created_at)
    return !!notification.idempotency_key && now.getTime() - updatedAt.getTime() >= retryDelay(age)
  })
  const result: RetryResult = { due: due.length, sent: 0, failed: 0 }
  for (const notification of due) {
    const sent = await resendEmail(container, notification).then(
      () => true,
      () => false
    )
    result[sent ? "sent" : "failed"] += 1
  }
  return result
}

/** When a failed e-mail is due again, or null once the job gave up on it. */
export function nextRetryAt(notification: StoredNotification): Date | null {
  const createdAt = new Date(notification.created_at).getTime()
  const updatedAt = new Date(notification.updated_at ?? notification.created_at).getTime()
  const next = updatedAt + retryDelay(updatedAt - createdAt)
  return next - createdAt > GIVE_UP_AFTER_MS ? null : new Date(next)
}

/** Sends a failed e-mail again, through the `resend-email` workflow; rejects when it fails again. */
export async function resendEmail(container: MedusaContainer, notification: StoredNotification): Promise<void> {
  await resendEmailWorkflow(container).run({
    input: {
      id: notification.id,
      to: notification.to,
      channel: notification.channel,
      template: notification.template,
      data: notification.data ?? undefined,
      trigger_type: notification.trigger_type ?? undefined,
      resource_id: notification.resource_id ?? undefined,
      resource_type: notification.resource_type ?? undefined,
      receiver_id: notification.receiver_id ?? undefined,
      idempotency_key: notification.idempotency_key!,
    },
  })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { resendEmail, type StoredNotification } from "../../../../../lib/email/retry-failed-emails"
import type { AdminEmailResponse } from "../../../../../types/http/email"
import { toAdminEmail } from "../../helpers"

/** Sends a failed e-mail again now, without waiting for the retry job. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminEmailResponse>) {
  const notifications = req.scope.resolve(Modules.NOTIFICATION)
  const notification = (await notifications.retrieveNotification(req.params.id).catch(() => null)) as StoredNotification | null
  if (!notification || notification.channel !== "email") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `E-mail ${req.params.id} was not found`)
  }
  if ((notification as { status?: string }).status !== "failure" || !notification.idempotency_key) {
    // 422 rather than 409: Medusa replaces every 409 message with a generic one.
    throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `E-mail ${notification.id} did not fail: only failed e-mails can be sent again`)
  }
  await resendEmail(req.scope, notification).catch((error: Error) => {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `The e-mail could not be sent again: ${error.message}`)
  })
  res.json({ email: toAdminEmail((await notifications.retrieveNotification(notification.id)) as StoredNotification) })
}

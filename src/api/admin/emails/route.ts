import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { FilterableNotificationProps } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { StoredNotification } from "../../../lib/email/retry-failed-emails"
import type { AdminEmailListResponse } from "../../../types/http/email"
import { toAdminEmail } from "./helpers"
import type { AdminGetEmailsParamsType } from "./validators"

/** The e-mail log, newest first: what was sent, what failed and when it is tried again. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetEmailsParamsType>, res: MedusaResponse<AdminEmailListResponse>) {
  const { status, template, to, limit, offset } = req.validatedQuery as AdminGetEmailsParamsType
  const filters = Object.fromEntries(Object.entries({ channel: "email", status, template, to }).filter(([, value]) => value !== undefined))
  const [notifications, count] = await req.scope
    .resolve(Modules.NOTIFICATION)
    // `status` is a stored column the filter type does not list.
    .listAndCountNotifications(filters as FilterableNotificationProps, { skip: offset, take: limit, order: { created_at: "DESC" } })
  res.json({ emails: (notifications as StoredNotification[]).map(toAdminEmail), count, offset, limit })
}

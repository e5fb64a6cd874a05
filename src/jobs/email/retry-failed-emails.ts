import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { retryFailedEmails } from "../../lib/email/retry-failed-emails"

/** Every minute: sends again the e-mails that failed, with a growing wait between attempts. */
export default async function retryFailedEmailsJob(container: MedusaContainer) {
  const result = await retryFailedEmails(container)
  if (result.due) {
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`E-mail retries: ${result.sent} sent, ${result.failed} still failing`)
  }
}

export const config = { name: "comptoir-email-retry", schedule: "* * * * *" }

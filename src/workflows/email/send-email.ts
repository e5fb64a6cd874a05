import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import type { EmailTemplateData, EmailTemplateName } from "../../providers/smtp/types"

export type SendEmailInput<T extends EmailTemplateName = EmailTemplateName> = {
  template: T
  to: string
  data: EmailTemplateData[T]
  /** The event or job that asked for it. */
  trigger_type: string
  /** What it is about (an auth identity, a cart…). */
  resource_type: string
  resource_id: string
  /** One per e-mail meant: a retried event or job sends it once. */
  idempotency_key: string
}

/**
 * E-mails one message through the notification module (channel `email`); a failed send is
 * retried by the `comptoir-email-retry` job like any other e-mail.
 */
export const sendEmailWorkflow = createWorkflow("send-email", (input: WorkflowData<SendEmailInput>) => {
  const notifications = transform({ input }, ({ input }) => [{ ...input, channel: "email" }])
  return new WorkflowResponse(sendNotificationsStep(notifications))
})

import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import type { EmailVerificationEmailData } from "../../providers/smtp/types"

export type SendAccountEmailInput = {
  template: "email-verification" | "password-reset"
  to: string
  data: EmailVerificationEmailData
  /** The auth event that asked for it. */
  trigger_type: string
  /** The auth identity the link belongs to. */
  resource_id: string
  /** One per link: a retried event sends it once. */
  idempotency_key: string
}

/**
 * E-mails an account link (address verification, password reset) through the notification
 * module; a failed send is retried by the `comptoir-email-retry` job like any other e-mail.
 */
export const sendAccountEmailWorkflow = createWorkflow("send-account-email", (input: WorkflowData<SendAccountEmailInput>) => {
  const notifications = transform({ input }, ({ input }) => [
    {
      to: input.to,
      channel: "email",
      template: input.template,
      data: input.data,
      trigger_type: input.trigger_type,
      resource_id: input.resource_id,
      resource_type: "auth_identity",
      idempotency_key: input.idempotency_key,
    },
  ])
  return new WorkflowResponse(sendNotificationsStep(notifications))
})

import type { CreateNotificationDTO } from "@medusajs/framework/types"
import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { loadEmailAttachmentsStep } from "./steps/load-email-attachments"

/** A failed e-mail's record, as the notification module stored it. */
export type ResendEmailInput = CreateNotificationDTO & { id: string; idempotency_key: string }

/**
 * Sends a failed e-mail again under its own record: the module takes a failed record back by
 * its idempotency key, and the record's id makes it update that record instead of one it never
 * stored. Attachments, which the record does not keep, are rebuilt from its data. Fails when
 * the send fails again (the record stays `failure`).
 */
export const resendEmailWorkflow = createWorkflow("resend-email", (input: WorkflowData<ResendEmailInput>) => {
  const attachments = loadEmailAttachmentsStep(transform({ input }, ({ input }) => ({ template: input.template ?? "", data: input.data })))
  const notifications = transform({ input, attachments }, ({ input, attachments }) => [
    { ...input, ...(attachments.length && { attachments }) } as CreateNotificationDTO,
  ])
  return new WorkflowResponse(sendNotificationsStep(notifications))
})

import type { CreateNotificationDTO } from "@medusajs/framework/types"
import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"

/** A failed e-mail's record, as the notification module stored it. */
export type ResendEmailInput = CreateNotificationDTO & { id: string; idempotency_key: string }

/**
 * Sends a failed e-mail again under its own record: the module takes a failed record back by
 * its idempotency key, and the record's id makes it update that record instead of one it never
 * stored. Fails when the send fails again (the record stays `failure`).
 */
export const resendEmailWorkflow = createWorkflow("resend-email", (input: WorkflowData<ResendEmailInput>) => {
  const notifications = transform({ input }, ({ input }) => [input as CreateNotificationDTO])
  return new WorkflowResponse(sendNotificationsStep(notifications))
})

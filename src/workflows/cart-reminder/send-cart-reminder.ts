import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import type { CartReminderEmailData } from "../../providers/smtp/types"
import { claimCartReminderStep, type ClaimCartReminderInput } from "./steps/claim-cart-reminder"

export type SendCartReminderInput = ClaimCartReminderInput & { data: CartReminderEmailData }

/**
 * Claims one reminder of an abandoned cart and queues its e-mail; answers whether this run sent
 * it (a parallel run that claimed it first makes this one a no-op).
 */
export const sendCartReminderWorkflow = createWorkflow("send-cart-reminder", (input: WorkflowData<SendCartReminderInput>) => {
  const claimed = claimCartReminderStep({ cart_id: input.cart_id, email: input.email, stage: input.stage, now: input.now })
  when({ claimed }, ({ claimed }) => claimed).then(() => {
    const notifications = transform({ input }, ({ input }) => [
      {
        to: input.email,
        channel: "email",
        template: "cart-reminder",
        data: input.data,
        trigger_type: "cart-reminder",
        resource_type: "cart",
        resource_id: input.cart_id,
        idempotency_key: `cart-reminder:${input.cart_id}:${input.stage}`,
      },
    ])
    sendNotificationsStep(notifications)
  })
  return new WorkflowResponse(claimed)
})

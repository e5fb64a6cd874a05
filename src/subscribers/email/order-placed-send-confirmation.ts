import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendOrderConfirmationWorkflow } from "../../workflows/email/send-order-confirmation"

/**
 * Sends the order confirmation after the order is placed, outside the checkout: a failing
 * SMTP server cannot fail the order. A failed send stays recorded (status `failure`) and the
 * `comptoir-email-retry` job sends it again.
 */
export default async function orderPlacedSendConfirmation({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendOrderConfirmationWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "email-order-confirmation" } }

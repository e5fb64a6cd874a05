import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { DisabledEndpoint } from "../../modules/webhook/delivery/delivery-engine"

export type NotifyWebhookEndpointDisabledInput = DisabledEndpoint & { admin_url: string }

/**
 * Tells the merchant an endpoint was disabled: a notification in Medusa Admin's bell (channel
 * `feed`) and an e-mail to every admin user, with the reason and where to enable it again.
 */
export const notifyWebhookEndpointDisabledWorkflow = createWorkflow(
  "notify-webhook-endpoint-disabled",
  (input: WorkflowData<NotifyWebhookEndpointDisabledInput>) => {
    const { data: users } = useQueryGraphStep({ entity: "user", fields: ["id", "email"] })
    const notifications = transform({ input, users }, ({ input, users }) => {
      const link = `${input.admin_url.replace(/\/$/, "")}/settings/webhooks/${input.id}`
      const title = `Webhook désactivé : ${input.url}`
      const body = [
        "Bonjour,",
        `L'endpoint de webhooks ${input.url}${input.description ? ` (${input.description})` : ""} a été désactivé : ${input.reason}.`,
        "Les événements ne lui sont plus envoyés. Une fois le récepteur réparé, réactivez-le et rejouez les échecs depuis Medusa Admin :",
        link,
        `— Webhook endpoint disabled: ${input.reason}. Fix the receiver, then enable it and replay the failed deliveries from Medusa Admin.`,
      ].join("\n\n")
      const common = { trigger_type: "webhook.endpoint.disabled", resource_type: "webhook_endpoint", resource_id: input.id }
      const emails = (users as { id: string; email: string }[]).map((user) => ({
        ...common,
        to: user.email,
        channel: "email",
        template: "message",
        data: { locale: "fr", subject: title, body },
        idempotency_key: `webhook-disabled:${input.id}:${input.disabled_at}:${user.id}`,
      }))
      return [{ ...common, to: "", channel: "feed", template: "admin-ui", data: { title, description: input.reason } }, ...emails]
    })
    return new WorkflowResponse(sendNotificationsStep(notifications))
  }
)

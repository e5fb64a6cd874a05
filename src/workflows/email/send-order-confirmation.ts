import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { OrderPlacedEmailData } from "../../providers/smtp/types"
import { emailLocale } from "../../lib/email/locale"
import { issueOrderLicensesWorkflow } from "../digital/issue-order-licenses"

export type SendOrderConfirmationInput = { order_id: string }

const ORDER_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "email",
  "currency_code",
  "metadata",
  "customer.first_name",
  "customer.metadata",
  "items.id",
  "items.title",
  "items.variant_title",
  "items.quantity",
  "items.unit_price",
  "items.total",
  "items.is_tax_inclusive",
  "item_subtotal",
  "discount_total",
  "shipping_total",
  "tax_total",
  "total",
]

/**
 * E-mails the order confirmation through the notification module (channel `email`). The
 * idempotency key makes a second run for the same order a no-op once sent, and lets the
 * retry job send a failed one again under the same notification record.
 */
export const sendOrderConfirmationWorkflow = createWorkflow(
  "send-order-confirmation",
  (input: WorkflowData<SendOrderConfirmationInput>) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ORDER_FIELDS,
      filters: { id: input.order_id },
      options: { throwIfKeyNotFound: true },
    })
    // The keys go in the confirmation: issue them now if the licensing subscriber has not yet
    // (issuing is idempotent), then read them.
    issueOrderLicensesWorkflow.runAsStep({ input: { order_id: input.order_id } })
    const { data: licenses } = useQueryGraphStep({
      entity: "license",
      fields: ["key", "expires_at", "unit_index", "line_item_id"],
      filters: { order_id: input.order_id },
    }).config({ name: "order-licenses" })
    const notifications = transform({ orders, licenses }, ({ orders: [order], licenses }) => {
      const data: OrderPlacedEmailData = {
        locale: emailLocale(order.metadata, order.customer?.metadata),
        first_name: order.customer?.first_name ?? null,
        order: {
          display_id: order.display_id,
          created_at: new Date(order.created_at).toISOString(),
          email: order.email,
          currency_code: order.currency_code,
          items: (order.items ?? []).map((item: any) => ({
            title: item.title,
            variant_title: item.variant_title ?? null,
            quantity: Number(item.quantity),
            unit_price: Number(item.unit_price),
            total: Number(item.total),
          })),
          item_subtotal: Number(order.item_subtotal),
          prices_include_tax: (order.items ?? []).some((item: any) => item?.is_tax_inclusive),
          discount_total: Number(order.discount_total),
          shipping_total: Number(order.shipping_total),
          tax_total: Number(order.tax_total),
          total: Number(order.total),
          licenses: (licenses as { key: string; expires_at: string | null; line_item_id: string; unit_index: number }[])
            .sort((a, b) => a.line_item_id.localeCompare(b.line_item_id) || a.unit_index - b.unit_index)
            .map((license) => {
              const item = (order.items ?? []).find((line: any) => line?.id === license.line_item_id)
              return { title: item ? `${item.title}${item.variant_title ? ` (${item.variant_title})` : ""}` : "Licence", key: license.key, expires_at: license.expires_at }
            }),
        },
      }
      return [
        {
          to: order.email,
          channel: "email",
          template: "order-placed",
          data,
          trigger_type: "order.placed",
          resource_id: order.id,
          resource_type: "order",
          idempotency_key: `order-placed:${order.id}`,
        },
      ]
    })
    return new WorkflowResponse(sendNotificationsStep(notifications))
  }
)

import { MathBN } from "@medusajs/framework/utils"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { DealEvents } from "../../modules/deal/events"
import { adjustBoughtCountsStep, ProductQuantity } from "./steps/adjust-bought-counts"

export type RecordDealSalesWorkflowInput = {
  order_id: string
  /** 1 when the order is placed, -1 when it is canceled. */
  direction: 1 | -1
}

/**
 * Keeps the deals' "N bought" counters in step with placed and canceled orders; emits
 * `deal.bought_counts.changed` when an order held deal products.
 */
export const recordDealSalesWorkflow = createWorkflow(
  "record-deal-sales",
  (input: WorkflowData<RecordDealSalesWorkflowInput>) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ["id", "items.product_id", "items.detail.quantity", "items.detail.raw_quantity"],
      filters: { id: input.order_id },
    })
    const quantities = transform({ orders, input }, ({ orders, input }) => {
      const byProduct = new Map<string, number>()
      for (const item of orders[0]?.items ?? []) {
        if (item?.product_id) {
          // The quantity lives on the line's order_item detail; raw_quantity survives serialization.
          const quantity = MathBN.convert(item.detail?.raw_quantity ?? 0).toNumber() * input.direction
          byProduct.set(item.product_id, (byProduct.get(item.product_id) ?? 0) + quantity)
        }
      }
      return [...byProduct].map(([product_id, quantity]): ProductQuantity => ({ product_id, quantity }))
    })
    const applied = adjustBoughtCountsStep(quantities)
    when({ applied }, ({ applied }) => applied.length > 0).then(() => {
      emitEventStep({
        eventName: DealEvents.BOUGHT_COUNTS_CHANGED,
        data: transform({ applied }, ({ applied }) => ({ product_ids: applied.map(({ product_id }) => product_id) })),
      })
    })
    return new WorkflowResponse(applied)
  }
)

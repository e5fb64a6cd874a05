import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { deleteDealWorkflow } from "../../workflows/deal/delete-deal"

/** A deleted product takes its deal content with it. */
export default async function productDeletedRemoveDeal({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: deals } = await query.graph({ entity: "deal", fields: ["id"], filters: { product_id: event.data.id } })
  for (const deal of deals) {
    await deleteDealWorkflow(container).run({ input: { id: deal.id } })
  }
}

export const config: SubscriberConfig = { event: "product.deleted" }

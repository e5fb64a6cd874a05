import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { remindAbandonedCarts } from "../../lib/cart-reminder/remind-abandoned-carts"

/** Every 10 minutes: e-mails the abandoned carts that are due a reminder. */
export default async function remindAbandonedCartsJob(container: MedusaContainer) {
  const { first, second } = await remindAbandonedCarts(container)
  if (first || second) {
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`Cart reminders: ${first} first, ${second} last`)
  }
}

export const config = { name: "comptoir-cart-reminders", schedule: "*/10 * * * *" }

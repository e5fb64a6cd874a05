import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { expireLicensesWorkflow } from "../../workflows/digital/expire-licenses"

/** Every hour: warns owners of licenses ending within a week, and expires those past their end. */
export default async function expireLicensesJob(container: MedusaContainer) {
  const { result } = await expireLicensesWorkflow(container).run({ input: { now: new Date(Date.now()).toISOString() } })
  if (result.warned.length || result.expired.length) {
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`Licenses: ${result.warned.length} owners warned of an end, ${result.expired.length} expired`)
  }
}

export const config = { name: "comptoir-license-expiry", schedule: "7 * * * *" }

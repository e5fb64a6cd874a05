import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DIGITAL_MODULE } from "../../../modules/digital"
import type DigitalModuleService from "../../../modules/digital/service"
import type { OrderItemToLicense } from "../../../modules/digital/types"

export type IssueLicensesStepInput = { order_id: string; email: string; customer_id: string | null; items: OrderItemToLicense[] }

/** Issues the licenses an order's digital items call for (none twice); undone by removing those it created. */
export const issueLicensesStep = createStep(
  "issue-licenses",
  async (input: IssueLicensesStepInput, { container }) => {
    const digital: DigitalModuleService = container.resolve(DIGITAL_MODULE)
    const issued = await digital.issueLicenses({ ...input, now: new Date(Date.now()) })
    return new StepResponse(issued, issued.map((license) => license.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const digital: DigitalModuleService = container.resolve(DIGITAL_MODULE)
    await digital.removeIssuedLicenses(ids)
  }
)

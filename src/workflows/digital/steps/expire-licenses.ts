import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DIGITAL_MODULE } from "../../../modules/digital"
import type DigitalModuleService from "../../../modules/digital/service"

/** Marks the licenses past their end as expired; undone by making them active again. */
export const expireLicensesStep = createStep(
  "expire-licenses",
  async (input: { now: string }, { container }) => {
    const digital: DigitalModuleService = container.resolve(DIGITAL_MODULE)
    const ids = await digital.expireLicenses(new Date(input.now))
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const digital: DigitalModuleService = container.resolve(DIGITAL_MODULE)
    await digital.unexpireLicenses(ids)
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DIGITAL_MODULE } from "../../../modules/digital"
import type DigitalModuleService from "../../../modules/digital/service"

/** Claims the licenses whose owners are to be warned of their end; undone by releasing the claims. */
export const claimExpiryWarningsStep = createStep(
  "claim-expiry-warnings",
  async (input: { now: string }, { container }) => {
    const digital: DigitalModuleService = container.resolve(DIGITAL_MODULE)
    const claimed = await digital.claimExpiryWarnings(new Date(input.now))
    return new StepResponse(claimed, claimed.map((license) => license.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const digital: DigitalModuleService = container.resolve(DIGITAL_MODULE)
    await digital.releaseExpiryWarnings(ids)
  }
)

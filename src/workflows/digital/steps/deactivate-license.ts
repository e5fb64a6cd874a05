import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DIGITAL_MODULE } from "../../../modules/digital"
import type DigitalModuleService from "../../../modules/digital/service"

export type DeactivateLicenseStepInput = { key: string; fingerprint: string }

/** Releases a device of a license; undone by putting the activation back. */
export const deactivateLicenseStep = createStep(
  "deactivate-license",
  async (input: DeactivateLicenseStepInput, { container }) => {
    const digital: DigitalModuleService = container.resolve(DIGITAL_MODULE)
    const released = await digital.deactivateLicense({ ...input, now: new Date(Date.now()) })
    return new StepResponse(released, released?.activation_id ?? null)
  },
  async (activationId, { container }) => {
    if (!activationId) return
    const digital: DigitalModuleService = container.resolve(DIGITAL_MODULE)
    await digital.reactivateActivation(activationId)
  }
)

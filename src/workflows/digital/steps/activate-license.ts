import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DIGITAL_MODULE } from "../../../modules/digital"
import type DigitalModuleService from "../../../modules/digital/service"

export type ActivateLicenseStepInput = { key: string; fingerprint: string; name?: string | null; platform?: string | null; ip?: string | null }

/** Activates a license on a device (within its limit, counted under a row lock); undone by removing a new activation. */
export const activateLicenseStep = createStep(
  "activate-license",
  async (input: ActivateLicenseStepInput, { container }) => {
    const digital: DigitalModuleService = container.resolve(DIGITAL_MODULE)
    const result = await digital.activateLicense({ ...input, now: new Date(Date.now()) })
    return new StepResponse(result, result.created ? result.activation.id : null)
  },
  async (activationId, { container }) => {
    if (!activationId) return
    const digital: DigitalModuleService = container.resolve(DIGITAL_MODULE)
    await digital.removeActivation(activationId)
  }
)

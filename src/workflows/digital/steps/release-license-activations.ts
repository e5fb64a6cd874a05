import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DIGITAL_MODULE } from "../../../modules/digital"
import type DigitalModuleService from "../../../modules/digital/service"

export const releaseLicenseActivationsStepId = "release-license-activations"

export type ReleaseLicenseActivationsStepInput = { license_id: string }

/** Releases every device a license is active on; answers the activations released. Compensation puts them back. */
export const releaseLicenseActivationsStep = createStep(
  releaseLicenseActivationsStepId,
  async (input: ReleaseLicenseActivationsStepInput, { container }) => {
    const digital: DigitalModuleService = container.resolve(DIGITAL_MODULE)
    const released = await digital.releaseLicenseActivations({ license_id: input.license_id, now: new Date(Date.now()) })
    return new StepResponse(released, released)
  },
  async (released, { container }) => {
    if (!released?.length) return
    const digital: DigitalModuleService = container.resolve(DIGITAL_MODULE)
    await digital.reactivateActivations(released)
  }
)

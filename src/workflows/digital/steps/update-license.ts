import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DIGITAL_MODULE } from "../../../modules/digital"
import type DigitalModuleService from "../../../modules/digital/service"

export const updateLicenseStepId = "update-license"

/** `max_activations_override`: this license's own device limit, or null for its policy's. */
export type UpdateLicenseStepInput = { id: string; max_activations_override?: number | null }

/** Updates a license's merchant settings (its device limit); compensation writes the previous value back. */
export const updateLicenseStep = createStep(
  updateLicenseStepId,
  async (input: UpdateLicenseStepInput, { container }) => {
    const digital: DigitalModuleService = container.resolve(DIGITAL_MODULE)
    if (input.max_activations_override === undefined) return new StepResponse({ id: input.id }, null)
    const previous = await digital.retrieveLicense(input.id, { select: ["id", "max_activations_override"] })
    await digital.updateLicenses({ id: input.id, max_activations_override: input.max_activations_override })
    return new StepResponse({ id: input.id }, { id: previous.id, max_activations_override: previous.max_activations_override ?? null })
  },
  async (previous, { container }) => {
    if (!previous) return
    const digital: DigitalModuleService = container.resolve(DIGITAL_MODULE)
    await digital.updateLicenses(previous)
  }
)

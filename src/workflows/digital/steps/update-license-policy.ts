import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DIGITAL_MODULE } from "../../../modules/digital"
import type DigitalModuleService from "../../../modules/digital/service"

export const updateLicensePolicyStepId = "update-license-policy"

export type UpdateLicensePolicyStepInput = {
  id: string
  max_activations?: number
  duration_days?: number | null
  transferable?: boolean
  key_prefix?: string
  suspend_on_refund?: boolean
}

type PolicyUpdate = Parameters<DigitalModuleService["updateLicensePolicies"]>[0] & { id: string }

/** Updates the given fields of a policy; compensation writes the previous values back. */
export const updateLicensePolicyStep = createStep(
  updateLicensePolicyStepId,
  async (input: UpdateLicensePolicyStepInput, { container }) => {
    const digital: DigitalModuleService = container.resolve(DIGITAL_MODULE)
    const changed = Object.fromEntries(Object.entries(input).filter(([key, value]) => key !== "id" && value !== undefined))
    if (!Object.keys(changed).length) return new StepResponse({ id: input.id }, null)
    const previous = await digital.retrieveLicensePolicy(input.id, { select: ["id", ...Object.keys(changed)] })
    await digital.updateLicensePolicies({ id: input.id, ...changed } as PolicyUpdate)
    return new StepResponse({ id: input.id }, previous as unknown as PolicyUpdate)
  },
  async (previous, { container }) => {
    if (!previous) return
    const digital: DigitalModuleService = container.resolve(DIGITAL_MODULE)
    await digital.updateLicensePolicies(previous)
  }
)

import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DIGITAL_MODULE } from "../../../modules/digital"
import type DigitalModuleService from "../../../modules/digital/service"

export const createLicensePolicyStepId = "create-license-policy"

export type CreateLicensePolicyStepInput = {
  variant_id: string
  product_id: string
  max_activations: number
  duration_days: number | null
  transferable: boolean
  key_prefix: string
  suspend_on_refund: boolean
}

/** Creates a variant's license policy (422 when it already has one, decided by the database); compensation deletes it. */
export const createLicensePolicyStep = createStep(
  createLicensePolicyStepId,
  async (input: CreateLicensePolicyStepInput, { container }) => {
    const digital: DigitalModuleService = container.resolve(DIGITAL_MODULE)
    const created = await digital.createLicensePolicyOnce(input)
    if (!created) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `Product variant ${input.variant_id} already has a license policy: update it instead`,
        "LICENSE_POLICY_EXISTS"
      )
    }
    return new StepResponse(created, created.id)
  },
  async (policyId, { container }) => {
    if (!policyId) return
    const digital: DigitalModuleService = container.resolve(DIGITAL_MODULE)
    await digital.deleteLicensePolicies(policyId)
  }
)

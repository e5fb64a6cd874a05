import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DIGITAL_MODULE } from "../../../modules/digital"
import type DigitalModuleService from "../../../modules/digital/service"

export const deleteLicensePoliciesStepId = "delete-license-policies"

/**
 * Soft-deletes policies: new orders of their variants issue no license, while licenses already
 * issued keep validating with the deleted policy's limit. Compensation restores them.
 */
export const deleteLicensePoliciesStep = createStep(
  deleteLicensePoliciesStepId,
  async (ids: string[], { container }) => {
    const digital: DigitalModuleService = container.resolve(DIGITAL_MODULE)
    await digital.softDeleteLicensePolicies(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const digital: DigitalModuleService = container.resolve(DIGITAL_MODULE)
    await digital.restoreLicensePolicies(ids)
  }
)

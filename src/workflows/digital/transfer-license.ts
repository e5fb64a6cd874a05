import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { DigitalEvents } from "../../modules/digital/events"
import { transferLicenseStep } from "./steps/transfer-license"
import { validateLicenseTransferStep, type ValidateLicenseTransferStepInput } from "./steps/validate-license-transfer"

/** `customer_id`: the owner asking; `email`: the address the license goes to. */
export type TransferLicenseWorkflowInput = ValidateLicenseTransferStepInput

/**
 * A customer gives their license to another address (when its policy allows it): the license
 * goes to that address and to its account if it has one. One transfer of a license at a time
 * (Medusa's locking module), so two at once cannot both pass the owner check.
 */
export const transferLicenseWorkflow = createWorkflow("transfer-license", (input: WorkflowData<TransferLicenseWorkflowInput>) => {
  const lockKey = transform({ input }, ({ input }) => `license-transfer:${input.license_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 30 })
  const plan = validateLicenseTransferStep(input)
  transferLicenseStep(transform({ plan }, ({ plan }) => ({ id: plan.id, to_email: plan.to_email, to_customer_id: plan.to_customer_id })))
  emitEventStep({
    eventName: DigitalEvents.LICENSE_TRANSFERRED,
    data: transform({ plan }, ({ plan }) => ({ id: plan.id, from_email: plan.from_email, to_email: plan.to_email })),
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(plan)
})

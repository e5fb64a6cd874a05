import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { DigitalEvents } from "../../modules/digital/events"
import { activateLicenseStep, type ActivateLicenseStepInput } from "./steps/activate-license"

export type ActivateLicenseWorkflowInput = ActivateLicenseStepInput

/** Activates a license on a device (`POST /licenses/activate`); a device already active is answered as it is. */
export const activateLicenseWorkflow = createWorkflow("activate-license", (input: WorkflowData<ActivateLicenseWorkflowInput>) => {
  const result = activateLicenseStep(input)
  when({ result }, ({ result }) => result.created).then(() => {
    const data = transform({ result }, ({ result }) => ({ id: result.license.id, activation_id: result.activation.id }))
    emitEventStep({ eventName: DigitalEvents.LICENSE_ACTIVATED, data })
  })
  return new WorkflowResponse(result)
})

import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { DigitalEvents } from "../../modules/digital/events"
import { deactivateLicenseStep, type DeactivateLicenseStepInput } from "./steps/deactivate-license"

export type DeactivateLicenseWorkflowInput = DeactivateLicenseStepInput

/** Releases a device of a license (`POST /licenses/deactivate`); answers null when it was not active. */
export const deactivateLicenseWorkflow = createWorkflow("deactivate-license", (input: WorkflowData<DeactivateLicenseWorkflowInput>) => {
  const released = deactivateLicenseStep(input)
  when({ released }, ({ released }) => !!released).then(() => {
    const data = transform({ released }, ({ released }) => ({ id: released!.license_id, activation_id: released!.activation_id }))
    emitEventStep({ eventName: DigitalEvents.LICENSE_DEACTIVATED, data })
  })
  return new WorkflowResponse(released)
})

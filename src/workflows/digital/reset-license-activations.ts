import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { DigitalEvents } from "../../modules/digital/events"
import { releaseLicenseActivationsStep } from "./steps/release-license-activations"

export type ResetLicenseActivationsWorkflowInput = { id: string }

/** Frees every device of a license (a customer who changed computers); emits `digital.license.deactivated` per device released. */
export const resetLicenseActivationsWorkflow = createWorkflow("reset-license-activations", (input: WorkflowData<ResetLicenseActivationsWorkflowInput>) => {
  const released = releaseLicenseActivationsStep(transform({ input }, ({ input }) => ({ license_id: input.id })))
  when({ released }, ({ released }) => released.length > 0).then(() => {
    const data = transform({ input, released }, ({ input, released }) => released.map((activation_id) => ({ id: input.id, activation_id })))
    emitEventStep({ eventName: DigitalEvents.LICENSE_DEACTIVATED, data })
  })
  return new WorkflowResponse(released)
})

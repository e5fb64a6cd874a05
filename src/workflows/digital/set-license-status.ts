import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { DigitalEvents } from "../../modules/digital/events"
import { setLicenseStatusStep, type SetLicenseStatusStepInput } from "./steps/set-license-status"

export type SetLicenseStatusWorkflowInput = SetLicenseStatusStepInput

const EVENT_OF = { suspended: DigitalEvents.LICENSE_SUSPENDED, active: DigitalEvents.LICENSE_REINSTATED, revoked: DigitalEvents.LICENSE_REVOKED } as const

/** Suspends, reinstates or revokes licenses (an order canceled, the merchant); emits one event per license changed. */
export const setLicenseStatusWorkflow = createWorkflow("set-license-status", (input: WorkflowData<SetLicenseStatusWorkflowInput>) => {
  const changed = setLicenseStatusStep(input)
  when({ changed }, ({ changed }) => changed.length > 0).then(() => {
    const eventName = transform({ input }, ({ input }) => EVENT_OF[input.status])
    const data = transform({ changed }, ({ changed }) => changed.map((id) => ({ id })))
    emitEventStep({ eventName, data })
  })
  return new WorkflowResponse(changed)
})

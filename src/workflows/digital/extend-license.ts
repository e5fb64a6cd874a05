import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { DigitalEvents } from "../../modules/digital/events"
import { extendLicenseStep, type ExtendLicenseStepInput } from "./steps/extend-license"

export type ExtendLicenseWorkflowInput = ExtendLicenseStepInput

/** Sets when a license ends (null: perpetual); an expired license made valid again emits `digital.license.reinstated`. */
export const extendLicenseWorkflow = createWorkflow("extend-license", (input: WorkflowData<ExtendLicenseWorkflowInput>) => {
  const result = extendLicenseStep(input)
  when({ result }, ({ result }) => result.reinstated).then(() => {
    emitEventStep({ eventName: DigitalEvents.LICENSE_REINSTATED, data: transform({ result }, ({ result }) => ({ id: result.id })) })
  })
  return new WorkflowResponse(result)
})

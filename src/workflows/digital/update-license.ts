import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateLicenseStep, type UpdateLicenseStepInput } from "./steps/update-license"

export type UpdateLicenseWorkflowInput = UpdateLicenseStepInput

/** Gives one license its own device limit, or back its policy's (`max_activations_override: null`). */
export const updateLicenseWorkflow = createWorkflow("update-license", (input: WorkflowData<UpdateLicenseWorkflowInput>) =>
  new WorkflowResponse(updateLicenseStep(input))
)

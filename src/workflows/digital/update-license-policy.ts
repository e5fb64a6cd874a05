import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateLicensePolicyStep, type UpdateLicensePolicyStepInput } from "./steps/update-license-policy"

export type UpdateLicensePolicyWorkflowInput = UpdateLicensePolicyStepInput

/** Changes a policy: its device limit applies at once to its licenses without an override; duration and prefix to licenses issued from now on. */
export const updateLicensePolicyWorkflow = createWorkflow("update-license-policy", (input: WorkflowData<UpdateLicensePolicyWorkflowInput>) =>
  new WorkflowResponse(updateLicensePolicyStep(input))
)

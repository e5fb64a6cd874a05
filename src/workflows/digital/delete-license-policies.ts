import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteLicensePoliciesStep } from "./steps/delete-license-policies"

export type DeleteLicensePoliciesWorkflowInput = { ids: string[] }

/** Stops issuing licenses for the policies' variants; licenses already issued stay valid. */
export const deleteLicensePoliciesWorkflow = createWorkflow("delete-license-policies", (input: WorkflowData<DeleteLicensePoliciesWorkflowInput>) =>
  new WorkflowResponse(deleteLicensePoliciesStep(input.ids))
)

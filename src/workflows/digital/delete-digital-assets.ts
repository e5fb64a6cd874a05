import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteDigitalAssetsStep, type DeleteDigitalAssetsStepInput } from "./steps/delete-digital-assets"
import { promoteLatestDigitalAssetsStep } from "./steps/promote-latest-digital-assets"

export type DeleteDigitalAssetsWorkflowInput = DeleteDigitalAssetsStepInput

/**
 * Deletes asset versions (soft: their download log and stored files stay); a file whose
 * current version goes gets its latest remaining version as current.
 */
export const deleteDigitalAssetsWorkflow = createWorkflow("delete-digital-assets", (input: WorkflowData<DeleteDigitalAssetsWorkflowInput>) => {
  const lostCurrent = deleteDigitalAssetsStep(input)
  promoteLatestDigitalAssetsStep(lostCurrent)
  return new WorkflowResponse(input.ids)
})

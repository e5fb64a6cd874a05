import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createDownloadStep, type CreateDownloadStepInput } from "./steps/create-download"

export type RecordDownloadWorkflowInput = CreateDownloadStepInput

/**
 * Logs a download of an asset by its owner (`GET /downloads/:token`). `digital.download.created`
 * `{ id }` needs no step of its own: the digital module's generated `createDownloads` emits
 * exactly that event (module, entity, action) in the workflow's event group, so emitting it
 * here too would deliver it twice.
 */
export const recordDownloadWorkflow = createWorkflow("record-download", (input: WorkflowData<RecordDownloadWorkflowInput>) => {
  const download = createDownloadStep(input)
  return new WorkflowResponse(download)
})

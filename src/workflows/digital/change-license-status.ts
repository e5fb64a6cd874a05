import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setLicenseStatusWorkflow } from "./set-license-status"
import { validateLicenseStatusChangeStep } from "./steps/validate-license-status-change"

export type ChangeLicenseStatusWorkflowInput = { id: string; status: "active" | "suspended" | "revoked"; reason: string | null }

/**
 * The merchant suspends, reinstates (`active`) or revokes one license: refused for a revoked
 * license (final) or an expired one (extend it); emits the status event when it changed.
 */
export const changeLicenseStatusWorkflow = createWorkflow("change-license-status", (input: WorkflowData<ChangeLicenseStatusWorkflowInput>) => {
  validateLicenseStatusChangeStep(transform({ input }, ({ input }) => ({ id: input.id, status: input.status })))
  const changed = setLicenseStatusWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ ids: [input.id], status: input.status, reason: input.status === "active" ? null : input.reason })),
  })
  return new WorkflowResponse(changed)
})

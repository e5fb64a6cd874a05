import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { rotateWebhookSecretStep, type RotateWebhookSecretStepInput } from "./steps/rotate-webhook-secret"

export type RotateWebhookSecretWorkflowInput = RotateWebhookSecretStepInput

/**
 * Replaces an endpoint's signing secret, the old one still signing during the overlap. One
 * rotation at a time per endpoint (Medusa's locking module): two at once would both keep the
 * same old secret and lose the first new one.
 */
export const rotateWebhookSecretWorkflow = createWorkflow(
  "rotate-webhook-secret",
  (input: WorkflowData<RotateWebhookSecretWorkflowInput>) => {
    const lockKey = transform({ input }, ({ input }) => `webhook-secret:${input.id}`)
    acquireLockStep({ key: lockKey, timeout: 10, ttl: 30 })
    const rotated = rotateWebhookSecretStep(input)
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(rotated)
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadEmailAttachments } from "../../../lib/email/attachments"

export type LoadEmailAttachmentsStepInput = { template: string; data?: Record<string, unknown> | null }

export const loadEmailAttachmentsStepId = "load-email-attachments"

/** The attachments an e-mail of this template carries (an invoice's PDF…), rebuilt from its data. Reads only. */
export const loadEmailAttachmentsStep = createStep(loadEmailAttachmentsStepId, async (input: LoadEmailAttachmentsStepInput, { container }) => {
  return new StepResponse(await loadEmailAttachments(container, input.template, input.data))
})

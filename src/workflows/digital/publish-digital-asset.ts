import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { DigitalEvents } from "../../modules/digital/events"
import { createDigitalAssetStep } from "./steps/create-digital-asset"
import { unsetCurrentDigitalAssetStep } from "./steps/unset-current-digital-asset"
import { validateDigitalAssetStep } from "./steps/validate-digital-asset"

export type PublishDigitalAssetWorkflowInput = {
  variant_id: string
  /** The file's name for buyers; its versions share it. */
  name: string
  version: string
  changelog?: string | null
  /** The file as uploaded: its content in base64, as Medusa's `uploadFilesWorkflow` takes it. */
  file: { filename: string; mime_type: string; content: string }
  size: number
  checksum_sha256: string
}

/**
 * Publishes a new version of a variant's file: stores it as a private file of Medusa's File
 * module, records it as the current version and makes the previous current one an older
 * version, then emits `digital.asset.version_published`. A failure removes the stored file.
 */
export const publishDigitalAssetWorkflow = createWorkflow("publish-digital-asset", (input: WorkflowData<PublishDigitalAssetWorkflowInput>) => {
  const { product_id } = validateDigitalAssetStep(transform({ input }, ({ input }) => ({ variant_id: input.variant_id, name: input.name, version: input.version })))
  const stored = uploadFilesWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      files: [{ filename: input.file.filename, mimeType: input.file.mime_type, content: input.file.content, access: "private" as const }],
    })),
  })
  unsetCurrentDigitalAssetStep(transform({ input }, ({ input }) => ({ variant_id: input.variant_id, name: input.name })))
  const asset = createDigitalAssetStep(
    transform({ input, product_id, stored }, ({ input, product_id, stored }) => ({
      variant_id: input.variant_id,
      product_id,
      name: input.name,
      file_id: stored[0].id,
      mime_type: input.file.mime_type,
      size: input.size,
      checksum_sha256: input.checksum_sha256,
      version: input.version,
      changelog: input.changelog ?? null,
    }))
  )
  emitEventStep({ eventName: DigitalEvents.ASSET_VERSION_PUBLISHED, data: transform({ asset }, ({ asset }) => ({ id: asset.id })) })
  return new WorkflowResponse(asset)
})

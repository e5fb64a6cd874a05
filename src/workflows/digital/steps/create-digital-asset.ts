import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DIGITAL_MODULE } from "../../../modules/digital"
import type DigitalModuleService from "../../../modules/digital/service"

export type CreateDigitalAssetStepInput = {
  variant_id: string
  product_id: string
  name: string
  file_id: string
  mime_type: string
  size: number
  checksum_sha256: string
  version: string
  changelog: string | null
}

export const createDigitalAssetStepId = "create-digital-asset"

/** Records a stored file as the current version of a variant's file; undone by removing the record. */
export const createDigitalAssetStep = createStep(
  createDigitalAssetStepId,
  async (input: CreateDigitalAssetStepInput, { container }) => {
    const digital: DigitalModuleService = container.resolve(DIGITAL_MODULE)
    const asset = await digital.createDigitalAssets({ ...input, is_current: true })
    return new StepResponse({ id: asset.id }, asset.id)
  },
  async (id, { container }) => {
    if (!id) return
    const digital: DigitalModuleService = container.resolve(DIGITAL_MODULE)
    await digital.deleteDigitalAssets(id)
  }
)

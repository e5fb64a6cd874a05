import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DIGITAL_MODULE } from "../../../modules/digital"
import type DigitalModuleService from "../../../modules/digital/service"

export type DeleteDigitalAssetsStepInput = { ids: string[] }

/** The files whose current version was deleted: the next step makes their latest remaining version current. */
export type DeletedCurrentAsset = { variant_id: string; name: string }

export const deleteDigitalAssetsStepId = "delete-digital-assets"

/**
 * Soft-deletes asset versions (their download log and stored files stay); undone by restoring
 * them. Answers the files that lost their current version.
 */
export const deleteDigitalAssetsStep = createStep(
  deleteDigitalAssetsStepId,
  async (input: DeleteDigitalAssetsStepInput, { container }) => {
    const digital: DigitalModuleService = container.resolve(DIGITAL_MODULE)
    const assets = await digital.listDigitalAssets({ id: input.ids }, { select: ["id", "variant_id", "name", "is_current"] })
    if (!assets.length) return new StepResponse([] as DeletedCurrentAsset[], [] as string[])
    await digital.softDeleteDigitalAssets(assets.map((asset) => asset.id))
    const lostCurrent = assets.filter((asset) => asset.is_current).map((asset) => ({ variant_id: asset.variant_id, name: asset.name }))
    return new StepResponse(lostCurrent, assets.map((asset) => asset.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const digital: DigitalModuleService = container.resolve(DIGITAL_MODULE)
    await digital.restoreDigitalAssets(ids)
  }
)

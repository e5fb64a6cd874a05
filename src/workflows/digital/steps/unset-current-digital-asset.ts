import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DIGITAL_MODULE } from "../../../modules/digital"
import type DigitalModuleService from "../../../modules/digital/service"

export type UnsetCurrentDigitalAssetStepInput = { variant_id: string; name: string }

export const unsetCurrentDigitalAssetStepId = "unset-current-digital-asset"

/** Makes the current version of a variant's file an older one (a new version follows); undone by making it current again. */
export const unsetCurrentDigitalAssetStep = createStep(
  unsetCurrentDigitalAssetStepId,
  async (input: UnsetCurrentDigitalAssetStepInput, { container }) => {
    const digital: DigitalModuleService = container.resolve(DIGITAL_MODULE)
    const current = await digital.listDigitalAssets({ variant_id: input.variant_id, name: input.name, is_current: true }, { select: ["id"] })
    if (!current.length) return new StepResponse(null, null)
    await digital.updateDigitalAssets(current.map((asset) => ({ id: asset.id, is_current: false })))
    return new StepResponse(current[0].id, current.map((asset) => asset.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const digital: DigitalModuleService = container.resolve(DIGITAL_MODULE)
    await digital.updateDigitalAssets(ids.map((id) => ({ id, is_current: true })))
  }
)

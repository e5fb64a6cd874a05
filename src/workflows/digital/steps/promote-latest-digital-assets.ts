import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DIGITAL_MODULE } from "../../../modules/digital"
import type DigitalModuleService from "../../../modules/digital/service"
import type { DeletedCurrentAsset } from "./delete-digital-assets"

export const promoteLatestDigitalAssetsStepId = "promote-latest-digital-assets"

/** Makes the newest remaining version of each given file current; undone by making them older versions again. */
export const promoteLatestDigitalAssetsStep = createStep(
  promoteLatestDigitalAssetsStepId,
  async (files: DeletedCurrentAsset[], { container }) => {
    const digital: DigitalModuleService = container.resolve(DIGITAL_MODULE)
    const promoted: string[] = []
    for (const file of files) {
      const [latest] = await digital.listDigitalAssets(
        { variant_id: file.variant_id, name: file.name },
        { select: ["id"], order: { created_at: "DESC", id: "DESC" }, take: 1 }
      )
      if (!latest) continue
      await digital.updateDigitalAssets({ id: latest.id, is_current: true })
      promoted.push(latest.id)
    }
    return new StepResponse(promoted, promoted)
  },
  async (promoted, { container }) => {
    if (!promoted?.length) return
    const digital: DigitalModuleService = container.resolve(DIGITAL_MODULE)
    await digital.updateDigitalAssets(promoted.map((id) => ({ id, is_current: false })))
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DIGITAL_MODULE } from "../../../modules/digital"
import type DigitalModuleService from "../../../modules/digital/service"

export type CreateDownloadStepInput = {
  asset_id: string
  order_id: string
  customer_id: string | null
  email: string
  ip: string | null
  bytes: number
}

export const createDownloadStepId = "create-download"

/** Logs one download of an asset by its owner; undone by removing the log line. */
export const createDownloadStep = createStep(
  createDownloadStepId,
  async (input: CreateDownloadStepInput, { container }) => {
    const digital: DigitalModuleService = container.resolve(DIGITAL_MODULE)
    const download = await digital.createDownloads(input)
    return new StepResponse({ id: download.id }, download.id)
  },
  async (id, { container }) => {
    if (!id) return
    const digital: DigitalModuleService = container.resolve(DIGITAL_MODULE)
    await digital.deleteDownloads(id)
  }
)

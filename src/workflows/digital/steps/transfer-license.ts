import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DIGITAL_MODULE } from "../../../modules/digital"
import type DigitalModuleService from "../../../modules/digital/service"

export type TransferLicenseStepInput = { id: string; to_email: string; to_customer_id: string | null }

type PreviousOwner = { id: string; email: string; customer_id: string | null }

export const transferLicenseStepId = "transfer-license"

/** Gives a license to a new owner (address and account); undone by giving it back to the previous one. */
export const transferLicenseStep = createStep(
  transferLicenseStepId,
  async (input: TransferLicenseStepInput, { container }) => {
    const digital: DigitalModuleService = container.resolve(DIGITAL_MODULE)
    const [before] = await digital.listLicenses({ id: input.id }, { select: ["id", "email", "customer_id"] })
    await digital.updateLicenses({ id: input.id, email: input.to_email, customer_id: input.to_customer_id })
    const previous: PreviousOwner = { id: before.id, email: before.email, customer_id: before.customer_id ?? null }
    return new StepResponse({ id: input.id }, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const digital: DigitalModuleService = container.resolve(DIGITAL_MODULE)
    await digital.updateLicenses({ id: previous.id, email: previous.email, customer_id: previous.customer_id })
  }
)

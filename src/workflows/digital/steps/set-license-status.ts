import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DIGITAL_MODULE } from "../../../modules/digital"
import type DigitalModuleService from "../../../modules/digital/service"

export type SetLicenseStatusStepInput = {
  ids?: string[]
  order_id?: string
  status: "active" | "suspended" | "revoked"
  reason: string | null
  /** Only licenses whose policy suspends on refund (a refunded payment). */
  only_suspend_on_refund?: boolean
}

/** Suspends, reinstates or revokes licenses (given ones, or an order's); undone by restoring their statuses. */
export const setLicenseStatusStep = createStep(
  "set-license-status",
  async (input: SetLicenseStatusStepInput, { container }) => {
    const digital: DigitalModuleService = container.resolve(DIGITAL_MODULE)
    const previous = await digital.setLicenseStatus(input)
    return new StepResponse(previous.map((row) => row.id), previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const digital: DigitalModuleService = container.resolve(DIGITAL_MODULE)
    await digital.restoreLicenseStatuses(previous)
  }
)

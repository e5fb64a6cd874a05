import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DIGITAL_MODULE } from "../../../modules/digital"
import type DigitalModuleService from "../../../modules/digital/service"

export const extendLicenseStepId = "extend-license"

/** `expires_at`: an ISO instant, or null for a perpetual license. */
export type ExtendLicenseStepInput = { id: string; expires_at: string | null }

const isValidAt = (license: { status: string; expires_at: Date | string | null }, now: Date) =>
  license.status === "active" && (license.expires_at === null || new Date(license.expires_at) > now)

/**
 * Sets a license's end (an expired license given a future end becomes active again); answers
 * whether it went from expired to valid. Compensation puts the previous end and status back.
 */
export const extendLicenseStep = createStep(
  extendLicenseStepId,
  async (input: ExtendLicenseStepInput, { container }) => {
    const digital: DigitalModuleService = container.resolve(DIGITAL_MODULE)
    const now = new Date(Date.now())
    const expiresAt = input.expires_at === null ? null : new Date(input.expires_at)
    const result = await digital.extendLicense({ id: input.id, expires_at: expiresAt, now })
    if (!result) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `License ${input.id} was not found`)
    }
    const { previous, status } = result
    const wasExpired = previous.status === "expired" || (previous.status === "active" && !isValidAt(previous, now))
    const reinstated = wasExpired && isValidAt({ status, expires_at: expiresAt }, now)
    return new StepResponse({ id: input.id, reinstated }, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const digital: DigitalModuleService = container.resolve(DIGITAL_MODULE)
    await digital.updateLicenses({
      id: previous.id,
      status: previous.status as "active" | "suspended" | "revoked" | "expired",
      status_reason: previous.status_reason,
      expires_at: previous.expires_at,
      expiry_warned_at: previous.expiry_warned_at,
    })
  }
)

import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { DIGITAL_MODULE } from "../../../modules/digital"
import type DigitalModuleService from "../../../modules/digital/service"

export const validateLicenseStatusChangeStepId = "validate-license-status-change"

export type ValidateLicenseStatusChangeStepInput = { id: string; status: "active" | "suspended" | "revoked" }

/**
 * Fails with a 404 for an unknown license, and a 400 naming it when the change is not allowed:
 * a revoked license stays revoked, an expired one is made valid by extending it. Changes nothing.
 */
export const validateLicenseStatusChangeStep = createStep(validateLicenseStatusChangeStepId, async (input: ValidateLicenseStatusChangeStepInput, { container }) => {
  const digital: DigitalModuleService = container.resolve(DIGITAL_MODULE)
  const [license] = await digital.listLicenses({ id: input.id }, { select: ["id", "key", "status"] })
  if (!license) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `License ${input.id} was not found`)
  }
  if (license.status === "revoked" && input.status !== "revoked") {
    const action = input.status === "active" ? "reinstated" : "suspended"
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `License ${license.key} was revoked: a revoked license cannot be ${action}`, "LICENSE_REVOKED")
  }
  if (license.status === "expired") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `License ${license.key} has expired: extend it before changing its status`, "LICENSE_EXPIRED")
  }
})

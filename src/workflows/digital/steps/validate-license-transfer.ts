import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ValidateLicenseTransferStepInput = { license_id: string; customer_id: string; email: string }

/** What a transfer will change: the license, its owner now and the one it goes to. */
export type LicenseTransferPlan = {
  id: string
  from_email: string
  to_email: string
  /** The account with the new address, or null: the license waits for that address as a guest's would. */
  to_customer_id: string | null
}

export const validateLicenseTransferStepId = "validate-license-transfer"

/**
 * Checks that a customer may give their license to another address: it is theirs (else a 404,
 * as for any license not theirs), its policy allows transfers, it is active and the address is
 * a new one. Finds the account the address belongs to, if any.
 */
export const validateLicenseTransferStep = createStep(validateLicenseTransferStepId, async (input: ValidateLicenseTransferStepInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [license] } = await query.graph({
    entity: "license",
    fields: ["id", "key", "status", "expires_at", "email", "customer_id", "policy_id"],
    filters: { id: input.license_id },
  })
  if (!license || license.customer_id !== input.customer_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `License ${input.license_id} was not found`)
  }
  const { data: [policy] } = await query.graph({ entity: "license_policy", fields: ["id", "transferable"], filters: { id: license.policy_id } })
  if (!policy?.transferable) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This license cannot be transferred", "NOT_TRANSFERABLE")
  }
  // Date.now(): the clock a test can move.
  const status = license.status === "active" && license.expires_at && new Date(license.expires_at).getTime() <= Date.now() ? "expired" : license.status
  if (status !== "active") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `License ${license.key} is ${status}: only an active license can be transferred`, "NOT_ACTIVE")
  }
  const toEmail = input.email.trim().toLowerCase()
  if (toEmail === String(license.email).toLowerCase()) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `License ${license.key} already belongs to ${toEmail}`)
  }
  // Medusa keeps a customer's address as typed: match it whatever its case (ILIKE, wildcards escaped).
  const pattern = toEmail.replace(/[\\%_]/g, (char) => `\\${char}`)
  const { data: accounts } = await query.graph({ entity: "customer", fields: ["id"], filters: { email: { $ilike: pattern }, has_account: true } })
  const plan: LicenseTransferPlan = { id: license.id, from_email: license.email, to_email: toEmail, to_customer_id: accounts[0]?.id ?? null }
  return new StepResponse(plan)
})

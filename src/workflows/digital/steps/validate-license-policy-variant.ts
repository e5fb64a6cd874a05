import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

export const validateLicensePolicyVariantStepId = "validate-license-policy-variant"

export type ValidateLicensePolicyVariantStepInput = { variant_id: string; variants: { id: string; product_id?: string | null }[] }

/** Fails with a 404 naming the variant when it does not exist; changes nothing. */
export const validateLicensePolicyVariantStep = createStep(validateLicensePolicyVariantStepId, async (input: ValidateLicensePolicyVariantStepInput) => {
  if (!input.variants.some((variant) => variant.id === input.variant_id && variant.product_id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product variant ${input.variant_id} was not found`)
  }
})

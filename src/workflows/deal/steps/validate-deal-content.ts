import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import type { DealContentInput } from "../../../modules/deal/types"

export const validateDealContentStepId = "validate-deal-content"

type Bounds = Pick<DealContentInput, "starts_at" | "ends_at" | "min_quantity" | "max_quantity">

/**
 * Checks the rules that span several fields on the deal as it will be once saved
 * (the current values overlaid with the update). Throws INVALID_DATA; changes nothing.
 */
export const validateDealContentStep = createStep(
  validateDealContentStepId,
  async (input: { current?: Bounds; update: Bounds }) => {
    const merged = { ...input.current, ...input.update }
    const minQuantity = merged.min_quantity ?? 1
    if (merged.max_quantity != null && merged.max_quantity < minQuantity) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `max_quantity (${merged.max_quantity}) must be at least min_quantity (${minQuantity})`
      )
    }
    if (merged.starts_at && merged.ends_at && new Date(merged.ends_at) <= new Date(merged.starts_at)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "ends_at must be after starts_at")
    }
  }
)

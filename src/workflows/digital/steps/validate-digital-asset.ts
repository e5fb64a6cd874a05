import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DIGITAL_MODULE } from "../../../modules/digital"
import type DigitalModuleService from "../../../modules/digital/service"

export type ValidateDigitalAssetStepInput = { variant_id: string; name: string; version: string }

export const validateDigitalAssetStepId = "validate-digital-asset"

/**
 * Checks, before any file is stored, that the variant exists and that this version of the
 * file is new; answers the variant's product. (The unique index on variant, name and version
 * still decides between two uploads at the same time.)
 */
export const validateDigitalAssetStep = createStep(validateDigitalAssetStepId, async (input: ValidateDigitalAssetStepInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [variant] } = await query.graph({ entity: "product_variant", fields: ["id", "product_id"], filters: { id: input.variant_id } })
  if (!variant?.product_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant ${input.variant_id} was not found`)
  }
  const digital: DigitalModuleService = container.resolve(DIGITAL_MODULE)
  const [existing] = await digital.listDigitalAssets({ variant_id: input.variant_id, name: input.name, version: input.version }, { select: ["id"], take: 1 })
  if (existing) {
    throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `Version ${input.version} of ${input.name} already exists for variant ${input.variant_id}`)
  }
  return new StepResponse({ product_id: variant.product_id as string })
})

import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createLicensePolicyStep } from "./steps/create-license-policy"
import { validateLicensePolicyVariantStep } from "./steps/validate-license-policy-variant"

export type CreateLicensePolicyWorkflowInput = {
  variant_id: string
  max_activations: number
  duration_days: number | null
  transferable: boolean
  key_prefix: string
  suspend_on_refund: boolean
}

/** Makes a variant delivered with license keys: 404 for an unknown variant, 422 when it already has a policy. Answers its id. */
export const createLicensePolicyWorkflow = createWorkflow("create-license-policy", (input: WorkflowData<CreateLicensePolicyWorkflowInput>) => {
  const { data: variants } = useQueryGraphStep({
    entity: "product_variant",
    fields: ["id", "product_id"],
    filters: { id: input.variant_id },
  })
  validateLicensePolicyVariantStep(transform({ input, variants }, ({ input, variants }) => ({ variant_id: input.variant_id, variants })))
  const policy = transform({ input, variants }, ({ input, variants }) => ({
    ...input,
    product_id: (variants as { id: string; product_id: string }[]).find((variant) => variant.id === input.variant_id)!.product_id,
  }))
  return new WorkflowResponse(createLicensePolicyStep(policy))
})

export const LICENSE_POLICY_FIELDS = [
  "id", "variant_id", "product_id", "max_activations", "duration_days", "transferable", "key_prefix", "suspend_on_refund", "created_at", "updated_at",
]

// Only these fields may be read; `fields` is not a parameter of these routes.
export const retrieveLicensePolicyQueryConfig = { defaults: LICENSE_POLICY_FIELDS, allowed: LICENSE_POLICY_FIELDS, isList: false }

export const listLicensePoliciesQueryConfig = { defaults: LICENSE_POLICY_FIELDS, allowed: LICENSE_POLICY_FIELDS, isList: true, defaultLimit: 50 }

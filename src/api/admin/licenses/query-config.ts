/** A license's stored fields the admin reads. */
export const LICENSE_FIELDS = [
  "id", "key", "status", "status_reason", "expires_at", "policy_id", "product_id", "variant_id", "order_id",
  "customer_id", "email", "max_activations_override", "created_at", "updated_at",
]

export const LICENSE_ACTIVATION_FIELDS = ["id", "fingerprint", "name", "platform", "ip", "created_at", "last_validated_at", "deactivated_at"]

// Only these fields may be read; `fields` is not a parameter of these routes.
export const retrieveLicenseQueryConfig = { defaults: LICENSE_FIELDS, allowed: LICENSE_FIELDS, isList: false }

export const listLicensesQueryConfig = { defaults: LICENSE_FIELDS, allowed: LICENSE_FIELDS, isList: true, defaultLimit: 20 }

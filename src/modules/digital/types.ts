/** An order line to license: `quantity` licenses for its variant, if the variant has a policy. */
export type OrderItemToLicense = { id: string; variant_id: string; quantity: number }

export type IssuedLicense = { id: string; key: string; order_id: string; variant_id: string }

/** A license with what its checks need (one SQL row). */
export type LicenseFacts = {
  id: string
  key: string
  status: string
  expires_at: Date | string | null
  product_id: string
  variant_id: string
  customer_id: string | null
  email: string
  order_id: string
  max_activations: number
  active_activations: number
  activation_id: string | null
}

export type ActivationRow = {
  id: string
  license_id: string
  fingerprint: string
  name: string | null
  platform: string | null
  ip: string | null
  last_validated_at: Date | null
  deactivated_at: Date | null
  created_at: Date
}

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/** Who an auth identity is, for an e-mail: its e-mail/password address and the customer's first name and language. */
export type IdentityRecipient = { email: string; first_name: string | null; customer_metadata: unknown }

/**
 * The auth identity's e-mail/password address and, when it is a customer, their first name
 * and metadata; null when the identity has no e-mail/password sign-in or is gone.
 */
export async function identityRecipient(container: MedusaContainer, authIdentityId: string): Promise<IdentityRecipient | null> {
  const auth = container.resolve(Modules.AUTH)
  const [identity] = await auth.listAuthIdentities({ id: [authIdentityId] }, { relations: ["provider_identities"] })
  const email = identity?.provider_identities?.find((provider) => provider.provider === "emailpass")?.entity_id
  if (!email) return null
  const customerId = identity.app_metadata?.customer_id
  if (typeof customerId !== "string") return { email, first_name: null, customer_metadata: null }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [customer] } = await query.graph({ entity: "customer", fields: ["first_name", "metadata"], filters: { id: customerId } })
  return { email, first_name: customer?.first_name ?? null, customer_metadata: customer?.metadata ?? null }
}

import type { MedusaContainer } from "@medusajs/framework/types"
import { markEmailVerified } from "../../src/lib/auth/mark-email-verified"

/** The claims of a Medusa token (not verified: the test made it). */
export const tokenPayload = (token: string) => JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString("utf8"))

type Api = {
  post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: any }>
}

/**
 * A shopper signed up through the real store routes (register, create the customer), whose
 * address is then recorded as verified (the link itself is tested in the account tests),
 * logged in; returns its id and request config carrying its token and the publishable key.
 */
export async function createCustomer(
  api: Api,
  storeHeaders: { headers: Record<string, string> },
  { email, first_name, last_name }: { email: string; first_name?: string; last_name?: string },
  container: MedusaContainer
) {
  const password = "Supersecret-2026"
  const { data: registration } = await api.post("/auth/customer/emailpass/register", { email, password })
  const { data } = await api.post(
    "/store/customers",
    { email, first_name, last_name },
    { headers: { ...storeHeaders.headers, authorization: `Bearer ${registration.token}` } }
  )
  await markEmailVerified(container, tokenPayload(registration.token).auth_identity_id, email)
  const { data: login } = await api.post("/auth/customer/emailpass", { email, password })
  return { id: data.customer.id as string, headers: { headers: { ...storeHeaders.headers, authorization: `Bearer ${login.token}` } } }
}

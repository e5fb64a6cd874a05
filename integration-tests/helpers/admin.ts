import type { MedusaContainer } from "@medusajs/framework/types"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"

type Api = { post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: any }> }

/**
 * Registers an admin through the real auth routes and returns headers carrying its token:
 * register an emailpass identity, create the user for it, log in.
 */
export async function createAdminHeaders(api: Api, container: MedusaContainer, email = "admin@comptoir.test") {
  const password = "supersecret"
  const { data: registration } = await api.post("/auth/user/emailpass/register", { email, password })
  const payload = JSON.parse(Buffer.from(registration.token.split(".")[1], "base64url").toString())
  await createUserAccountWorkflow(container).run({
    input: { authIdentityId: payload.auth_identity_id, userData: { email } },
  })
  const { data: login } = await api.post("/auth/user/emailpass", { email, password })
  return { headers: { authorization: `Bearer ${login.token}` } }
}

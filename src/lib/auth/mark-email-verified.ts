import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { CUSTOMER_EMAIL_VERIFICATION } from "./customer-auth-config"

/**
 * Records an auth identity's e-mail address as verified, as a confirmed link would (the
 * module's request and confirm, without the workflow that e-mails the link): for accounts
 * whose address is known good (the demo seed's customers, test shoppers, an import from a
 * shop that verified them).
 */
export async function markEmailVerified(container: MedusaContainer, authIdentityId: string, email: string) {
  const auth = container.resolve(Modules.AUTH)
  const { code } = await auth.requestAuthVerification({
    auth_identity_id: authIdentityId,
    entity_id: email,
    entity_type: CUSTOMER_EMAIL_VERIFICATION.entity_type,
    code_provider: "token",
  })
  // No code when the address was verified already.
  if (code) await auth.confirmAuthVerification({ code, code_provider: "token" })
}

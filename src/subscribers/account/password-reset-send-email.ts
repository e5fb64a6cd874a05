import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { accountLinkContext, linkDigest, storefrontPageUrl } from "../../lib/storefront/storefront-links"
import { identityRecipient } from "../../lib/account/identity-recipient"
import { emailLocale } from "../../lib/email/locale"
import { sendEmailWorkflow } from "../../workflows/email/send-email"

type PasswordReset = { entity_id: string; actor_type: string; token: string; metadata?: Record<string, unknown> }

// Medusa's reset tokens live 15 minutes (generateResetPasswordTokenWorkflow).
const RESET_LINK_MINUTES = 15

/**
 * Medusa's `auth.password_reset` (emitted only for a known address) becomes the e-mail with
 * the link to choose a new password: the storefront's page for customers, Medusa Admin's
 * for admin users. The link works once (Medusa keeps a hash of each reset token).
 */
export default async function passwordResetSendEmail({ event, container }: SubscriberArgs<PasswordReset>) {
  const { entity_id, actor_type, token, metadata } = event.data
  if (actor_type !== "customer" && actor_type !== "user") return
  const auth = container.resolve(Modules.AUTH)
  const [provider] = await auth.listProviderIdentities({ entity_id, provider: "emailpass" }, { select: ["auth_identity_id"] })
  const authIdentityId = provider?.auth_identity_id
  const recipient = authIdentityId && (await identityRecipient(container, authIdentityId))
  if (!recipient) return
  const context = accountLinkContext({ ...metadata, locale: emailLocale(metadata, recipient.customer_metadata) })
  const url =
    actor_type === "customer"
      ? storefrontPageUrl("/account/reset-password", context, { token })
      : `${(process.env.MEDUSA_BACKEND_URL || "http://localhost:9000").replace(/\/+$/, "")}/app/reset-password?token=${encodeURIComponent(token)}`
  await sendEmailWorkflow(container).run({
    input: {
      template: "password-reset",
      to: recipient.email,
      data: { locale: context.locale, first_name: recipient.first_name, url, expires_in_minutes: RESET_LINK_MINUTES },
      trigger_type: event.name,
      resource_type: "auth_identity",
      resource_id: authIdentityId,
      idempotency_key: `password-reset:${linkDigest(token)}`,
    },
  })
}

export const config: SubscriberConfig = { event: "auth.password_reset", context: { subscriberId: "email-password-reset-link" } }

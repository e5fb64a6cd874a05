import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { accountLinkContext, linkDigest, storefrontPageUrl } from "../../lib/storefront/storefront-links"
import { identityRecipient } from "../../lib/account/identity-recipient"
import { EMAIL_VERIFICATION_TTL_HOURS } from "../../lib/auth/customer-auth-config"
import { emailLocale } from "../../lib/email/locale"
import { sendEmailWorkflow } from "../../workflows/email/send-email"

type VerificationRequested = {
  entity_id: string
  entity_type: string
  auth_identity_id: string
  code?: string
  metadata?: Record<string, unknown>
}

/**
 * Medusa's `auth.verification_requested` (a customer signing up, or asking for a new link)
 * becomes the e-mail with the storefront's verification link. Only to the address the
 * identity signs in with: a token holder cannot make the shop e-mail anyone else.
 */
export default async function verificationRequestedSendEmail({ event, container }: SubscriberArgs<VerificationRequested>) {
  const { entity_id, entity_type, auth_identity_id, code, metadata } = event.data
  if (entity_type !== "email" || !code) return
  const recipient = await identityRecipient(container, auth_identity_id)
  if (recipient?.email !== entity_id) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Verification of ${entity_type} for auth identity ${auth_identity_id}: not its sign-in address, no e-mail sent`)
    return
  }
  const context = accountLinkContext({ ...metadata, locale: emailLocale(metadata, recipient.customer_metadata) })
  await sendEmailWorkflow(container).run({
    input: {
      template: "email-verification",
      to: recipient.email,
      data: {
        locale: context.locale,
        first_name: recipient.first_name,
        url: storefrontPageUrl("/account/verify", context, { code }),
        expires_in_minutes: EMAIL_VERIFICATION_TTL_HOURS * 60,
      },
      trigger_type: event.name,
      resource_type: "auth_identity",
      resource_id: auth_identity_id,
      idempotency_key: `email-verification:${linkDigest(code)}`,
    },
  })
}

export const config: SubscriberConfig = {
  event: "auth.verification_requested",
  context: { subscriberId: "email-verification-link" },
}

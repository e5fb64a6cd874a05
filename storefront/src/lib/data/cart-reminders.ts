"use server"

import type { StoreCartReminderOptOutRequest, StoreCartReminderOptOutResponse } from "@comptoir/http/cart-reminder"
import { sdk } from "@/lib/config"
import { getDictionary } from "@/lib/i18n"
import { isClientError } from "@/lib/util/errors"
import type { AuthFormState } from "./auth"

/** The opt-out link's signature: 64 lowercase hex digits (an HMAC-SHA256 the backend checks). */
const isSignature = (value: string) => /^[0-9a-f]{64}$/.test(value)

const field = (formData: FormData, name: string) => String(formData.get(name) ?? "").trim()

/** "Ne plus recevoir de rappels de panier": the e-mailed link's address and signature, checked by the backend. */
export async function optOutOfCartReminders(_previous: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const { t } = await getDictionary()
  const body: StoreCartReminderOptOutRequest = { email: field(formData, "email"), signature: field(formData, "signature") }
  if (!body.email || !isSignature(body.signature)) return { error: t.cartReminders.optOutInvalid }
  try {
    const { email } = await sdk.client.fetch<StoreCartReminderOptOutResponse>("/store/cart-reminders/opt-out", {
      method: "POST",
      body,
    })
    return { done: true, notice: t.cartReminders.optOutDone(email) }
  } catch (error) {
    // A tampered or foreign link: the backend does not say more, nor do we.
    if (isClientError(error)) return { error: t.cartReminders.optOutInvalid }
    throw error
  }
}

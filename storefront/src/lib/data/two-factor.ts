"use server"

import { redirect } from "next/navigation"
import QRCode from "qrcode"
import { DEFAULT_COUNTRY, sdk } from "@/lib/config"
import { getDictionary } from "@/lib/i18n"
import { isClientError } from "@/lib/util/errors"
import { getAuthHeaders } from "./cookies"

/**
 * Two-factor login settings, on Medusa's MFA routes: enrol an authenticator app (QR code),
 * confirm it with a code, show the 10 recovery codes once, turn it off with a current code.
 */

type Factor = { id: string; provider: string; status: "pending" | "enabled" | "disabled" }

/** Each step of the settings form; the recovery codes exist only in this answer, never stored here. */
export type TwoFactorState =
  | { step: "off" | "on"; error?: string; factorId?: string }
  | { step: "confirm"; factorId: string; secret: string; qr: string; error?: string }
  | { step: "codes"; codes: string[] }

/** The customer's token; a session that expired meanwhile goes back to the sign-in page. */
const signedIn = async () => {
  const auth = await getAuthHeaders()
  if (!auth) redirect(`/${DEFAULT_COUNTRY}/account/login?next=${encodeURIComponent(`/${DEFAULT_COUNTRY}/account/security`)}`)
  return auth
}

/** The customer's authenticator app, if one is on. */
export async function twoFactorStatus(): Promise<TwoFactorState> {
  const { mfa_factors } = await sdk.client.fetch<{ mfa_factors: Factor[] }>("/auth/mfa/factors", { headers: await signedIn(), cache: "no-store" })
  const enabled = mfa_factors.find((factor) => factor.provider === "totp" && factor.status === "enabled")
  return enabled ? { step: "on", factorId: enabled.id } : { step: "off" }
}

/** Starts enrolment: a new secret, as a QR code for the app and as text to type. */
async function startTwoFactor(_previous: TwoFactorState, formData: FormData): Promise<TwoFactorState> {
  const auth = await signedIn()
  const label = String(formData.get("label") ?? "")
  const { mfa_factors } = await sdk.client.fetch<{ mfa_factors: Factor[] }>("/auth/mfa/factors", { headers: auth, cache: "no-store" })
  // An enrolment left unconfirmed blocks a new one: drop it (only enabled factors need a code).
  for (const pending of mfa_factors.filter((factor) => factor.status === "pending")) {
    await sdk.client.fetch(`/auth/mfa/factors/${pending.id}`, { method: "DELETE", headers: auth, body: {} })
  }
  const enrolment = await sdk.client.fetch<{ mfa_factor: Factor; secret: string; otpauth_url: string }>("/auth/mfa/factors", {
    method: "POST",
    headers: auth,
    body: { provider: "totp", label },
  })
  const qr = await QRCode.toDataURL(enrolment.otpauth_url, { margin: 1, width: 220 })
  return { step: "confirm", factorId: enrolment.mfa_factor.id, secret: enrolment.secret, qr }
}

/** Confirms the app with its first code, then generates the recovery codes (shown once). */
async function confirmTwoFactor(previous: TwoFactorState, formData: FormData): Promise<TwoFactorState> {
  if (previous?.step !== "confirm") return previous
  const { t } = await getDictionary()
  const auth = await signedIn()
  try {
    await sdk.client.fetch(`/auth/mfa/factors/${previous.factorId}/verify`, {
      method: "POST",
      headers: auth,
      body: { code: String(formData.get("code") ?? "").replace(/\s+/g, "") },
    })
  } catch (error) {
    if (!isClientError(error)) throw error
    return { ...previous, error: error.status === 429 ? t.account.tooManyAttempts(15) : t.account.twoFactorWrongCode }
  }
  const { recovery_codes } = await sdk.client.fetch<{ recovery_codes: string[] }>("/auth/mfa/recovery-codes", { method: "POST", headers: auth, body: {} })
  return { step: "codes", codes: recovery_codes }
}

/** Turns two-factor off: needs a current code from the app, or an unused recovery code. */
async function disableTwoFactor(previous: TwoFactorState, formData: FormData): Promise<TwoFactorState> {
  if (previous?.step !== "on" || !previous.factorId) return previous
  const { t } = await getDictionary()
  const method = formData.get("method") === "recovery_code" ? "recovery_code" : "totp"
  try {
    await sdk.client.fetch(`/auth/mfa/factors/${previous.factorId}`, {
      method: "DELETE",
      headers: await signedIn(),
      body: { method, code: String(formData.get("code") ?? "").replace(/\s+/g, "") },
    })
  } catch (error) {
    if (!isClientError(error)) throw error
    return { ...previous, error: error.status === 429 ? t.account.tooManyAttempts(15) : t.account.twoFactorWrongCode }
  }
  return { step: "off" }
}

/** The settings form's one action: `intent` says which step the customer took. */
export async function updateTwoFactor(previous: TwoFactorState, formData: FormData): Promise<TwoFactorState> {
  const intent = formData.get("intent")
  if (intent === "start") return startTwoFactor(previous, formData)
  if (intent === "confirm") return confirmTwoFactor(previous, formData)
  if (intent === "disable") return disableTwoFactor(previous, formData)
  return previous
}

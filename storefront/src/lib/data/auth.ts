"use server"

import { cookies, headers } from "next/headers"
import { redirect } from "next/navigation"
import { sdk } from "@/lib/config"
import { getDictionary, getLocale } from "@/lib/i18n"
import { isClientError } from "@/lib/util/errors"
import { getCartId, setAuthToken } from "./cookies"
import { consumeFormAttempt, consumeSignInAttempt, resetSignInAttempts } from "./sign-in-limits"

/**
 * Sign-up, sign-in (with e-mail verification and two-factor steps), address verification and
 * password reset, on Medusa's auth routes. The backend decides: an unverified address or a
 * pending second factor gets a token that is nobody's session, which the storefront only
 * keeps (httpOnly, 5 minutes) to finish the second factor.
 */

/** What a form shows after its action: a refusal, or a notice; the e-mail typed is kept. */
export type AuthFormState = { error?: string; notice?: string; email?: string; done?: boolean } | null

type LoginResponse = {
  token: string
  verification_required?: boolean
  mfa_required?: boolean
  mfa_challenge?: { id: string; methods: string[] }
}

const PENDING_COOKIE = "_comptoir_mfa"
const PENDING_COOKIE_OPTIONS = {
  path: "/",
  maxAge: 5 * 60,
  httpOnly: true,
  sameSite: "lax",
  secure: process.env.NODE_ENV === "production",
} as const

type PendingSignIn = { token: string; challenge: string; methods: string[]; next: string }

const field = (formData: FormData, name: string) => String(formData.get(name) ?? "").trim()
const bearer = (token: string) => ({ authorization: `Bearer ${token}` })
const countryOf = (formData: FormData) => (/^[a-z]{2}$/.test(field(formData, "countryCode")) ? field(formData, "countryCode") : "fr")

/** Only paths of this site: an open redirect would let a link send a signed-in shopper anywhere. */
const safeNext = (value: string, fallback: string) =>
  value.startsWith("/") && !value.startsWith("//") && !value.includes("\\") ? value : fallback

const clientIp = async () => (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown"

/** What the backend's e-mails need to link back here, in the shopper's language. */
const linkMetadata = async (formData: FormData) => ({ locale: await getLocale(), country_code: countryOf(formData) })

/** Starts the session: keeps the token, gives the visitor's cart to the customer, goes on. */
async function startSession(token: string, next: string): Promise<never> {
  await setAuthToken(token)
  const cartId = await getCartId()
  if (cartId) {
    // The cart becomes the customer's (its e-mail and later order too); a completed or
    // foreign cart is refused by Medusa and simply stays as it was.
    await sdk.store.cart.transferCart(cartId, {}, bearer(token)).catch(() => undefined)
  }
  redirect(next)
}

/** Asks the backend to e-mail a verification link (it sends one only to the account's own address). */
async function requestVerification(token: string, email: string, formData: FormData) {
  await sdk.client
    .fetch("/auth/verification/request", {
      method: "POST",
      headers: bearer(token),
      body: { entity_id: email, entity_type: "email", metadata: await linkMetadata(formData) },
    })
    .catch((error) => {
      // Over the resend limit: the earlier link is still in the mailbox.
      if (!isClientError(error)) throw error
    })
}

export async function signIn(_previous: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const { t } = await getDictionary()
  const email = field(formData, "email")
  const password = String(formData.get("password") ?? "")
  if (!email || !password) return { error: t.account.missingFields, email }
  const wait = await consumeSignInAttempt(email, await clientIp())
  if (wait) return { error: t.account.tooManyAttempts(Math.ceil(wait / 60)), email }

  let login: LoginResponse
  try {
    login = await sdk.client.fetch<LoginResponse>("/auth/customer/emailpass", { method: "POST", body: { email, password } })
  } catch (error) {
    if (isClientError(error)) return { error: error.status === 429 ? t.account.tooManyAttempts(15) : t.account.invalidCredentials, email }
    console.error(error)
    return { error: t.errors.generic, email }
  }
  await resetSignInAttempts(email)
  const next = safeNext(field(formData, "next"), `/${countryOf(formData)}/account`)

  if (login.verification_required) {
    await requestVerification(login.token, email, formData)
    return { notice: t.account.verifyFirst(email), email }
  }
  if (login.mfa_required && login.mfa_challenge) {
    const pending: PendingSignIn = { token: login.token, challenge: login.mfa_challenge.id, methods: login.mfa_challenge.methods, next }
    ;(await cookies()).set(PENDING_COOKIE, JSON.stringify(pending), PENDING_COOKIE_OPTIONS)
    redirect(`/${countryOf(formData)}/account/login/two-factor`)
  }
  return startSession(login.token, next)
}

async function readPending(): Promise<PendingSignIn | null> {
  try {
    return JSON.parse((await cookies()).get(PENDING_COOKIE)?.value ?? "null")
  } catch {
    return null
  }
}

/** True while a sign-in waits for its second factor (the two-factor page shows its form). */
export async function hasPendingSignIn(): Promise<boolean> {
  return (await readPending()) !== null
}

/** The second step of a sign-in with two-factor on: a code from the app, or a recovery code. */
export async function verifyTwoFactor(_previous: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const { t } = await getDictionary()
  const pending = await readPending()
  if (!pending) redirect(`/${countryOf(formData)}/account/login?expired=1`)
  const method = field(formData, "method") === "recovery_code" ? "recovery_code" : "totp"
  const code = field(formData, "code").replace(/\s+/g, "")
  if (!code) return { error: t.account.twoFactorMissing }

  let token: string
  try {
    ;({ token } = await sdk.client.fetch<{ token: string }>(`/auth/mfa/challenges/${encodeURIComponent(pending.challenge)}/verify`, {
      method: "POST",
      headers: bearer(pending.token),
      body: { method, code },
    }))
  } catch (error) {
    if (!isClientError(error)) throw error
    if (error.status === 429) return { error: t.account.tooManyAttempts(15) }
    // An expired challenge, or one that used up its tries: start again from the password.
    if (error.status === 404 || /too many|expired|completed/i.test(error.message)) {
      ;(await cookies()).delete(PENDING_COOKIE)
      redirect(`/${countryOf(formData)}/account/login?expired=1`)
    }
    return { error: method === "totp" ? t.account.twoFactorWrongCode : t.account.twoFactorWrongRecovery }
  }
  ;(await cookies()).delete(PENDING_COOKIE)
  return startSession(token, pending.next)
}

/** Creates the account, then has the backend e-mail the verification link; no session until verified. */
export async function signUp(_previous: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const { t } = await getDictionary()
  const [email, firstName, lastName] = ["email", "first_name", "last_name"].map((name) => field(formData, name))
  const password = String(formData.get("password") ?? "")
  if (!email || !firstName || !lastName || !password) return { error: t.account.missingSignUpFields, email }
  const wait = await consumeFormAttempt("sign-up", await clientIp())
  if (wait) return { error: t.account.tooManyAttempts(Math.ceil(wait / 60)), email }

  let token: string
  try {
    ;({ token } = await sdk.client.fetch<{ token: string }>("/auth/customer/emailpass/register", { method: "POST", body: { email, password } }))
  } catch (error) {
    if (!isClientError(error)) throw error
    // The backend's password rule speaks of "password"; anything else is an address already registered.
    return { error: /password/i.test(error.message) ? t.account.weakPassword : t.account.emailTaken, email }
  }
  try {
    await sdk.client.fetch("/store/customers", {
      method: "POST",
      headers: bearer(token),
      body: { email, first_name: firstName, last_name: lastName, metadata: { locale: await getLocale() } },
    })
  } catch (error) {
    if (!isClientError(error)) throw error
    return { error: t.account.emailTaken, email }
  }
  await requestVerification(token, email, formData)
  return { done: true, notice: t.account.checkMailbox(email), email }
}

/** The verification link's button: confirms the address (once; the link expires after 24 h). */
export async function confirmEmail(_previous: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const { t } = await getDictionary()
  try {
    await sdk.client.fetch("/auth/verification/confirm", { method: "POST", body: { code: field(formData, "code") } })
  } catch (error) {
    if (!isClientError(error)) throw error
    return { error: /expired/i.test(error.message) ? t.account.verifyExpired : t.account.verifyInvalid }
  }
  return { done: true, notice: t.account.verified }
}

/** Sends the reset link when the address has an account; the answer is the same either way. */
export async function requestPasswordReset(_previous: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const { t } = await getDictionary()
  const email = field(formData, "email")
  if (!email) return { error: t.account.missingFields, email }
  const wait = await consumeFormAttempt("password-reset", await clientIp())
  if (wait) return { error: t.account.tooManyAttempts(Math.ceil(wait / 60)), email }
  await sdk.client
    .fetch("/auth/customer/emailpass/reset-password", { method: "POST", body: { identifier: email, metadata: await linkMetadata(formData) } })
    .catch((error) => {
      if (!isClientError(error)) throw error
    })
  return { done: true, notice: t.account.resetSent(email), email }
}

/** The reset link's form: sets the new password with the e-mailed token (single use, 15 minutes). */
export async function resetPassword(_previous: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const { t } = await getDictionary()
  const token = field(formData, "token")
  const password = String(formData.get("password") ?? "")
  if (!password) return { error: t.account.missingFields }
  // The address is inside the token (the backend checks the token's signature and single use).
  let email = ""
  try {
    email = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")).entity_id ?? ""
  } catch {
    return { error: t.account.resetInvalid }
  }
  try {
    await sdk.client.fetch("/auth/customer/emailpass/update", { method: "POST", headers: bearer(token), body: { email, password } })
  } catch (error) {
    if (!isClientError(error)) throw error
    if (error.status === 400) return { error: t.account.weakPassword }
    return { error: t.account.resetInvalid }
  }
  redirect(`/${countryOf(formData)}/account/login?reset=1`)
}

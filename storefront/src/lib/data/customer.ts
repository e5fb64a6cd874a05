"use server"

import { headers } from "next/headers"
import { redirect } from "next/navigation"
import { sdk } from "@/lib/config"
import { getDictionary } from "@/lib/i18n"
import { isClientError } from "@/lib/util/errors"
import type { StoreCustomer } from "@/types/medusa"
import { getAuthHeaders, setAuthToken } from "./cookies"
import { consumeSignInAttempt, resetSignInAttempts } from "./sign-in-limits"

/** A refusal, with the e-mail typed so that the form (reset by React after an action) keeps it. */
export type SignInState = { error: string; email: string } | null

/** Only paths of this site: an open redirect would let a link send a signed-in shopper anywhere. */
const safeNext = (value: FormDataEntryValue | null, fallback: string) =>
  typeof value === "string" && value.startsWith("/") && !value.startsWith("//") && !value.includes("\\") ? value : fallback

/**
 * Signs a customer in with e-mail and password (Medusa's emailpass provider) and keeps the
 * token in an httpOnly cookie. The server's SDK is shared by every visitor, so the token is
 * never stored in it: each request passes it along explicitly.
 */
export async function signIn(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const { t } = await getDictionary()
  const email = String(formData.get("email") ?? "").trim()
  const password = String(formData.get("password") ?? "")
  if (!email || !password) return { error: t.account.missingFields, email }
  const ip = (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown"
  const wait = await consumeSignInAttempt(email, ip)
  if (wait) return { error: t.account.tooManyAttempts(Math.ceil(wait / 60)), email }

  let token: string
  try {
    ;({ token } = await sdk.client.fetch<{ token: string }>("/auth/customer/emailpass", {
      method: "POST",
      body: { email, password },
    }))
  } catch (error) {
    if (isClientError(error)) return { error: t.account.invalidCredentials, email }
    console.error(error)
    return { error: t.errors.generic, email }
  }
  await Promise.all([setAuthToken(token), resetSignInAttempts(email)])
  redirect(safeNext(formData.get("next"), `/${String(formData.get("countryCode") ?? "")}`))
}

/** The signed-in customer (name, phone, addresses), or null when signed out or the token expired. */
export async function retrieveCustomer(): Promise<StoreCustomer | null> {
  const auth = await getAuthHeaders()
  if (!auth) return null
  try {
    const { customer } = await sdk.store.customer.retrieve({ fields: "id,email,first_name,last_name,phone,*addresses" }, auth)
    return customer
  } catch (error) {
    if (isClientError(error)) return null
    throw error
  }
}

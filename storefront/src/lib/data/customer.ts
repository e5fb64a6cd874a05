"use server"

import { redirect } from "next/navigation"
import { sdk } from "@/lib/config"
import { isClientError } from "@/lib/util/errors"
import type { StoreCustomer } from "@/types/medusa"
import { getAuthHeaders, removeAuthToken } from "./cookies"

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

/** Signs the customer out (forgets the token) and goes back to the country's home page. */
export async function signOut(formData: FormData): Promise<void> {
  await removeAuthToken()
  const countryCode = String(formData.get("countryCode") ?? "")
  // Only a country code: anything else could turn the redirect into another site's address.
  redirect(/^[a-z]{2}$/.test(countryCode) ? `/${countryCode}` : "/")
}

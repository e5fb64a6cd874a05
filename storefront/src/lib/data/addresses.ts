"use server"

import { redirect } from "next/navigation"
import { sdk } from "@/lib/config"
import { getDictionary } from "@/lib/i18n"
import { ADDRESS_FORM_PREFIX, isAddressId, readAddressForm, type AddressFormState } from "@/lib/util/address-form"
import { ADDRESS_FIELDS, addressErrors } from "@/lib/util/checkout-form"
import { errorMessage, isClientError } from "@/lib/util/errors"
import type { StoreCustomerAddressInput } from "@/types/medusa"
import { getAuthHeaders } from "./cookies"
import { listRegions } from "./regions"

/** The address book's page, with the notice to show (a country code from the form, or the home page). */
const addressesPage = (formData: FormData, notice: "saved" | "deleted") => {
  const countryCode = String(formData.get("countryCode") ?? "")
  return /^[a-z]{2}$/.test(countryCode) ? `/${countryCode}/account/addresses?notice=${notice}` : "/"
}

/** Adds an address to the signed-in customer's book, or updates one (`addressId`). */
export async function saveAddress(_previous: AddressFormState, formData: FormData): Promise<AddressFormState> {
  const { t } = await getDictionary()
  const values = readAddressForm(formData)
  const addressId = String(formData.get("addressId") ?? "")
  // Any country the shop sells to: the book serves every region, not only the current one.
  const countries = (await listRegions()).flatMap((region) => region.countries?.flatMap((country) => country.iso_2 ?? []) ?? [])
  const errors = addressErrors(values, ADDRESS_FORM_PREFIX, { countries, messages: t.checkoutErrors })
  if (Object.keys(errors).length) return { values, errors, message: t.checkoutErrors.fixFields }

  const auth = await getAuthHeaders()
  if (!auth) return { values, errors: {}, message: t.accountArea.sessionExpired }
  if (addressId && !isAddressId(addressId)) return { values, errors: {}, message: t.errors.generic }
  const body: StoreCustomerAddressInput = { is_default_shipping: values.is_default_shipping, is_default_billing: values.is_default_billing }
  // An emptied optional input clears the saved value.
  for (const field of ADDRESS_FIELDS) body[field] = values[field] || null
  try {
    if (addressId) await sdk.store.customer.updateAddress(addressId, body, { fields: "id" }, auth)
    else await sdk.store.customer.createAddress(body, { fields: "id" }, auth)
  } catch (error) {
    return { values, errors: {}, message: errorMessage(error, t.errors.generic) }
  }
  redirect(addressesPage(formData, "saved"))
}

/** Removes an address from the signed-in customer's book; one already gone counts as removed. */
export async function deleteAddress(formData: FormData): Promise<void> {
  const addressId = String(formData.get("addressId") ?? "")
  const auth = await getAuthHeaders()
  if (auth && isAddressId(addressId)) {
    try {
      await sdk.store.customer.deleteAddress(addressId, auth)
    } catch (error) {
      if (!isClientError(error) || error.status !== 404) throw error
    }
  }
  redirect(addressesPage(formData, "deleted"))
}

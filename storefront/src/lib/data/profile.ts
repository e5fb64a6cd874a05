"use server"

import { sdk } from "@/lib/config"
import { getDictionary } from "@/lib/i18n"
import { errorMessage } from "@/lib/util/errors"
import { profileErrors, readProfileForm, type ProfileState } from "@/lib/util/profile-form"
import { getAuthHeaders } from "./cookies"

/** Saves the signed-in customer's name and phone; the e-mail is their sign-in and stays as is. */
export async function updateProfile(_previous: ProfileState, formData: FormData): Promise<ProfileState> {
  const { t } = await getDictionary()
  const values = readProfileForm(formData)
  const errors = profileErrors(values, t.checkoutErrors)
  if (Object.keys(errors).length) return { values, status: "error", errors, message: t.checkoutErrors.fixFields }

  const auth = await getAuthHeaders()
  if (!auth) return { values, status: "error", errors: {}, message: t.accountArea.sessionExpired }
  try {
    await sdk.store.customer.update({ ...values, phone: values.phone || null }, { fields: "id" }, auth)
    return { values, status: "saved" }
  } catch (error) {
    return { values, status: "error", errors: {}, message: errorMessage(error, t.errors.generic) }
  }
}

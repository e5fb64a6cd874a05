import { isPhoneNumber, MAX_TEXT_LENGTH, type CheckoutMessages } from "./checkout-form"

/** The profile inputs, named as in Medusa's customer payload. */
export type ProfileValues = { first_name: string; last_name: string; phone: string }
export type ProfileErrors = Partial<Record<keyof ProfileValues, string>>

/** What `updateProfile` answers: the values as typed (React resets the form), and how it went. */
export type ProfileState =
  | { values: ProfileValues; status: "saved" }
  | { values: ProfileValues; status: "error"; errors: ProfileErrors; message: string }
  | null

const text = (formData: FormData, name: string): string => {
  const value = formData.get(name)
  return typeof value === "string" ? value.trim() : ""
}

export const readProfileForm = (formData: FormData): ProfileValues => ({
  first_name: text(formData, "first_name"),
  last_name: text(formData, "last_name"),
  phone: text(formData, "phone"),
})

/** Field errors of the profile form, empty when it can be saved; the phone is optional. */
export function profileErrors(values: ProfileValues, messages: CheckoutMessages): ProfileErrors {
  const errors: ProfileErrors = {}
  for (const field of ["first_name", "last_name"] as const) {
    if (!values[field]) errors[field] = messages.required
  }
  for (const field of ["first_name", "last_name", "phone"] as const) {
    if (values[field].length > MAX_TEXT_LENGTH) errors[field] = messages.tooLong
  }
  if (values.phone && !errors.phone && !isPhoneNumber(values.phone)) errors.phone = messages.phone
  return errors
}

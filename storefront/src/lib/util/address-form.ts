import { ADDRESS_FIELDS, readAddress, type AddressField, type AddressValues, type CheckoutErrors } from "./checkout-form"

/**
 * The address book reuses the checkout's address fields, named `<prefix>.<field>`: "shipping"
 * also tells browsers to autofill them from the shopper's delivery address.
 */
export const ADDRESS_FORM_PREFIX = "shipping"

export type AddressFormValues = AddressValues & { is_default_shipping: boolean; is_default_billing: boolean }

/** What `saveAddress` answers when it cannot save (on success it redirects). */
export type AddressFormState = { values: AddressFormValues; errors: CheckoutErrors; message: string } | null

export const readAddressForm = (formData: FormData): AddressFormValues => ({
  ...readAddress(formData, ADDRESS_FORM_PREFIX),
  is_default_shipping: formData.get("is_default_shipping") === "on",
  is_default_billing: formData.get("is_default_billing") === "on",
})

type SavedAddress = Partial<Record<AddressField, string | null>> & { is_default_shipping?: boolean; is_default_billing?: boolean }

/** What the form shows first: a saved address as it is, empty inputs for what it lacks. */
export const initialAddressFormValues = (address: SavedAddress): AddressFormValues => ({
  ...(Object.fromEntries(ADDRESS_FIELDS.map((field) => [field, address[field] ?? ""])) as AddressValues),
  is_default_shipping: !!address.is_default_shipping,
  is_default_billing: !!address.is_default_billing,
})

/** True for a Medusa customer address id (`cuaddr_01H…`). */
export const isAddressId = (value: string): boolean => /^cuaddr_[0-9A-Za-z]+$/.test(value)

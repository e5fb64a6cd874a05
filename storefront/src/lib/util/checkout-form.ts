/** Address inputs of the checkout, named as in Medusa's address payload. */
export const ADDRESS_FIELDS = [
  "first_name",
  "last_name",
  "company",
  "address_1",
  "address_2",
  "postal_code",
  "city",
  "country_code",
  "phone",
] as const

export type AddressField = (typeof ADDRESS_FIELDS)[number]
export type AddressValues = Record<AddressField, string>

const REQUIRED_ADDRESS_FIELDS: readonly AddressField[] = ["first_name", "last_name", "address_1", "postal_code", "city", "country_code"]

/** Everything the checkout form sends, as typed (React resets the form after each submit). */
export type CheckoutValues = {
  email: string
  billing: AddressValues
  /** Only read when a line is shipped. */
  sameAsBilling: boolean
  shipping: AddressValues
  shippingOptionId: string
  providerId: string
}

/** Messages by input name: "email", "billing.city", "shippingOptionId"… */
export type CheckoutErrors = Partial<Record<string, string>>

/**
 * What `placeOrder` answers when it cannot place the order yet (on success it redirects): a
 * refusal, or for a card payment the Stripe payment intent the shopper confirms on the page.
 */
export type PlaceOrderState = {
  values: CheckoutValues
  errors: CheckoutErrors
  message: string | null
  card?: { clientSecret: string }
} | null

/** The visitor's language for each refusal (see `checkoutErrors` in the dictionaries). */
export type CheckoutMessages = {
  required: string
  email: string
  country: string
  phone: string
  tooLong: string
  shippingMethod: string
  paymentProvider: string
}

/** Longest name, street or city accepted (Medusa has no limit of its own). */
export const MAX_TEXT_LENGTH = 200
// Deliberately loose: Medusa checks the address again, this catches typos like "nom@domaine".
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/
const PHONE = /^\+?[\d\s().-]{6,20}$/

export const isPhoneNumber = (value: string): boolean => PHONE.test(value)

export const emptyAddress = (): AddressValues =>
  Object.fromEntries(ADDRESS_FIELDS.map((field) => [field, ""])) as AddressValues

const text = (formData: FormData, name: string): string => {
  const value = formData.get(name)
  return typeof value === "string" ? value.trim() : ""
}

/** The address inputs named `<prefix>.<field>`, trimmed, the country code in lower case. */
export const readAddress = (formData: FormData, prefix: string): AddressValues =>
  Object.fromEntries(
    ADDRESS_FIELDS.map((field) => {
      const value = text(formData, `${prefix}.${field}`)
      return [field, field === "country_code" ? value.toLowerCase() : value]
    })
  ) as AddressValues

/** The checkout form's values, trimmed; nothing is validated here. */
export function readCheckoutForm(formData: FormData): CheckoutValues {
  return {
    email: text(formData, "email"),
    billing: readAddress(formData, "billing"),
    sameAsBilling: formData.get("sameAsBilling") === "on",
    shipping: readAddress(formData, "shipping"),
    shippingOptionId: text(formData, "shippingOptionId"),
    providerId: text(formData, "providerId"),
  }
}

type Rules = {
  requiresShipping: boolean
  /** Lower-case ISO codes of the cart region's countries. */
  countries: string[]
  /** Providers offered to this cart (see payment-providers.ts). */
  providers: readonly string[]
  messages: CheckoutMessages
}

/** Errors of one address's inputs (checkout and address book), keyed `<prefix>.<field>`. */
export function addressErrors(
  address: AddressValues,
  prefix: string,
  { countries, messages }: Pick<Rules, "countries" | "messages">
): CheckoutErrors {
  const errors: CheckoutErrors = {}
  for (const field of ADDRESS_FIELDS) {
    const value = address[field]
    if (!value && REQUIRED_ADDRESS_FIELDS.includes(field)) errors[`${prefix}.${field}`] = messages.required
    else if (value.length > MAX_TEXT_LENGTH) errors[`${prefix}.${field}`] = messages.tooLong
  }
  if (address.country_code && !countries.includes(address.country_code)) errors[`${prefix}.country_code`] = messages.country
  if (address.phone && !errors[`${prefix}.phone`] && !isPhoneNumber(address.phone)) errors[`${prefix}.phone`] = messages.phone
  return errors
}

/** Field errors of the checkout form, empty when the order can be placed. */
export function validateCheckout(values: CheckoutValues, rules: Rules): CheckoutErrors {
  const { messages } = rules
  const errors: CheckoutErrors = { ...addressErrors(values.billing, "billing", rules) }
  if (!values.email) errors.email = messages.required
  else if (values.email.length > 254 || !EMAIL.test(values.email)) errors.email = messages.email
  if (rules.requiresShipping) {
    if (!values.sameAsBilling) Object.assign(errors, addressErrors(values.shipping, "shipping", rules))
    if (!values.shippingOptionId) errors.shippingOptionId = messages.shippingMethod
  }
  if (!rules.providers.includes(values.providerId)) errors.providerId = messages.paymentProvider
  return errors
}

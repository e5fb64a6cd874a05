import { ADDRESS_FIELDS, type AddressField, type AddressValues, type CheckoutValues } from "@/lib/util/checkout-form"
import type { StoreCart, StoreCustomer } from "@/types/medusa"

type AnyAddress = Partial<Record<AddressField, string | null>> | null | undefined

const toValues = (address: AnyAddress, fallback: Partial<AddressValues>, country: string): AddressValues =>
  Object.fromEntries(
    ADDRESS_FIELDS.map((field) => [field, address?.[field] || fallback[field] || (field === "country_code" ? country : "")])
  ) as AddressValues

const differ = (a: AddressValues, b: AddressValues) => ADDRESS_FIELDS.some((field) => a[field] !== b[field])

type Sources = {
  cart: StoreCart
  /** The signed-in customer, whose name, phone and default billing address fill an empty form. */
  customer: StoreCustomer | null
  /** The country to preselect: the one of the page when the region serves it. */
  country: string
  providers: readonly string[]
}

/** What the checkout form shows first: what the cart already holds, else the customer's details. */
export function initialCheckoutValues({ cart, customer, country, providers }: Sources): CheckoutValues {
  const saved = cart.billing_address?.address_1 ? cart.billing_address : undefined
  const customerAddress = customer?.addresses?.find((address) => address.is_default_billing) ?? customer?.addresses?.[0]
  const person = {
    first_name: customer?.first_name ?? "",
    last_name: customer?.last_name ?? "",
    phone: customer?.phone ?? "",
  }
  const billing = toValues(saved ?? customerAddress, person, country)
  const shipping = toValues(cart.shipping_address?.address_1 ? cart.shipping_address : undefined, {}, country)
  return {
    email: cart.email || customer?.email || "",
    billing,
    sameAsBilling: !shipping.address_1 || !differ(billing, shipping),
    shipping,
    shippingOptionId: cart.shipping_methods?.[0]?.shipping_option_id ?? "",
    // One way to pay: nothing to choose.
    // The first the storefront offers ("paiement à réception" when the region has it).
    providerId: providers[0] ?? "",
  }
}

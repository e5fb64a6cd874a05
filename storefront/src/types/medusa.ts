import type { sdk } from "@/lib/config"

// Medusa's store types, taken from the js-sdk signatures so that the storefront does not
// need a direct dependency on @medusajs/types.
export type StoreRegion = Awaited<ReturnType<typeof sdk.store.region.list>>["regions"][number]
export type StoreProductCategory = Awaited<
  ReturnType<typeof sdk.store.category.list>
>["product_categories"][number]
export type StoreCart = Awaited<ReturnType<typeof sdk.store.cart.retrieve>>["cart"]
export type StoreCartLineItem = NonNullable<StoreCart["items"]>[number]
export type StoreCartShippingOption = Awaited<
  ReturnType<typeof sdk.store.fulfillment.listCartOptions>
>["shipping_options"][number]
export type StoreCustomer = Awaited<ReturnType<typeof sdk.store.customer.retrieve>>["customer"]
export type StoreOrder = Awaited<ReturnType<typeof sdk.store.order.retrieve>>["order"]
export type StoreCustomerAddress = NonNullable<StoreCustomer["addresses"]>[number]
export type StoreCustomerAddressInput = Parameters<typeof sdk.store.customer.createAddress>[0]
export type StoreOrderListResponse = Awaited<ReturnType<typeof sdk.store.order.list>>

import type { MedusaContainer } from "@medusajs/framework/types"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"

type Api = {
  get: (url: string, config?: unknown) => Promise<{ data: any }>
  post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: any }>
}
type Headers = { headers: Record<string, string> }

/**
 * A store that can take orders: sales channel and key, a France region in EUR paid with
 * Medusa's system provider (or the providers given), VAT 20 %.
 */
export async function createCheckoutStore(container: MedusaContainer, { paymentProviders = ["pp_system_default"] } = {}) {
  const { result: [salesChannel] } = await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [{ name: "Comptoir" }] } })
  const { result: [apiKey] } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "storefront", type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: apiKey.id, add: [salesChannel.id] } })
  const { result: [region] } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "France", currency_code: "eur", countries: ["fr"], payment_providers: paymentProviders }] },
  })
  await createTaxRegionsWorkflow(container).run({
    input: [{ country_code: "fr", provider_id: "tp_system", default_tax_rate: { rate: 20, code: "TVA", name: "TVA 20 %" } }],
  })
  return { salesChannel, region, storeHeaders: { headers: { "x-publishable-api-key": apiKey.token } } as Headers }
}

const ADDRESS = { first_name: "Amélie", last_name: "Façonnière", address_1: "3 place de l'Église", postal_code: "69002", city: "Lyon", country_code: "fr" }

type CartSpec = { region_id: string; variant_id: string; quantity?: number; email: string; provider_id?: string }

/** A cart ready to complete, as a storefront's checkout leaves it: addresses, line, a payment session (system provider by default). */
export async function prepareCart(api: Api, headers: Headers, { region_id, variant_id, quantity = 1, email, provider_id = "pp_system_default" }: CartSpec) {
  const { data: { cart } } = await api.post("/store/carts", { region_id, email, shipping_address: ADDRESS, billing_address: ADDRESS }, headers)
  await api.post(`/store/carts/${cart.id}/line-items`, { variant_id, quantity }, headers)
  const { data: { payment_collection } } = await api.post("/store/payment-collections", { cart_id: cart.id }, headers)
  await api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id }, headers)
  return cart.id as string
}

/**
 * Buys through the Store API as a storefront's checkout does (prepared cart, completion); a
 * customer's headers make it their order.
 */
export async function checkout(api: Api, headers: Headers, spec: CartSpec) {
  const cartId = await prepareCart(api, headers, spec)
  const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
  if (data.type !== "order") throw new Error(`cart not completed: ${JSON.stringify(data.error ?? data)}`)
  return data.order as { id: string; display_id: number; total: number }
}

// `npm run demo:order`: places an order through the Store API as a shopper's checkout does
// (cart, line, shipping, payment session, complete), against the store `npm start` runs.
// The order confirmation then shows up in the local mailbox.
import fs from "node:fs"
import path from "node:path"
import { storefrontDir } from "./lib/paths.mjs"
import { readEnvFile } from "./lib/stack.mjs"

const BACKEND_URL = (process.env.MEDUSA_BACKEND_URL || "http://localhost:9000").replace(/\/$/, "")
const EMAIL = process.argv[2] || "client@comptoir.local"
const HANDLE = process.argv[3] || "spa-hammam-marrakech-paris"
const envFile = path.join(storefrontDir, ".env.local")
if (!fs.existsSync(envFile)) throw new Error(`${envFile} is missing: run npm start first (its seed writes it)`)
const key = readEnvFile(envFile).NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY

async function store(pathname, body) {
  const response = await fetch(`${BACKEND_URL}${pathname}`, {
    method: body ? "POST" : "GET",
    headers: { "content-type": "application/json", "x-publishable-api-key": key },
    body: body && JSON.stringify(body),
  })
  const json = await response.json()
  if (!response.ok) throw new Error(`${body ? "POST" : "GET"} ${pathname} → ${response.status}: ${json.message}`)
  return json
}

const { regions } = await store("/store/regions")
const region = regions.find((candidate) => candidate.currency_code === "eur")
const { products } = await store(`/store/products?handle=${HANDLE}&fields=id,title,*variants`)
if (!products.length) throw new Error(`no product with handle ${HANDLE}`)
// An address in France: the cart's VAT (and the invoice's) follows the country.
const address = { first_name: "Camille", last_name: "Martin", address_1: "8 rue de la Paix", postal_code: "75002", city: "Paris", country_code: "fr" }
let { cart } = await store("/store/carts", { region_id: region.id, email: EMAIL, shipping_address: address, billing_address: address })
;({ cart } = await store(`/store/carts/${cart.id}/line-items`, { variant_id: products[0].variants[0].id, quantity: 1 }))
// Vouchers and e-books need no delivery: a shipping method only for goods that travel.
if (cart.items.some((item) => item.requires_shipping)) {
  const { shipping_options } = await store(`/store/shipping-options?cart_id=${cart.id}`)
  await store(`/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id })
}
const { payment_collection } = await store("/store/payment-collections", { cart_id: cart.id })
await store(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
const completed = await store(`/store/carts/${cart.id}/complete`, {})
if (completed.type !== "order") throw new Error(`cart not completed: ${JSON.stringify(completed.error ?? completed)}`)
console.log(`Order #${completed.order.display_id} placed for ${EMAIL} (${products[0].title}).`)

import "server-only"
import { redirect } from "next/navigation"
import type { StoreCustomer } from "@/types/medusa"
import { retrieveCustomer } from "./customer"

/**
 * The signed-in customer, or a redirect to the sign-in page that comes back to
 * `/<countryCode>/account<path>`. Every account page calls it, not only their layout: a
 * layout is not rendered again when the shopper moves between the pages under it.
 */
export async function requireCustomer(countryCode: string, path = ""): Promise<StoreCustomer> {
  const customer = await retrieveCustomer()
  if (!customer) redirect(`/${countryCode}/account/login?next=${encodeURIComponent(`/${countryCode}/account${path}`)}`)
  return customer
}

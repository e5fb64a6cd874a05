import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreCustomerLicenseListResponse } from "../../../../../types/http/digital"
import { listCustomerLicenses } from "./helpers"
import type { StoreGetCustomerLicensesParamsType } from "./validators"

/** The signed-in customer's licenses, newest first, with their products and active devices. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreGetCustomerLicensesParamsType>, res: MedusaResponse<StoreCustomerLicenseListResponse>) {
  const { limit, offset, order_id } = req.validatedQuery as StoreGetCustomerLicensesParamsType
  const filters = { customer_id: req.auth_context.actor_id, ...(order_id && { order_id }) }
  const { licenses, count } = await listCustomerLicenses(req.scope, filters, { skip: offset, take: limit })
  res.json({ licenses, count, offset, limit })
}

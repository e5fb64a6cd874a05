import { z } from "@medusajs/framework/zod"
import { entityId } from "../../../../utils/validators"

export const StoreGetCustomerLicensesParams = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
    /** Only the licenses of one of the customer's orders (the order page shows its keys). */
    order_id: entityId.optional(),
  })
  .strict()
export type StoreGetCustomerLicensesParamsType = z.infer<typeof StoreGetCustomerLicensesParams>

/** Nothing to say: the path names the device. */
export const StoreReleaseLicenseActivation = z.object({}).strict()
export type StoreReleaseLicenseActivationType = z.infer<typeof StoreReleaseLicenseActivation>

export const StoreTransferLicense = z
  .object({ email: z.string().trim().toLowerCase().max(254).email() })
  .strict()
export type StoreTransferLicenseType = z.infer<typeof StoreTransferLicense>

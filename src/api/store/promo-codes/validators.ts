import { z } from "@medusajs/framework/zod"
import { entityId } from "../../utils/validators"

export const StoreGetPromoCodeParams = z.object({ cart_id: entityId }).strict()
export type StoreGetPromoCodeParamsType = z.infer<typeof StoreGetPromoCodeParams>

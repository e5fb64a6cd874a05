import { z } from "@medusajs/framework/zod"
import { entityId } from "../../utils/validators"

const signature = z.string().regex(/^[0-9a-f]{64}$/, { message: "`signature` must be the link's 64 hexadecimal characters" })

export const StoreRestoreCart = z
  .object({ cart_id: entityId, expires: z.number().int().positive(), signature })
  .strict()
export type StoreRestoreCartType = z.infer<typeof StoreRestoreCart>

export const StoreCartReminderOptOut = z.object({ email: z.email().max(320), signature }).strict()
export type StoreCartReminderOptOutType = z.infer<typeof StoreCartReminderOptOut>

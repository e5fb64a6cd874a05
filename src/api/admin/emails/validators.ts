import { z } from "@medusajs/framework/zod"
import { oneOrMany, safeText } from "../../utils/validators"

export const AdminGetEmailsParams = z
  .object({
    status: oneOrMany(z.enum(["pending", "success", "failure"])).optional(),
    template: safeText(100).optional(),
    to: safeText(320).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()
export type AdminGetEmailsParamsType = z.infer<typeof AdminGetEmailsParams>

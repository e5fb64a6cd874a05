import { z } from "@medusajs/framework/zod"

export const AdminGetCartReminderStatsParams = z
  .object({ days: z.coerce.number().int().min(1).max(365).default(30) })
  .strict()
export type AdminGetCartReminderStatsParamsType = z.infer<typeof AdminGetCartReminderStatsParams>

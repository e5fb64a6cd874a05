import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"

/**
 * One capability's section of the plugin's options (`webhooks`, `licenses`…), checked against
 * its schema at load time; a wrong option stops the boot with every problem named.
 */
export function parsePluginOptionsSection<T extends z.ZodTypeAny>(schema: T, pluginOptions: unknown, section: string): z.output<T> {
  const value = (pluginOptions as Record<string, unknown> | undefined)?.[section] ?? {}
  const parsed = schema.safeParse(value)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`).join("; ")
    throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, `Invalid ${section} options: ${problems}`)
  }
  return parsed.data
}

import { z } from "@medusajs/framework/zod"
import { parsePluginOptionsSection } from "../../lib/options/plugin-options"

/**
 * `webhooks` in the plugin's options. Production keeps the defaults: HTTPS to public
 * addresses only. Local development and tests allow loopback and plain http, for example:
 * `webhooks: { allow_loopback: true, allow_http: true }`.
 */
const webhookOptionsSchema = z
  .object({
    /** Allow 127.0.0.0/8 and ::1 (never private, link-local or metadata ranges). */
    allow_loopback: z.boolean().default(false),
    /** Allow http:// URLs besides https://. */
    allow_http: z.boolean().default(false),
    /** An endpoint failing without a break for this many days is disabled and the merchant told. */
    disable_after_days: z.number().positive().default(5),
    /** Hours the previous secret keeps signing after a rotation (default 24). */
    secret_overlap_hours: z.number().min(0).max(168).default(24),
    /** Finished deliveries and their log are kept this many days. */
    retention_days: z.number().int().positive().default(30),
  })
  .strict()

export type WebhookOptions = z.input<typeof webhookOptionsSchema>
export type ResolvedWebhookOptions = z.output<typeof webhookOptionsSchema>

/** The module's options, from the plugin's `webhooks`. */
export function parseWebhookOptions(pluginOptions: unknown): ResolvedWebhookOptions {
  return parsePluginOptionsSection(webhookOptionsSchema, pluginOptions, "webhooks")
}

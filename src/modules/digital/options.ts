import { z } from "@medusajs/framework/zod"
import { parsePluginOptionsSection } from "../../lib/options/plugin-options"

/**
 * `licenses` in the plugin's options. `signing_key` is the Ed25519 private key (PKCS#8 PEM, or
 * its base64) that signs offline license files; the demo backend reads LICENSE_SIGNING_KEY.
 */
const licenseOptionsSchema = z
  .object({
    signing_key: z.string().min(1, { error: "licenses.signing_key must hold an Ed25519 private key (PEM): set LICENSE_SIGNING_KEY" }),
    /** Days an offline license file stays valid (default 30). */
    file_ttl_days: z.number().int().min(1).max(366).default(30),
    /** Activations a license may create per 24 hours, deactivations notwithstanding (default 10). */
    activations_per_day: z.number().int().min(1).default(10),
    /**
     * A port for the license validation fast path: `POST /licenses/validate` answered by a small
     * listener beside Medusa's HTTP stack, same module code (off when unset).
     */
    fast_path_port: z.number().int().min(1).max(65535).optional(),
    /** Days before a license's end when its owner is warned (default 7). */
    expiry_warning_days: z.number().int().min(1).default(7),
  })
  .strict()

export type LicenseOptions = z.input<typeof licenseOptionsSchema>
export type ResolvedLicenseOptions = z.output<typeof licenseOptionsSchema>

/** The module's options, from the plugin's `licenses`. */
export function parseLicenseOptions(pluginOptions: unknown): ResolvedLicenseOptions {
  return parsePluginOptionsSection(licenseOptionsSchema, pluginOptions, "licenses")
}

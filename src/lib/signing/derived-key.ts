import crypto from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * A signing key for one kind of link (`label`), derived from Medusa's JWT secret: nothing new
 * to configure, and a link of one kind never verifies as another.
 */
export function derivedSigningKey(container: MedusaContainer, label: string): string {
  const { jwtSecret } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http
  return crypto.createHash("sha256").update(`${label}:${jwtSecret}`).digest("hex")
}

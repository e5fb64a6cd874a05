import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DIGITAL_MODULE } from "../../../modules/digital"
import type DigitalModuleService from "../../../modules/digital/service"
import type { LicensePublicKeyResponse } from "../../../types/http/license"

/** The Ed25519 public key (PEM) that verifies license files; ship it inside the software. */
export async function GET(req: MedusaRequest, res: MedusaResponse<LicensePublicKeyResponse>) {
  res.set("Cache-Control", "public, max-age=3600").json({ algorithm: "Ed25519", public_key: req.scope.resolve<DigitalModuleService>(DIGITAL_MODULE).publicKeyPem() })
}

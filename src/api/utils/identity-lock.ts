import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"

/**
 * Lets one request per auth identity through at a time (Medusa's locking module), until its
 * response is sent: Medusa checks a recovery code by listing, comparing and then deleting it,
 * so two sign-ins sending the same code at once could both pass without this.
 */
export function oneAtATimePerIdentity(prefix: string) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const identity = (req as AuthenticatedMedusaRequest).auth_context?.auth_identity_id
    if (!identity) return next()
    const locking = req.scope.resolve(Modules.LOCKING)
    try {
      await locking.execute(
        `${prefix}:${identity}`,
        () =>
          new Promise<void>((resolve) => {
            res.once("finish", resolve)
            res.once("close", resolve)
            next()
          }),
        { timeout: 15, expire: 30 }
      )
    } catch (error) {
      if (res.headersSent) return
      res.status(429).json({ type: "too_many_requests", message: "Another code for this account is being checked: try again" })
    }
  }
}

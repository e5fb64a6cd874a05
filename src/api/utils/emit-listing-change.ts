import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { DealEvents } from "../../modules/deal/events"

type BatchBody = { add?: unknown; remove?: unknown }

const stringsOf = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [])

/**
 * Medusa's batch routes that add products to (or remove them from) a sales channel or a
 * category emit no event. This middleware emits `deal.listing.products_changed` with the
 * products once such a request succeeded, so the deal listing follows them within seconds.
 */
export function emitListingChangeAfterBatch(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as BatchBody
  const productIds = [...new Set([...stringsOf(body.add), ...stringsOf(body.remove)])]
  if (productIds.length) {
    res.on("finish", () => {
      if (res.statusCode < 400) {
        const eventBus = req.scope.resolve(Modules.EVENT_BUS)
        void eventBus.emit({ name: DealEvents.LISTING_PRODUCTS_CHANGED, data: { product_ids: productIds } }).catch(() => {})
      }
    })
  }
  next()
}

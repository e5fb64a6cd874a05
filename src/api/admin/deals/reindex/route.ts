import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminDealReindexResponse } from "../../../../types/http/deal"
import { dealReindexProgress, reindexDealListings } from "../../../../workflows/deal/reindex-deal-listings"

/** Where the last full re-index of the storefront listing stands. */
export async function GET(_req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminDealReindexResponse>) {
  res.json({ reindex: dealReindexProgress() })
}

/** Starts a full re-index of the storefront listing in the background (202); poll GET for progress. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminDealReindexResponse>) {
  void reindexDealListings(req.scope)
  res.status(202).json({ reindex: dealReindexProgress() })
}

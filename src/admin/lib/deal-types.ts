import type { AdminDeal } from "../../types/http/deal"

// The admin reads the one HTTP contract of the deal routes instead of restating it. Type-only
// exports, so nothing outside src/admin ends up in the admin bundle.
export type {
  AdminCreateDealBody,
  AdminDeal,
  AdminDealDeleteResponse,
  AdminDealListParams,
  AdminDealListResponse,
  AdminDealPrice,
  AdminDealReindexResponse,
  AdminDealReindexStatus,
  AdminDealResponse,
  AdminUpdateDealBody,
  DealContent,
  DealFaqEntry,
  DealStatus,
} from "../../types/http/deal"

/** A deal as the Admin API returns it; the name the widget's code uses. */
export type Deal = AdminDeal

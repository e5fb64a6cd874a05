import type { StoreReviewSort } from "@comptoir/http/review"
import { listReviews } from "@/lib/data/reviews"
import { isClientError } from "@/lib/util/errors"

const SORTS: StoreReviewSort[] = ["newest", "highest", "lowest"]
const PAGE_SIZE = 10

const refuse = (message: string, status = 400) => Response.json({ message }, { status })

/**
 * More of a deal's approved reviews, or another sort, for the list on the cached deal page.
 * Answers come from the same tagged cache as the page, expired when a review is moderated.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams
  const productId = params.get("product_id") ?? ""
  const sort = (params.get("sort") ?? "newest") as StoreReviewSort
  const offset = Number(params.get("offset") ?? 0)
  if (!/^[A-Za-z0-9_]{1,100}$/.test(productId)) return refuse("product_id is required.")
  if (!SORTS.includes(sort)) return refuse(`sort must be one of ${SORTS.join(", ")}.`)
  if (!Number.isInteger(offset) || offset < 0 || offset > 100_000) return refuse("offset must be an integer from 0 to 100000.")
  try {
    return Response.json(await listReviews(productId, { sort, offset, limit: PAGE_SIZE }))
  } catch (error) {
    if (isClientError(error)) return refuse(error.message, error.status)
    throw error
  }
}

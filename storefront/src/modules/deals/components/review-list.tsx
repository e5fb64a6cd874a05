"use client"

import { useState } from "react"
import type { Locale } from "@/lib/i18n/locales"
import type { StoreReview, StoreReviewListResponse, StoreReviewSort } from "@comptoir/http/review"
import Stars from "./stars"

export type ReviewListLabels = {
  anonymous: string
  verified: string
  reply: string
  /** "N sur 5" for 1 to 5 stars (index 0 = 1 star). */
  outOfFive: string[]
  sortLabel: string
  sorts: Record<StoreReviewSort, string>
  more: string
  loadFailed: string
}

type Props = { productId: string; first: StoreReviewListResponse; locale: Locale; labels: ReviewListLabels }

const SORTS: StoreReviewSort[] = ["newest", "highest", "lowest"]

/**
 * The approved reviews: the first page comes with the (cached) deal page; another sort or the
 * next page is asked for by the browser. Text is rendered as text, never as markup.
 */
export default function ReviewList({ productId, first, locale, labels }: Props) {
  const [reviews, setReviews] = useState<StoreReview[]>(first.reviews)
  const [count, setCount] = useState(first.count)
  const [sort, setSort] = useState<StoreReviewSort>("newest")
  const [state, setState] = useState<"idle" | "loading" | "failed">("idle")
  // UTC: the server and the browser must print the same day.
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" })

  async function load(nextSort: StoreReviewSort, offset: number) {
    setState("loading")
    const query = new URLSearchParams({ product_id: productId, sort: nextSort, offset: String(offset) })
    const page = await fetch(`/api/reviews?${query}`)
      .then((response) => (response.ok ? (response.json() as Promise<StoreReviewListResponse>) : null))
      .catch(() => null)
    if (!page) return setState("failed")
    setReviews((current) => (offset ? [...current, ...page.reviews] : page.reviews))
    setCount(page.count)
    setSort(nextSort)
    setState("idle")
  }

  return (
    <div>
      {count > 1 && (
        <label className="mb-3 flex items-center justify-end gap-2 text-sm">
          {labels.sortLabel}
          <select
            value={sort}
            onChange={(event) => load(event.target.value as StoreReviewSort, 0)}
            data-testid="reviews-sort"
            className="rounded-lg border border-gray-300 bg-white px-2 py-1"
          >
            {SORTS.map((value) => (
              <option key={value} value={value}>{labels.sorts[value]}</option>
            ))}
          </select>
        </label>
      )}
      <ol className="space-y-4" aria-busy={state === "loading"}>
        {reviews.map((review) => (
          <li key={review.id} data-testid="review" className="rounded-xl border border-gray-200 bg-white p-4">
            <div className="flex flex-wrap items-center gap-2">
              <Stars rating={review.rating} label={labels.outOfFive[review.rating - 1]} size="text-sm" />
              <h3 className="font-semibold">{review.title}</h3>
            </div>
            <p className="mt-1 text-xs text-gray-700">
              {review.display_name ?? labels.anonymous} · {date.format(new Date(review.created_at))} ·{" "}
              <span className="font-semibold text-brand-700">{labels.verified}</span>
            </p>
            <p className="mt-2 whitespace-pre-line text-gray-800">{review.body}</p>
            {review.reply && (
              <div className="mt-3 rounded-lg bg-gray-50 p-3 text-sm">
                <p className="font-semibold">{labels.reply}</p>
                <p className="whitespace-pre-line text-gray-800">{review.reply}</p>
              </div>
            )}
          </li>
        ))}
      </ol>
      {state === "failed" && <p role="alert" className="mt-3 text-sm text-deal-500">{labels.loadFailed}</p>}
      {reviews.length < count && (
        <button
          type="button"
          onClick={() => load(sort, reviews.length)}
          disabled={state === "loading"}
          data-testid="reviews-more"
          className="mt-4 rounded-full border border-gray-300 bg-white px-5 py-2 text-sm font-semibold hover:bg-gray-50 disabled:opacity-60"
        >
          {labels.more} ({count - reviews.length})
        </button>
      )}
    </div>
  )
}

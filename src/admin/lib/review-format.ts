import type { AdminReview, RatingSummary } from "./review-types"

/** A rating as five stars, filled then empty: 4 → "★★★★☆". Out-of-range ratings are clamped. */
export function formatStars(rating: number): string {
  const filled = Math.min(5, Math.max(0, Math.round(rating)))
  return "★".repeat(filled) + "☆".repeat(5 - filled)
}

/** An average rating with one decimal in the admin's language: 4.25 → "4,3" in French. */
export function formatAverage(average: number, language: string): string {
  return new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(average)
}

export type DistributionRow = { stars: number; count: number; percent: number }

/**
 * The rows of a rating distribution, 5 stars first, each with its share of the reviews as a
 * whole percent (0 for every row when there is no review).
 */
export function distributionRows(summary: Pick<RatingSummary, "count" | "distribution">): DistributionRow[] {
  const total = summary.count > 0 ? summary.count : summary.distribution.reduce((sum, count) => sum + count, 0)
  return [5, 4, 3, 2, 1].map((stars) => {
    const count = summary.distribution[stars - 1] ?? 0
    return { stars, count, percent: total > 0 ? Math.round((count / total) * 100) : 0 }
  })
}

/** The start of a review's text on one line, cut on a word with "…" past `max` characters. */
export function reviewExcerpt(body: string, max = 120): string {
  const text = body.replace(/\s+/g, " ").trim()
  if (text.length <= max) {
    return text
  }
  const cut = text.slice(0, max)
  const lastSpace = cut.lastIndexOf(" ")
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`
}

/** Who wrote a review: the name shown on the storefront, else the customer's email, else null. */
export function reviewAuthor(review: Pick<AdminReview, "display_name" | "customer">): string | null {
  return review.display_name?.trim() || review.customer?.email || null
}

/** A reply or rejection reason to send: the trimmed text, or null when it is blank (none). */
export function textOrNull(text: string): string | null {
  const trimmed = text.trim()
  return trimmed ? trimmed : null
}

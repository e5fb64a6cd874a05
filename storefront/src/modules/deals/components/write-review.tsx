"use client"

import { useActionState, useEffect, useState } from "react"
import { submitReview } from "@/lib/data/reviews"
import { REVIEW_BODY_MAX, REVIEW_TITLE_MAX, type ReviewEligibilityState } from "@/lib/util/review-form"

type Labels = {
  open: string
  signIn: string
  notPurchased: string
  alreadyReviewed: string
  rating: string
  ratingValue: string
  title: string
  body: string
  showName: string
  submit: string
  sending: string
  thanks: string
}

type Props = { productId: string; signInUrl: string; labels: Labels }

const field = "w-full rounded-lg border border-gray-300 bg-white px-3 py-2 focus:border-brand-500 focus:outline-none"

/**
 * "Écrire un avis": asks, from the browser, whether the visitor is signed in and bought the
 * deal (the page around it is cached for everyone), then offers the form or says why not.
 */
export default function WriteReview({ productId, signInUrl, labels }: Props) {
  const [eligibility, setEligibility] = useState<ReviewEligibilityState | null>(null)
  const [open, setOpen] = useState(false)
  const [state, formAction, pending] = useActionState(submitReview, null)

  useEffect(() => {
    const controller = new AbortController()
    fetch(`/api/reviews/eligibility?product_id=${encodeURIComponent(productId)}`, { cache: "no-store", signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<ReviewEligibilityState>) : null))
      .then(setEligibility)
      .catch(() => {})
    return () => controller.abort()
  }, [productId])

  if (!eligibility) return null
  const note = (text: string) => <p data-testid="write-review-note" className="mt-4 text-sm text-gray-700">{text}</p>

  if (!eligibility.signed_in) {
    return (
      <a href={signInUrl} data-testid="write-review-sign-in" className="mt-4 inline-block font-semibold text-brand-700 hover:underline">
        {labels.signIn}
      </a>
    )
  }
  if (state?.status === "sent") {
    return <p role="status" data-testid="write-review-sent" className="mt-4 rounded-lg bg-brand-50 p-3 text-brand-800">{labels.thanks}</p>
  }
  if (!eligibility.eligibility.can_review) {
    return note(eligibility.eligibility.reason === "already_reviewed" ? labels.alreadyReviewed : labels.notPurchased)
  }
  if (!open) {
    return (
      <button
        type="button"
        onClick={() => setOpen(true)}
        data-testid="write-review-open"
        className="mt-4 rounded-full bg-brand-500 px-5 py-2 font-semibold text-white hover:bg-brand-600"
      >
        {labels.open}
      </button>
    )
  }
  return (
    <form action={formAction} data-testid="write-review-form" className="mt-4 space-y-4 rounded-xl border border-gray-200 bg-white p-4">
      <input type="hidden" name="productId" value={productId} />
      <fieldset>
        <legend className="mb-1 text-sm font-medium">{labels.rating}</legend>
        <div className="flex flex-row-reverse justify-end gap-1">
          {/* Written 5 → 1 and shown reversed: a checked or hovered star lights the ones after it in
              the markup (CSS ~), which are the lower ones on screen. */}
          {[5, 4, 3, 2, 1].map((star) => (
            <label key={star} className="cursor-pointer rounded text-3xl text-gray-300 has-[:checked]:text-amber-600 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-500 hover:text-amber-500 [label:has(:checked)~&]:text-amber-600 [label:hover~&]:text-amber-500">
              <input type="radio" name="rating" value={star} required className="sr-only" />
              <span aria-hidden>★</span>
              <span className="sr-only">{`${star} ${labels.ratingValue}`}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label className="block">
        <span className="mb-1 block text-sm font-medium">{labels.title}</span>
        <input name="title" required maxLength={REVIEW_TITLE_MAX} className={field} />
      </label>
      <label className="block">
        <span className="mb-1 block text-sm font-medium">{labels.body}</span>
        <textarea name="body" required rows={5} maxLength={REVIEW_BODY_MAX} className={field} />
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="showName" defaultChecked className="h-4 w-4 accent-brand-600" />
        {labels.showName}
      </label>
      {state?.status === "error" && (
        <p role="alert" data-testid="write-review-error" className="text-sm font-medium text-deal-500">{state.message}</p>
      )}
      <button disabled={pending} data-testid="write-review-submit" className="rounded-full bg-brand-500 px-5 py-2 font-semibold text-white hover:bg-brand-600 disabled:opacity-60">
        {pending ? labels.sending : labels.submit}
      </button>
    </form>
  )
}

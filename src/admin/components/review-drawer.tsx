import { Button, Heading, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useReplyToReview, useReview } from "../hooks/reviews"
import { errorMessage } from "../lib/error-message"
import { useReviewTranslation } from "../lib/i18n"
import { reviewAuthor, textOrNull } from "../lib/review-format"
import type { AdminReview } from "../lib/review-types"
import { DetailDrawer, DrawerCloseFooter, DrawerNote } from "./detail-drawer"
import { TextareaField } from "./form-field"
import { ReviewProductCell, ReviewStars, ReviewStatusBadge, useFormatReviewDate } from "./review-cells"

type ReviewDrawerProps = {
  /** The review to show; the drawer is closed while it is null. */
  reviewId: string | null
  onClose: () => void
  onApprove: (id: string) => void
  onReject: (id: string) => void
  isModerating: boolean
}

/** The full text of a review, its moderation and the merchant's public reply. */
export function ReviewDrawer({ reviewId, onClose, onApprove, onReject, isModerating }: ReviewDrawerProps) {
  const { t } = useReviewTranslation()
  const { data: review, isPending, isError, error } = useReview(reviewId)

  return (
    <DetailDrawer
      open={reviewId !== null}
      onClose={onClose}
      testId="review-drawer"
      title={t("drawerTitle")}
      description={t("drawerDescription")}
      record={review}
      isPending={isPending}
      errorText={isError ? `${t("loadError")}: ${errorMessage(error, t("errorUnknown"))}` : null}
      footer={
        review && (
          <DrawerCloseFooter closeLabel={t("close")} onClose={onClose}>
            {review.status !== "rejected" && (
              <Button size="small" variant="danger" onClick={() => onReject(review.id)} disabled={isModerating} data-testid="review-drawer-reject">
                {t("reject")}
              </Button>
            )}
            {review.status !== "approved" && (
              <Button size="small" onClick={() => onApprove(review.id)} isLoading={isModerating} data-testid="review-drawer-approve">
                {t("approve")}
              </Button>
            )}
          </DrawerCloseFooter>
        )
      }
    >
      {(loaded) => (
        <>
          <ReviewDetails review={loaded} />
          {/* Keyed on the saved reply, so the field restarts from it after each save. */}
          <ReplyForm key={`${loaded.id}:${loaded.replied_at ?? ""}`} review={loaded} />
        </>
      )}
    </DetailDrawer>
  )
}

function ReviewDetails({ review }: { review: AdminReview }) {
  const { t } = useReviewTranslation()
  const formatDate = useFormatReviewDate()
  const author = reviewAuthor(review) ?? t("anonymous")
  return (
    <div className="flex flex-col gap-y-4">
      <div className="flex items-center justify-between gap-x-4">
        <ReviewProductCell review={review} />
        <ReviewStatusBadge status={review.status} />
      </div>
      <div className="flex flex-col gap-y-2">
        <ReviewStars rating={review.rating} />
        <Heading level="h3">{review.title}</Heading>
        {/* Plain text: React escapes it, line breaks are kept by CSS. */}
        <Text size="small" className="whitespace-pre-wrap break-words" data-testid="review-body">
          {review.body}
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {t("writtenBy", { author, date: formatDate(review.created_at, true) })}
        </Text>
        {review.customer?.email && review.customer.email !== author && (
          <Text size="xsmall" className="text-ui-fg-subtle">{`${t("customerEmail")}: ${review.customer.email}`}</Text>
        )}
        <Text size="xsmall" className="text-ui-fg-subtle">{`${t("order")}: ${review.order_id}`}</Text>
      </div>
      {review.moderated_at && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          {t("moderatedAt", { date: formatDate(review.moderated_at, true) })}
        </Text>
      )}
      {review.status === "rejected" && (
        <DrawerNote label={t("rejectionReason")} testId="review-rejection-reason">
          {review.rejection_reason || t("none")}
        </DrawerNote>
      )}
    </div>
  )
}

function ReplyForm({ review }: { review: AdminReview }) {
  const { t } = useReviewTranslation()
  const formatDate = useFormatReviewDate()
  const replyToReview = useReplyToReview()
  const [text, setText] = useState(review.reply ?? "")
  const reply = textOrNull(text)

  const send = (next: string | null) =>
    replyToReview.mutate(
      { id: review.id, reply: next },
      {
        onSuccess: () => toast.success(next === null ? t("toastReplyRemoved") : t("toastReplySaved")),
        onError: (failure) => toast.error(errorMessage(failure, t("errorUnknown"))),
      }
    )

  return (
    <form
      className="flex flex-col gap-y-2 border-t pt-6"
      onSubmit={(event) => {
        event.preventDefault()
        send(reply)
      }}
    >
      <TextareaField
        id="review-reply"
        label={t("reply")}
        hint={t("replyHint")}
        value={text}
        onChange={setText}
        rows={5}
        maxLength={2000}
        testId="review-reply"
      />
      {review.replied_at && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          {t("repliedAt", { date: formatDate(review.replied_at, true) })}
        </Text>
      )}
      <div className="flex justify-end gap-x-2">
        {review.reply && (
          <Button
            type="button"
            size="small"
            variant="secondary"
            onClick={() => send(null)}
            disabled={replyToReview.isPending}
            data-testid="review-reply-remove"
          >
            {t("removeReply")}
          </Button>
        )}
        <Button
          type="submit"
          size="small"
          isLoading={replyToReview.isPending}
          disabled={reply === (review.reply ?? null)}
          data-testid="review-reply-save"
        >
          {t("save")}
        </Button>
      </div>
    </form>
  )
}

import { createDataTableColumnHelper, createDataTableFilterHelper } from "@medusajs/ui"
import { useMemo } from "react"
import { useReviewTranslation } from "../lib/i18n"
import { REVIEW_RATINGS } from "../lib/review-list-query"
import type { AdminReview } from "../lib/review-types"
import {
  ReviewAuthorCell,
  ReviewDateCell,
  ReviewProductCell,
  ReviewStars,
  ReviewStatusBadge,
  ReviewTextCell,
} from "./review-cells"

const columnHelper = createDataTableColumnHelper<AdminReview>()
const filterHelper = createDataTableFilterHelper<AdminReview>()

/** Columns the API sorts by but the table does not show; ids are the API's `order` fields. */
export const REVIEW_SORT_ONLY_COLUMNS = { moderated_at: false }

/** The columns of the Reviews table, labelled in the admin's language. */
export function useReviewsTableColumns() {
  const { t } = useReviewTranslation()
  return useMemo(() => {
    const dateSort = { enableSorting: true, sortAscLabel: t("sortDateAsc"), sortDescLabel: t("sortDateDesc") }
    return [
      columnHelper.select(),
      columnHelper.display({
        id: "product",
        header: t("columnProduct"),
        cell: ({ row }) => <ReviewProductCell review={row.original} />,
      }),
      columnHelper.accessor("rating", {
        header: t("columnRating"),
        cell: ({ getValue }) => <ReviewStars rating={getValue()} />,
        enableSorting: true,
        sortLabel: t("columnRating"),
        sortAscLabel: t("sortRatingAsc"),
        sortDescLabel: t("sortRatingDesc"),
      }),
      columnHelper.display({
        id: "review",
        header: t("columnReview"),
        cell: ({ row }) => <ReviewTextCell review={row.original} />,
      }),
      columnHelper.display({
        id: "author",
        header: t("columnAuthor"),
        cell: ({ row }) => <ReviewAuthorCell review={row.original} />,
      }),
      columnHelper.accessor("status", {
        header: t("columnStatus"),
        cell: ({ getValue }) => <ReviewStatusBadge status={getValue()} />,
      }),
      columnHelper.accessor("created_at", {
        header: t("columnDate"),
        cell: ({ getValue }) => <ReviewDateCell iso={getValue()} />,
        sortLabel: t("columnDate"),
        ...dateSort,
      }),
      columnHelper.accessor("moderated_at", { header: t("columnModeratedAt"), ...dateSort }),
    ]
  }, [t])
}

/** The filters of the Reviews table; their ids are the API's query parameters. */
export function useReviewsTableFilters() {
  const { t } = useReviewTranslation()
  return useMemo(
    () => [
      filterHelper.accessor("status", {
        type: "multiselect",
        label: t("columnStatus"),
        searchable: false,
        options: [
          { label: t("statusPending"), value: "pending" },
          { label: t("statusApproved"), value: "approved" },
          { label: t("statusRejected"), value: "rejected" },
        ],
      }),
      filterHelper.accessor("rating", {
        type: "multiselect",
        label: t("columnRating"),
        searchable: false,
        options: REVIEW_RATINGS.map((rating) => ({ label: t("ratingOption", { count: rating }), value: String(rating) })),
      }),
    ],
    [t]
  )
}

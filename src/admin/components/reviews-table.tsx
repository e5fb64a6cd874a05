import {
  Badge,
  DataTable,
  IconButton,
  createDataTableCommandHelper,
  toast,
  useDataTable,
  type DataTableFilteringState,
  type DataTablePaginationState,
  type DataTableRowSelectionState,
  type DataTableSortingState,
  type VisibilityState,
} from "@medusajs/ui"
import { XMarkMini } from "@medusajs/icons"
import { useMemo, useState } from "react"
import { useSearchParams } from "react-router-dom"
import { useModerateReviews, useReviews } from "../hooks/reviews"
import { errorMessage } from "../lib/error-message"
import { useReviewTranslation } from "../lib/i18n"
import {
  REVIEWS_PAGE_SIZE,
  isPendingQueue,
  reviewFiltersFromSearch,
  selectedReviewIds,
  toReviewListParams,
} from "../lib/review-list-query"
import { TableContent, TableEmptyState, TableToolbar } from "./data-table-parts"
import { ReviewDrawer } from "./review-drawer"
import { ReviewRejectPrompt } from "./review-reject-prompt"
import { REVIEW_SORT_ONLY_COLUMNS, useReviewsTableColumns, useReviewsTableFilters } from "./reviews-table-columns"

const commandHelper = createDataTableCommandHelper()

/**
 * The moderation queue: reviews filtered (pending by default), sorted and paged by the server;
 * selected rows are approved or rejected together, a row opens the review.
 */
export function ReviewsTable() {
  const { t } = useReviewTranslation()
  const [searchParams, setSearchParams] = useSearchParams()
  const productId = searchParams.get("product_id")
  const [filtering, setFiltering] = useState<DataTableFilteringState>(() => reviewFiltersFromSearch(searchParams))
  const [sorting, setSorting] = useState<DataTableSortingState | null>(null)
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: REVIEWS_PAGE_SIZE })
  const [columnVisibility, setColumnVisibility] = useState<VisibilityState>(REVIEW_SORT_ONLY_COLUMNS)
  const [rowSelection, setRowSelection] = useState<DataTableRowSelectionState>({})
  const [openReviewId, setOpenReviewId] = useState<string | null>(null)
  const [rejectIds, setRejectIds] = useState<string[] | null>(null)
  const columns = useReviewsTableColumns()
  const filters = useReviewsTableFilters()
  const moderate = useModerateReviews()

  const params = useMemo(
    () => toReviewListParams({ filters: filtering, productId, sort: sorting, pageIndex: pagination.pageIndex }),
    [filtering, productId, sorting, pagination.pageIndex]
  )
  const { data, isPending, isError, error } = useReviews(params)
  const reviews = useMemo(() => data?.reviews ?? [], [data])

  const approve = (ids: string[]) =>
    moderate.mutate(
      { ids, status: "approved" },
      {
        onSuccess: () => {
          toast.success(t("toastApproved", { count: ids.length }))
          setRowSelection({})
        },
        onError: (failure) => toast.error(errorMessage(failure, t("errorUnknown"))),
      }
    )

  const commands = useMemo(
    () => [
      commandHelper.command({
        label: t("approve"),
        shortcut: "A",
        action: (selection) => approve(selectedReviewIds(selection)),
      }),
      commandHelper.command({
        label: t("reject"),
        shortcut: "R",
        action: (selection) => setRejectIds(selectedReviewIds(selection)),
      }),
    ],
    // `approve` only uses stable setters and the mutation's `mutate`, which stays the same.
    [t, moderate.mutate]
  )

  const table = useDataTable({
    data: reviews,
    columns,
    filters,
    commands,
    getRowId: (review) => review.id,
    rowCount: data?.count ?? 0,
    isLoading: isPending,
    filtering: {
      state: filtering,
      onFilteringChange: (next) => {
        // A selection made under other filters may hold rows no longer shown.
        setRowSelection({})
        setFiltering(next)
      },
    },
    sorting: { state: sorting, onSortingChange: (next) => setSorting(next ?? null) },
    pagination: { state: pagination, onPaginationChange: setPagination },
    columnVisibility: { state: columnVisibility, onColumnVisibilityChange: setColumnVisibility },
    rowSelection: { state: rowSelection, onRowSelectionChange: setRowSelection },
    // Typed as the review, but DataTable 4.2.6 passes TanStack's row; both carry the id of getRowId.
    onRowClick: (_event, row) => setOpenReviewId(row.id),
  })

  const clearProduct = () => {
    const next = new URLSearchParams(searchParams)
    next.delete("product_id")
    setRowSelection({})
    setPagination((current) => ({ ...current, pageIndex: 0 }))
    setSearchParams(next)
  }
  const productTitle = reviews[0]?.product?.title ?? productId

  const queueEmpty = (
    <TableEmptyState heading={t("queueEmptyHeading")} description={t("queueEmptyDescription")} testId="reviews-empty" />
  )

  return (
    <>
      <DataTable instance={table}>
        <TableToolbar
          afterFilters={
            productId && (
              <Badge size="small" className="flex items-center gap-x-1" data-testid="reviews-product-filter">
                <span className="max-w-[240px] truncate">{t("productFilter", { title: productTitle ?? "" })}</span>
                <IconButton size="2xsmall" variant="transparent" onClick={clearProduct} aria-label={t("productFilterClear")}>
                  <XMarkMini />
                </IconButton>
              </Badge>
            )
          }
        />
        <TableContent
          errorText={isError ? `${t("loadError")}: ${errorMessage(error, t("errorUnknown"))}` : null}
          errorTestId="reviews-error"
          emptyState={{
            empty: { heading: t("emptyHeading"), description: t("emptyDescription") },
            // The page opens filtered on pending reviews: an empty queue is good news, not a miss.
            filtered: isPendingQueue({ filters: filtering, productId })
              ? { custom: queueEmpty }
              : { heading: t("filteredHeading"), description: t("filteredDescription") },
          }}
        />
        <DataTable.CommandBar selectedLabel={(count) => t("selected", { count })} />
      </DataTable>
      <ReviewDrawer
        reviewId={openReviewId}
        onClose={() => setOpenReviewId(null)}
        onApprove={(id) => approve([id])}
        onReject={(id) => setRejectIds([id])}
        isModerating={moderate.isPending}
      />
      <ReviewRejectPrompt ids={rejectIds} onClose={() => setRejectIds(null)} onRejected={() => setRowSelection({})} />
    </>
  )
}

import {
  Button,
  DataTable,
  Text,
  useDataTable,
  type DataTableFilteringState,
  type DataTablePaginationState,
  type DataTableSortingState,
  type VisibilityState,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useNavigate } from "react-router-dom"
import { useDeals } from "../hooks/deals"
import { DEALS_PAGE_SIZE, toDealListParams } from "../lib/deal-list-query"
import { errorMessage } from "../lib/error-message"
import { useDealTranslation } from "../lib/i18n"
import { SORT_ONLY_COLUMNS, useDealsTableColumns, useDealsTableFilters } from "./deals-table-columns"

/** Every deal, searched, filtered, sorted and paged by the server; a row opens its product. */
export function DealsTable() {
  const { t } = useDealTranslation()
  const navigate = useNavigate()
  const [search, setSearch] = useState("")
  const [filtering, setFiltering] = useState<DataTableFilteringState>({})
  const [sorting, setSorting] = useState<DataTableSortingState | null>(null)
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: DEALS_PAGE_SIZE })
  const [columnVisibility, setColumnVisibility] = useState<VisibilityState>(SORT_ONLY_COLUMNS)
  const columns = useDealsTableColumns()
  const filters = useDealsTableFilters()

  const params = useMemo(
    () => toDealListParams({ search, filters: filtering, sort: sorting, pageIndex: pagination.pageIndex }),
    [search, filtering, sorting, pagination.pageIndex]
  )
  const { data, isPending, isError, error } = useDeals(params)
  const deals = useMemo(() => data?.deals ?? [], [data])

  const table = useDataTable({
    data: deals,
    columns,
    filters,
    getRowId: (deal) => deal.id,
    rowCount: data?.count ?? 0,
    isLoading: isPending,
    search: { state: search, onSearchChange: setSearch },
    filtering: { state: filtering, onFilteringChange: setFiltering },
    // Clearing a column's sort from its header hands over no sort at all.
    sorting: { state: sorting, onSortingChange: (next) => setSorting(next ?? null) },
    pagination: { state: pagination, onPaginationChange: setPagination },
    columnVisibility: { state: columnVisibility, onColumnVisibilityChange: setColumnVisibility },
    // Typed as the deal, but DataTable 4.2.6 passes TanStack's row; both carry the id of getRowId.
    onRowClick: (_event, row) => {
      const deal = deals.find((candidate) => candidate.id === row.id)
      if (deal) {
        navigate(`/products/${deal.product_id}`)
      }
    },
  })

  return (
    <DataTable instance={table}>
      <DataTable.Toolbar
        className="flex items-center justify-between gap-x-2"
        translations={{ clearAll: t("clearAll"), sort: t("sort") }}
      >
        <DataTable.FilterMenu tooltip={t("addFilter")} />
        <div className="flex items-center gap-x-2">
          <DataTable.Search placeholder={t("dealsSearch")} />
          <DataTable.SortingMenu tooltip={t("sort")} />
        </div>
      </DataTable.Toolbar>
      {isError ? (
        <Text size="small" className="text-ui-fg-error border-t px-6 py-4" data-testid="deals-error">
          {`${t("dealsLoadError")}: ${errorMessage(error, t("errorUnknown"))}`}
        </Text>
      ) : (
        <>
          <DataTable.Table
            emptyState={{
              empty: { custom: <NoDeals onOpenProducts={() => navigate("/products")} /> },
              filtered: { heading: t("dealsFilteredHeading"), description: t("dealsFilteredDescription") },
            }}
          />
          <DataTable.Pagination
            translations={{
              of: t("paginationOf"),
              results: t("paginationResults"),
              pages: t("paginationPages"),
              prev: t("paginationPrev"),
              next: t("paginationNext"),
            }}
          />
        </>
      )}
    </DataTable>
  )
}

function NoDeals({ onOpenProducts }: { onOpenProducts: () => void }) {
  const { t } = useDealTranslation()
  return (
    <div className="flex flex-col items-center gap-y-2 text-center" data-testid="deals-empty">
      <Text size="base" weight="plus">
        {t("dealsEmptyHeading")}
      </Text>
      <Text size="small" className="text-ui-fg-subtle max-w-md">
        {t("dealsEmptyDescription")}
      </Text>
      <Button size="small" variant="secondary" className="mt-2" onClick={onOpenProducts}>
        {t("dealsEmptyAction")}
      </Button>
    </div>
  )
}

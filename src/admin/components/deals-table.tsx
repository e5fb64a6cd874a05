import {
  Button,
  DataTable,
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
import { TableContent, TableEmptyState, TableToolbar } from "./data-table-parts"
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
      <TableToolbar beforeSorting={<DataTable.Search placeholder={t("dealsSearch")} />} />
      <TableContent
        errorText={isError ? `${t("dealsLoadError")}: ${errorMessage(error, t("errorUnknown"))}` : null}
        errorTestId="deals-error"
        emptyState={{
          empty: { custom: <NoDeals onOpenProducts={() => navigate("/products")} /> },
          filtered: { heading: t("dealsFilteredHeading"), description: t("dealsFilteredDescription") },
        }}
      />
    </DataTable>
  )
}

function NoDeals({ onOpenProducts }: { onOpenProducts: () => void }) {
  const { t } = useDealTranslation()
  return (
    <TableEmptyState heading={t("dealsEmptyHeading")} description={t("dealsEmptyDescription")} testId="deals-empty">
      <Button size="small" variant="secondary" className="mt-2" onClick={onOpenProducts}>
        {t("dealsEmptyAction")}
      </Button>
    </TableEmptyState>
  )
}

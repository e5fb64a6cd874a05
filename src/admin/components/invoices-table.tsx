import {
  DataTable,
  useDataTable,
  type DataTableFilteringState,
  type DataTablePaginationState,
  type DataTableSortingState,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useInvoices } from "../hooks/invoices"
import { errorMessage } from "../lib/error-message"
import { useInvoiceTranslation } from "../lib/i18n"
import { currentMonthPeriod, INVOICES_PAGE_SIZE, toInvoiceListParams, type InvoicePeriod } from "../lib/invoice-list-query"
import { TableContent, TableToolbar } from "./data-table-parts"
import { useInvoicesTableColumns, useInvoicesTableFilters } from "./invoices-table-columns"
import { InvoiceExportButton } from "./invoices-table-export"
import { InvoicePeriodInputs } from "./invoices-table-period"

/**
 * Invoices and credit notes of a period (the current month at first), newest first, searched,
 * filtered, sorted and paged by the server; the period's accounting CSV is one click away.
 */
export function InvoicesTable() {
  const { t } = useInvoiceTranslation()
  const [search, setSearch] = useState("")
  const [filtering, setFiltering] = useState<DataTableFilteringState>({})
  const [period, setPeriod] = useState<InvoicePeriod>(() => currentMonthPeriod())
  const [sorting, setSorting] = useState<DataTableSortingState | null>(null)
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: INVOICES_PAGE_SIZE })
  const columns = useInvoicesTableColumns()
  const filters = useInvoicesTableFilters()

  const params = useMemo(
    () => toInvoiceListParams({ search, filters: filtering, period, sort: sorting, pageIndex: pagination.pageIndex }),
    [search, filtering, period, sorting, pagination.pageIndex]
  )
  const { data, isPending, isError, error } = useInvoices(params)

  const table = useDataTable({
    data: data?.invoices ?? [],
    columns,
    filters,
    getRowId: (invoice) => invoice.id,
    rowCount: data?.count ?? 0,
    isLoading: isPending,
    search: { state: search, onSearchChange: setSearch },
    filtering: { state: filtering, onFilteringChange: setFiltering },
    // Clearing a column's sort from its header hands over no sort at all: the server's newest first.
    sorting: { state: sorting, onSortingChange: (next) => setSorting(next ?? null) },
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  const changePeriod = (next: InvoicePeriod) => {
    // The DataTable resets the page for its own filters only; the period lives outside it.
    setPagination((current) => ({ ...current, pageIndex: 0 }))
    setPeriod(next)
  }
  const hasPeriod = period.from !== "" || period.to !== ""

  return (
    <DataTable instance={table}>
      <TableToolbar
        afterFilters={<InvoicePeriodInputs period={period} onChange={changePeriod} />}
        beforeSorting={
          <>
            <DataTable.Search placeholder={t("search")} />
            <InvoiceExportButton period={period} filters={filtering} />
          </>
        }
      />
      <TableContent
        errorText={isError ? `${t("loadError")}: ${errorMessage(error, t("errorUnknown"))}` : null}
        errorTestId="invoices-error"
        emptyState={{
          // The DataTable only counts its own search and filters: an empty period would read as "no invoice yet".
          empty: hasPeriod
            ? { heading: t("periodEmptyHeading"), description: t("periodEmptyDescription") }
            : { heading: t("emptyHeading"), description: t("emptyDescription") },
          filtered: { heading: t("filteredHeading"), description: t("filteredDescription") },
        }}
      />
    </DataTable>
  )
}

import { Button, DataTable, useDataTable, type DataTableFilteringState, type DataTablePaginationState } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useNavigate } from "react-router-dom"
import { useLicenses } from "../hooks/licenses"
import { errorMessage } from "../lib/error-message"
import { useLicenseTranslation } from "../lib/i18n"
import { LICENSES_PAGE_SIZE, toLicenseListParams } from "../lib/license-list-query"
import { TableContent, TableEmptyState, TableToolbar } from "./data-table-parts"
import { LicenseDrawer } from "./license-drawer"
import { useLicensesTableColumns, useLicensesTableFilters } from "./licenses-table-columns"

/** Every license sold, searched by key or e-mail, filtered and paged by the server; a row opens the license. */
export function LicensesTable() {
  const { t } = useLicenseTranslation()
  const navigate = useNavigate()
  const [search, setSearch] = useState("")
  const [filtering, setFiltering] = useState<DataTableFilteringState>({})
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: LICENSES_PAGE_SIZE })
  const [openLicenseId, setOpenLicenseId] = useState<string | null>(null)
  const columns = useLicensesTableColumns()
  const filters = useLicensesTableFilters()

  const params = useMemo(
    () => toLicenseListParams({ search, filters: filtering, pageIndex: pagination.pageIndex }),
    [search, filtering, pagination.pageIndex]
  )
  const { data, isPending, isError, error } = useLicenses(params)

  const table = useDataTable({
    data: data?.licenses ?? [],
    columns,
    filters,
    getRowId: (license) => license.id,
    rowCount: data?.count ?? 0,
    isLoading: isPending,
    // The DataTable goes back to the first page when the search or a filter changes.
    search: { state: search, onSearchChange: setSearch },
    filtering: { state: filtering, onFilteringChange: setFiltering },
    pagination: { state: pagination, onPaginationChange: setPagination },
    // Typed as the license, but DataTable 4.2.6 passes TanStack's row; both carry the id of getRowId.
    onRowClick: (_event, row) => setOpenLicenseId(row.id),
  })

  return (
    <>
      <DataTable instance={table}>
        <TableToolbar sortable={false} beforeSorting={<DataTable.Search placeholder={t("search")} />} />
        <TableContent
          errorText={isError ? `${t("loadError")}: ${errorMessage(error, t("errorUnknown"))}` : null}
          errorTestId="licenses-error"
          emptyState={{
            empty: {
              custom: (
                <TableEmptyState heading={t("emptyHeading")} description={t("emptyDescription")} testId="licenses-empty">
                  <Button size="small" variant="secondary" className="mt-2" onClick={() => navigate("/products")}>
                    {t("emptyAction")}
                  </Button>
                </TableEmptyState>
              ),
            },
            filtered: { heading: t("filteredHeading"), description: t("filteredDescription") },
          }}
        />
      </DataTable>
      <LicenseDrawer licenseId={openLicenseId} onClose={() => setOpenLicenseId(null)} />
    </>
  )
}

import { Button, DataTable, useDataTable, type DataTableFilteringState, type DataTablePaginationState } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useNavigate } from "react-router-dom"
import { useWebhooks } from "../hooks/webhooks"
import { errorMessage } from "../lib/error-message"
import { useWebhookTranslation } from "../lib/i18n"
import { toWebhookListParams, WEBHOOKS_PAGE_SIZE } from "../lib/webhook-list-query"
import { webhookDetailPath } from "../lib/webhook-links"
import { TableContent, TableEmptyState, TableToolbar } from "./data-table-parts"
import { useWebhooksTableColumns, useWebhooksTableFilters } from "./webhooks-table-columns"

/** The store's webhook endpoints, searched, filtered and paged by the server; a row opens the endpoint. */
export function WebhooksTable({ onCreate }: { onCreate: () => void }) {
  const { t } = useWebhookTranslation()
  const navigate = useNavigate()
  const [search, setSearch] = useState("")
  const [filtering, setFiltering] = useState<DataTableFilteringState>({})
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: WEBHOOKS_PAGE_SIZE })
  const columns = useWebhooksTableColumns()
  const filters = useWebhooksTableFilters()

  const params = useMemo(
    () => toWebhookListParams({ search, filters: filtering, pageIndex: pagination.pageIndex }),
    [search, filtering, pagination.pageIndex]
  )
  const { data, isPending, isError, error } = useWebhooks(params)

  const table = useDataTable({
    data: data?.webhooks ?? [],
    columns,
    filters,
    getRowId: (webhook) => webhook.id,
    rowCount: data?.count ?? 0,
    isLoading: isPending,
    // The DataTable goes back to the first page when the search or a filter changes.
    search: { state: search, onSearchChange: setSearch },
    filtering: { state: filtering, onFilteringChange: setFiltering },
    pagination: { state: pagination, onPaginationChange: setPagination },
    // Typed as the endpoint, but DataTable 4.2.6 passes TanStack's row; both carry the id of getRowId.
    onRowClick: (_event, row) => navigate(webhookDetailPath(row.id)),
  })

  return (
    <DataTable instance={table}>
      <TableToolbar sortable={false} beforeSorting={<DataTable.Search placeholder={t("search")} />} />
      <TableContent
        errorText={isError ? `${t("loadError")}: ${errorMessage(error, t("errorUnknown"))}` : null}
        errorTestId="webhooks-error"
        emptyState={{
          empty: {
            custom: (
              <TableEmptyState heading={t("emptyHeading")} description={t("emptyDescription")} testId="webhooks-empty">
                <Button size="small" variant="secondary" className="mt-2" onClick={onCreate} data-testid="webhooks-empty-create">
                  {t("createWebhook")}
                </Button>
              </TableEmptyState>
            ),
          },
          filtered: { heading: t("filteredHeading"), description: t("filteredDescription") },
        }}
      />
    </DataTable>
  )
}

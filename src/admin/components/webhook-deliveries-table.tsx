import { DataTable, useDataTable, type DataTableFilteringState, type DataTablePaginationState } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useWebhookDeliveries, useWebhookEvents } from "../hooks/webhooks"
import { errorMessage } from "../lib/error-message"
import { useWebhookTranslation } from "../lib/i18n"
import { toDeliveryListParams, WEBHOOK_DELIVERIES_PAGE_SIZE, type DeliveryPeriod } from "../lib/webhook-list-query"
import { TableContent, TableToolbar } from "./data-table-parts"
import { WebhookDeliveryPeriod } from "./webhook-delivery-period"
import { useWebhookDeliveriesTableColumns, useWebhookDeliveriesTableFilters } from "./webhook-deliveries-table-columns"

type WebhookDeliveriesTableProps = {
  webhookId: string
  onOpenDelivery: (id: string) => void
}

/** An endpoint's deliveries, newest first, filtered and paged by the server; a row opens the delivery. */
export function WebhookDeliveriesTable({ webhookId, onOpenDelivery }: WebhookDeliveriesTableProps) {
  const { t } = useWebhookTranslation()
  const [filtering, setFiltering] = useState<DataTableFilteringState>({})
  const [period, setPeriod] = useState<DeliveryPeriod>({ from: "", to: "" })
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: WEBHOOK_DELIVERIES_PAGE_SIZE })
  const { data: events } = useWebhookEvents()
  const columns = useWebhookDeliveriesTableColumns()
  const filters = useWebhookDeliveriesTableFilters(events ?? [])

  const params = useMemo(
    () => toDeliveryListParams({ endpointId: webhookId, filters: filtering, period, pageIndex: pagination.pageIndex }),
    [webhookId, filtering, period, pagination.pageIndex]
  )
  const { data, isPending, isError, error } = useWebhookDeliveries(params)

  const table = useDataTable({
    data: data?.deliveries ?? [],
    columns,
    filters,
    getRowId: (delivery) => delivery.id,
    rowCount: data?.count ?? 0,
    isLoading: isPending,
    filtering: { state: filtering, onFilteringChange: setFiltering },
    pagination: { state: pagination, onPaginationChange: setPagination },
    // Typed as the delivery, but DataTable 4.2.6 passes TanStack's row; both carry the id of getRowId.
    onRowClick: (_event, row) => onOpenDelivery(row.id),
  })

  const changePeriod = (next: DeliveryPeriod) => {
    // The DataTable resets the page for its own filters only; the period lives outside it.
    setPagination((current) => ({ ...current, pageIndex: 0 }))
    setPeriod(next)
  }
  const hasPeriod = period.from !== "" || period.to !== ""

  return (
    <DataTable instance={table}>
      <TableToolbar sortable={false} afterFilters={<WebhookDeliveryPeriod period={period} onChange={changePeriod} />} />
      <TableContent
        errorText={isError ? `${t("deliveriesLoadError")}: ${errorMessage(error, t("errorUnknown"))}` : null}
        errorTestId="deliveries-error"
        emptyState={{
          // The DataTable only counts its own filters: an empty period would read as "no delivery yet".
          empty: hasPeriod
            ? { heading: t("deliveriesFilteredHeading"), description: t("deliveriesFilteredDescription") }
            : { heading: t("deliveriesEmptyHeading"), description: t("deliveriesEmptyDescription") },
          filtered: { heading: t("deliveriesFilteredHeading"), description: t("deliveriesFilteredDescription") },
        }}
      />
    </DataTable>
  )
}

import { createDataTableColumnHelper, createDataTableFilterHelper } from "@medusajs/ui"
import { useMemo } from "react"
import { useWebhookTranslation } from "../lib/i18n"
import { WEBHOOK_STATUS_BADGES } from "../lib/webhook-format"
import type { AdminWebhookEndpoint } from "../lib/webhook-types"
import { badgeFilterOptions } from "./data-table-parts"
import { WebhookDateCell, WebhookEndpointCell, WebhookEventsCell, WebhookStatusCell } from "./webhook-cells"

const columnHelper = createDataTableColumnHelper<AdminWebhookEndpoint>()
const filterHelper = createDataTableFilterHelper<AdminWebhookEndpoint>()

/** The columns of the Webhooks table, labelled in the admin's language. */
export function useWebhooksTableColumns() {
  const { t } = useWebhookTranslation()
  return useMemo(
    () => [
      columnHelper.display({
        id: "endpoint",
        header: t("columnEndpoint"),
        cell: ({ row }) => <WebhookEndpointCell webhook={row.original} />,
      }),
      columnHelper.accessor("event_types", {
        header: t("columnEvents"),
        cell: ({ getValue }) => <WebhookEventsCell eventTypes={getValue()} />,
      }),
      columnHelper.accessor("status", {
        header: t("columnStatus"),
        cell: ({ row }) => <WebhookStatusCell webhook={row.original} />,
      }),
      columnHelper.accessor("created_at", {
        header: t("columnCreatedAt"),
        cell: ({ getValue }) => <WebhookDateCell iso={getValue()} withTime={false} />,
      }),
    ],
    [t]
  )
}

/** The filters of the Webhooks table; their ids are the API's query parameters. */
export function useWebhooksTableFilters() {
  const { t } = useWebhookTranslation()
  return useMemo(
    () => [
      filterHelper.accessor("status", {
        type: "radio",
        label: t("columnStatus"),
        options: badgeFilterOptions(WEBHOOK_STATUS_BADGES, t),
      }),
    ],
    [t]
  )
}

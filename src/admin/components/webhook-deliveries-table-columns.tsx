import { createDataTableColumnHelper, createDataTableFilterHelper } from "@medusajs/ui"
import { useMemo } from "react"
import { useWebhookTranslation } from "../lib/i18n"
import { WEBHOOK_DELIVERY_STATE_BADGES } from "../lib/webhook-format"
import type { AdminWebhookDelivery, AdminWebhookEventType } from "../lib/webhook-types"
import { badgeFilterOptions } from "./data-table-parts"
import { WebhookDateCell, WebhookDeliveryStateBadge, WebhookNextAttemptCell } from "./webhook-cells"

const columnHelper = createDataTableColumnHelper<AdminWebhookDelivery>()
const filterHelper = createDataTableFilterHelper<AdminWebhookDelivery>()

/** The columns of an endpoint's delivery log, labelled in the admin's language. */
export function useWebhookDeliveriesTableColumns() {
  const { t } = useWebhookTranslation()
  return useMemo(
    () => [
      columnHelper.accessor("event_type", {
        header: t("columnEventType"),
        cell: ({ row }) => (
          <span className="font-mono" data-testid="delivery-row" data-delivery-id={row.original.id}>
            {row.original.event_type}
          </span>
        ),
      }),
      columnHelper.accessor("state", {
        header: t("columnState"),
        cell: ({ getValue }) => <WebhookDeliveryStateBadge state={getValue()} />,
      }),
      columnHelper.accessor("attempts", { header: t("columnAttempts"), align: "right" }),
      columnHelper.accessor("last_status", {
        header: t("columnLastStatus"),
        cell: ({ getValue }) => {
          const status = getValue()
          return status === null ? <span className="text-ui-fg-muted">{t("none")}</span> : <span className="font-mono">{status}</span>
        },
      }),
      columnHelper.display({
        id: "next_attempt",
        header: t("columnNextAttempt"),
        cell: ({ row }) => <WebhookNextAttemptCell delivery={row.original} />,
      }),
      columnHelper.accessor("created_at", {
        header: t("columnDate"),
        cell: ({ getValue }) => <WebhookDateCell iso={getValue()} />,
      }),
    ],
    [t]
  )
}

/** The filters of a delivery log; their ids are the API's query parameters. */
export function useWebhookDeliveriesTableFilters(events: AdminWebhookEventType[]) {
  const { t } = useWebhookTranslation()
  return useMemo(
    () => [
      filterHelper.accessor("event_type", {
        type: "radio",
        label: t("columnEventType"),
        options: events.map((event) => ({ label: event.type, value: event.type })),
      }),
      filterHelper.accessor("state", {
        type: "radio",
        label: t("columnState"),
        options: badgeFilterOptions(WEBHOOK_DELIVERY_STATE_BADGES, t),
      }),
    ],
    [t, events]
  )
}

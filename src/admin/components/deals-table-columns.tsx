import { createDataTableColumnHelper, createDataTableFilterHelper } from "@medusajs/ui"
import { useMemo } from "react"
import type { AdminDeal } from "../lib/deal-types"
import { useDealTranslation } from "../lib/i18n"
import { DealEndsInCell, DealFlagsCell, DealPriceCell, DealProductCell, DealStatusCell } from "./deal-table-cells"

const columnHelper = createDataTableColumnHelper<AdminDeal>()
const filterHelper = createDataTableFilterHelper<AdminDeal>()

/**
 * Columns the API sorts by but the table does not show: kept hidden so the sorting menu still
 * offers them. Their ids are the API's `order` fields, like every sortable column's.
 */
export const SORT_ONLY_COLUMNS = { created_at: false, updated_at: false, starts_at: false }

/** The columns of the Deals table, labelled in the admin's language. */
export function useDealsTableColumns() {
  const { t } = useDealTranslation()
  return useMemo(() => {
    const dateSort = { enableSorting: true, sortAscLabel: t("sortDateAsc"), sortDescLabel: t("sortDateDesc") }
    return [
      columnHelper.display({
        id: "product",
        header: t("columnProduct"),
        cell: ({ row }) => <DealProductCell deal={row.original} />,
      }),
      columnHelper.accessor("status", {
        header: t("columnStatus"),
        cell: ({ getValue }) => <DealStatusCell status={getValue()} />,
      }),
      columnHelper.display({
        id: "price",
        header: t("columnPrice"),
        cell: ({ row }) => <DealPriceCell deal={row.original} />,
      }),
      columnHelper.display({
        id: "flags",
        header: t("visibility"),
        cell: ({ row }) => <DealFlagsCell deal={row.original} />,
      }),
      columnHelper.accessor("bought_count", {
        header: t("columnSold"),
        align: "right",
        enableSorting: true,
        sortLabel: t("columnSold"),
        sortAscLabel: t("sortCountAsc"),
        sortDescLabel: t("sortCountDesc"),
      }),
      columnHelper.accessor("ends_at", {
        header: t("columnEndsIn"),
        cell: ({ row }) => <DealEndsInCell deal={row.original} />,
        sortLabel: t("endsAt"),
        ...dateSort,
      }),
      columnHelper.accessor("created_at", { header: t("columnCreatedAt"), ...dateSort }),
      columnHelper.accessor("updated_at", { header: t("columnUpdatedAt"), ...dateSort }),
      columnHelper.accessor("starts_at", { header: t("startsAt"), ...dateSort }),
    ]
  }, [t])
}

/** The filters of the Deals table; their ids are the API's query parameters. */
export function useDealsTableFilters() {
  const { t } = useDealTranslation()
  return useMemo(() => {
    const yesNo = [
      { label: t("yes"), value: "true" },
      { label: t("no"), value: "false" },
    ]
    return [
      filterHelper.accessor("status", {
        type: "multiselect",
        label: t("columnStatus"),
        searchable: false,
        options: [
          { label: t("statusScheduled"), value: "scheduled" },
          { label: t("statusActive"), value: "live" },
          { label: t("statusEnded"), value: "ended" },
        ],
      }),
      filterHelper.accessor("is_featured", { type: "radio", label: t("featured"), options: yesNo }),
      filterHelper.accessor("is_deal_of_day", { type: "radio", label: t("dealOfDay"), options: yesNo }),
    ]
  }, [t])
}

import { createDataTableColumnHelper, createDataTableFilterHelper } from "@medusajs/ui"
import { useMemo } from "react"
import { useLicenseTranslation } from "../lib/i18n"
import { LICENSE_STATUS_BADGES } from "../lib/license-format"
import type { AdminLicense } from "../lib/license-types"
import { badgeFilterOptions } from "./data-table-parts"
import { LicenseActivationsCell, LicenseExpiresCell, LicenseKeyCell, LicenseProductCell, LicenseStatusBadge } from "./license-cells"

const columnHelper = createDataTableColumnHelper<AdminLicense>()
const filterHelper = createDataTableFilterHelper<AdminLicense>()

/** The columns of the Licenses table, labelled in the admin's language. */
export function useLicensesTableColumns() {
  const { t } = useLicenseTranslation()
  return useMemo(
    () => [
      columnHelper.accessor("key", {
        header: t("columnKey"),
        cell: ({ row }) => <LicenseKeyCell license={row.original} />,
      }),
      columnHelper.display({
        id: "product",
        header: t("columnProduct"),
        cell: ({ row }) => <LicenseProductCell license={row.original} />,
      }),
      columnHelper.accessor("email", {
        header: t("columnOwner"),
        cell: ({ getValue }) => <span className="block max-w-[220px] truncate">{getValue()}</span>,
      }),
      columnHelper.accessor("effective_status", {
        header: t("columnStatus"),
        cell: ({ row }) => <LicenseStatusBadge status={row.original.effective_status} reason={row.original.status_reason} />,
      }),
      columnHelper.display({
        id: "activations",
        header: t("columnActivations"),
        cell: ({ row }) => <LicenseActivationsCell license={row.original} />,
      }),
      columnHelper.accessor("expires_at", {
        header: t("columnExpires"),
        cell: ({ getValue }) => <LicenseExpiresCell iso={getValue()} />,
      }),
    ],
    [t]
  )
}

/** The filters of the Licenses table; their ids are the API's query parameters. */
export function useLicensesTableFilters() {
  const { t } = useLicenseTranslation()
  return useMemo(
    () => [
      // The API filters on the effective status, the one the badge shows.
      filterHelper.accessor("status", {
        type: "multiselect",
        label: t("columnStatus"),
        searchable: false,
        options: badgeFilterOptions(LICENSE_STATUS_BADGES, t),
      }),
    ],
    [t]
  )
}

import { createDataTableColumnHelper, createDataTableFilterHelper } from "@medusajs/ui"
import { useMemo } from "react"
import { INVOICE_KIND_LABELS, INVOICE_STATUS_BADGES } from "../lib/invoice-format"
import type { AdminInvoice } from "../lib/invoice-types"
import { useInvoiceTranslation } from "../lib/i18n"
import { badgeFilterOptions } from "./data-table-parts"
import {
  InvoiceAmount,
  InvoiceCustomerCell,
  InvoiceDateCell,
  InvoiceNumberCell,
  InvoiceOrderCell,
  InvoicePdfLink,
  InvoiceStatusBadges,
} from "./invoice-cells"

const columnHelper = createDataTableColumnHelper<AdminInvoice>()
const filterHelper = createDataTableFilterHelper<AdminInvoice>()

/** The columns of the Invoices table; each row ends with a link to its PDF. */
export function useInvoicesTableColumns() {
  const { t } = useInvoiceTranslation()
  return useMemo(() => {
    const amountColumn = (id: "total_net" | "total_tax" | "total_gross", header: string) =>
      columnHelper.accessor(id, {
        header,
        align: "right",
        cell: ({ getValue, row }) => <InvoiceAmount amount={getValue()} currencyCode={row.original.currency_code} />,
      })
    return [
      columnHelper.accessor("number", {
        header: t("columnNumber"),
        cell: ({ row }) => <InvoiceNumberCell invoice={row.original} />,
        enableSorting: true,
        sortLabel: t("columnNumber"),
        sortAscLabel: t("sortNumberAsc"),
        sortDescLabel: t("sortNumberDesc"),
      }),
      columnHelper.accessor("issued_at", {
        header: t("columnDate"),
        cell: ({ getValue }) => <InvoiceDateCell iso={getValue()} />,
        enableSorting: true,
        sortLabel: t("columnDate"),
        sortAscLabel: t("sortDateAsc"),
        sortDescLabel: t("sortDateDesc"),
      }),
      columnHelper.accessor("buyer", {
        header: t("columnCustomer"),
        cell: ({ getValue }) => <InvoiceCustomerCell buyer={getValue()} />,
      }),
      columnHelper.display({
        id: "order",
        header: t("columnOrder"),
        cell: ({ row }) => <InvoiceOrderCell invoice={row.original} />,
      }),
      amountColumn("total_net", t("columnNet")),
      amountColumn("total_tax", t("columnTax")),
      amountColumn("total_gross", t("columnGross")),
      columnHelper.accessor("status", {
        header: t("columnStatus"),
        cell: ({ row }) => <InvoiceStatusBadges invoice={row.original} />,
      }),
      columnHelper.display({
        id: "pdf",
        // A plain link rather than the DataTable's action menu: one click opens the PDF.
        cell: ({ row }) => <InvoicePdfLink invoice={row.original} />,
      }),
    ]
  }, [t])
}

/** The filters of the Invoices table; their ids are the API's query parameters, which take one value each. */
export function useInvoicesTableFilters() {
  const { t } = useInvoiceTranslation()
  return useMemo(
    () => [
      filterHelper.accessor("kind", {
        type: "radio",
        label: t("columnKind"),
        options: Object.entries(INVOICE_KIND_LABELS).map(([kind, label]) => ({ label: t(label), value: kind })),
      }),
      filterHelper.accessor("status", {
        type: "radio",
        label: t("columnStatus"),
        options: badgeFilterOptions(INVOICE_STATUS_BADGES, t),
      }),
    ],
    [t]
  )
}

import { Button, createDataTableColumnHelper, createDataTableFilterHelper } from "@medusajs/ui"
import { useMemo } from "react"
import { EMAIL_STATUS_BADGES } from "../lib/email-format"
import type { AdminEmail } from "../lib/email-types"
import { useEmailTranslation } from "../lib/i18n"
import { badgeFilterOptions } from "./data-table-parts"
import { EmailDateCell, EmailNextTryCell, EmailStatusBadge, EmailTemplateCell } from "./email-cells"

const columnHelper = createDataTableColumnHelper<AdminEmail>()
const filterHelper = createDataTableFilterHelper<AdminEmail>()

type SendAgain = {
  onSendAgain: (email: AdminEmail) => void
  /** The e-mail being sent again, whose button waits; null when none is. */
  sendingId: string | null
}

/** The columns of the E-mails table; failed rows carry a "Send again" button. */
export function useEmailsTableColumns({ onSendAgain, sendingId }: SendAgain) {
  const { t } = useEmailTranslation()
  return useMemo(
    () => [
      columnHelper.accessor("created_at", {
        header: t("columnDate"),
        cell: ({ getValue }) => <EmailDateCell iso={getValue()} />,
      }),
      columnHelper.accessor("to", {
        header: t("columnRecipient"),
        cell: ({ getValue }) => <span className="block max-w-[240px] truncate">{getValue()}</span>,
      }),
      columnHelper.accessor("template", {
        header: t("columnTemplate"),
        cell: ({ getValue }) => <EmailTemplateCell template={getValue()} />,
      }),
      columnHelper.accessor("status", {
        header: t("columnStatus"),
        cell: ({ getValue }) => <EmailStatusBadge status={getValue()} />,
      }),
      columnHelper.display({
        id: "next_try",
        header: t("columnNextTry"),
        cell: ({ row }) => <EmailNextTryCell email={row.original} />,
      }),
      columnHelper.display({
        id: "send_again",
        // The DataTable's action column would show an empty menu on the rows that did not fail.
        cell: ({ row }) =>
          row.original.status === "failure" && (
            <Button
              size="small"
              variant="secondary"
              isLoading={sendingId === row.original.id}
              disabled={sendingId !== null}
              onClick={() => onSendAgain(row.original)}
              data-testid="email-send-again"
            >
              {t("sendAgain")}
            </Button>
          ),
      }),
    ],
    [t, onSendAgain, sendingId]
  )
}

/** The filters of the E-mails table; their ids are the API's query parameters. */
export function useEmailsTableFilters() {
  const { t } = useEmailTranslation()
  return useMemo(
    () => [
      filterHelper.accessor("status", {
        type: "multiselect",
        label: t("columnStatus"),
        searchable: false,
        options: badgeFilterOptions(EMAIL_STATUS_BADGES, t),
      }),
    ],
    [t]
  )
}

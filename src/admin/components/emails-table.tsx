import {
  DataTable,
  toast,
  useDataTable,
  type DataTableFilteringState,
  type DataTablePaginationState,
} from "@medusajs/ui"
import { useCallback, useMemo, useState } from "react"
import { useEmails, useRetryEmail } from "../hooks/emails"
import { EMAILS_PAGE_SIZE, toEmailListParams } from "../lib/email-list-query"
import type { AdminEmail } from "../lib/email-types"
import { errorMessage } from "../lib/error-message"
import { useEmailTranslation } from "../lib/i18n"
import { TableContent, TableToolbar } from "./data-table-parts"
import { useEmailsTableColumns, useEmailsTableFilters } from "./emails-table-columns"

/** The e-mail log, newest first, filtered and paged by the server; failed e-mails can be sent again. */
export function EmailsTable() {
  const { t } = useEmailTranslation()
  const [filtering, setFiltering] = useState<DataTableFilteringState>({})
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: EMAILS_PAGE_SIZE })
  const retry = useRetryEmail()
  const { mutate: retryEmail } = retry

  const sendAgain = useCallback(
    (email: AdminEmail) =>
      retryEmail(email.id, {
        onSuccess: () => toast.success(t("toastSent", { to: email.to })),
        onError: (failure) => toast.error(errorMessage(failure, t("errorUnknown"))),
      }),
    [retryEmail, t]
  )
  const columns = useEmailsTableColumns({ onSendAgain: sendAgain, sendingId: retry.isPending ? retry.variables ?? null : null })
  const filters = useEmailsTableFilters()

  const params = useMemo(() => toEmailListParams(filtering, pagination.pageIndex), [filtering, pagination.pageIndex])
  const { data, isPending, isError, error } = useEmails(params)

  const table = useDataTable({
    data: data?.emails ?? [],
    columns,
    filters,
    getRowId: (email) => email.id,
    rowCount: data?.count ?? 0,
    isLoading: isPending,
    filtering: {
      state: filtering,
      onFilteringChange: (next) => {
        // Another filter, another list: back to its first page.
        setPagination((current) => ({ ...current, pageIndex: 0 }))
        setFiltering(next)
      },
    },
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  return (
    <DataTable instance={table}>
      <TableToolbar sortable={false} />
      <TableContent
        errorText={isError ? `${t("loadError")}: ${errorMessage(error, t("errorUnknown"))}` : null}
        errorTestId="emails-error"
        emptyState={{
          empty: { heading: t("emptyHeading"), description: t("emptyDescription") },
          filtered: { heading: t("filteredHeading"), description: t("filteredDescription") },
        }}
      />
    </DataTable>
  )
}

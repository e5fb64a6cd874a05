import type { EmailStatus } from "./email-types"

/** E-mails per page of the E-mails table. */
export const EMAILS_PAGE_SIZE = 20

export const EMAIL_STATUSES: readonly EmailStatus[] = ["pending", "success", "failure"]

/** The query of `GET /admin/emails` (src/api/admin/emails/validators.ts). */
export type AdminEmailListParams = {
  status?: EmailStatus[]
  template?: string
  to?: string
  limit: number
  offset: number
}

const isEmailStatus = (value: unknown): value is EmailStatus => EMAIL_STATUSES.some((status) => status === value)

/** The query of `GET /admin/emails` for the table's filters (filter id → value) and page. */
export function toEmailListParams(filters: Record<string, unknown>, pageIndex: number): AdminEmailListParams {
  const params: AdminEmailListParams = { limit: EMAILS_PAGE_SIZE, offset: pageIndex * EMAILS_PAGE_SIZE }
  const statuses = [...new Set(Array.isArray(filters.status) ? filters.status.filter(isEmailStatus) : [])]
  if (statuses.length > 0) {
    params.status = statuses
  }
  return params
}

// HTTP contract of the admin's e-mail log, shared by the routes and the admin page.

export type EmailStatus = "pending" | "success" | "failure"

/** One e-mail the store sent or tried to send (a notification record of channel `email`). */
export type AdminEmail = {
  id: string
  to: string
  template: string
  status: EmailStatus
  /** What it is about, e.g. "order" and the order id. */
  resource_type: string | null
  resource_id: string | null
  created_at: string
  updated_at: string
  /** For a failed e-mail: when the retry job sends it again, or null once it gave up. */
  next_retry_at: string | null
}

export type AdminEmailListResponse = { emails: AdminEmail[]; count: number; offset: number; limit: number }
export type AdminEmailResponse = { email: AdminEmail }

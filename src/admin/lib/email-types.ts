// The admin reads the one HTTP contract of the e-mail routes instead of restating it. Type-only
// exports, so nothing outside src/admin ends up in the admin bundle.
export type { AdminEmail, AdminEmailListResponse, AdminEmailResponse, EmailStatus } from "../../types/http/email"
export type { EmailTemplateName } from "../../providers/smtp/types"

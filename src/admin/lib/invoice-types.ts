// The admin reads the one HTTP contract of the invoice routes instead of restating it. Type-only
// exports, so nothing outside src/admin ends up in the admin bundle.
export type {
  AdminInvoice,
  AdminInvoiceListResponse,
  AdminInvoiceResponse,
  InvoiceKind,
  InvoiceStatus,
} from "../../types/http/invoice"

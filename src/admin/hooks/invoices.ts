import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { INVOICES_MAX_LIMIT, type AdminInvoiceListParams } from "../lib/invoice-list-query"
import type { AdminInvoiceListResponse } from "../lib/invoice-types"
import { sdk } from "../lib/sdk"

/** Query keys of the invoices; the admin only reads them (the backend issues them). */
export const invoiceQueryKeys = {
  all: ["comptoir", "invoices"] as const,
  list: (params: AdminInvoiceListParams) => [...invoiceQueryKeys.all, "list", params] as const,
  byOrder: (orderId: string) => [...invoiceQueryKeys.all, "order", orderId] as const,
}

/** A page of invoices and credit notes for the Invoices table; the previous page stays shown while the next one loads. */
export function useInvoices(params: AdminInvoiceListParams) {
  return useQuery({
    queryKey: invoiceQueryKeys.list(params),
    queryFn: () => sdk.client.fetch<AdminInvoiceListResponse>("/admin/invoices", { query: params }),
    placeholderData: keepPreviousData,
  })
}

/** An order's invoices and credit notes, newest first, for the order widget. */
export function useOrderInvoices(orderId: string) {
  const query: AdminInvoiceListParams = { order_id: orderId, order: "-issued_at", limit: INVOICES_MAX_LIMIT, offset: 0 }
  return useQuery({
    queryKey: invoiceQueryKeys.byOrder(orderId),
    queryFn: async () => (await sdk.client.fetch<AdminInvoiceListResponse>("/admin/invoices", { query })).invoices,
  })
}

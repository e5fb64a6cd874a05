import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { AdminEmailListParams } from "../lib/email-list-query"
import type { AdminEmailListResponse, AdminEmailResponse } from "../lib/email-types"
import { sdk } from "../lib/sdk"

/** Query keys of the e-mail log; a retry invalidates `all`. */
export const emailQueryKeys = {
  all: ["comptoir", "emails"] as const,
  list: (params: AdminEmailListParams) => [...emailQueryKeys.all, "list", params] as const,
}

/** A page of the e-mail log for the E-mails table; the previous page stays shown while the next one loads. */
export function useEmails(params: AdminEmailListParams) {
  return useQuery({
    queryKey: emailQueryKeys.list(params),
    queryFn: () => sdk.client.fetch<AdminEmailListResponse>("/admin/emails", { query: params }),
    placeholderData: keepPreviousData,
  })
}

/** Sends a failed e-mail again now; the log is reloaded whether it went out or failed again. */
export function useRetryEmail() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (id: string) =>
      (await sdk.client.fetch<AdminEmailResponse>(`/admin/emails/${id}/retry`, { method: "POST" })).email,
    onSettled: () => queryClient.invalidateQueries({ queryKey: emailQueryKeys.all }),
  })
}

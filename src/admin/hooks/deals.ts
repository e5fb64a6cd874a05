import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type {
  AdminCreateDealBody,
  AdminDealDeleteResponse,
  AdminDealListParams,
  AdminDealListResponse,
  AdminDealReindexResponse,
  AdminDealReindexStatus,
  AdminDealResponse,
  AdminUpdateDealBody,
  Deal,
} from "../lib/deal-types"

/** Query keys of the deal resource; every write invalidates `all`. */
export const dealQueryKeys = {
  all: ["comptoir", "deals"] as const,
  byProduct: (productId: string) => [...dealQueryKeys.all, "product", productId] as const,
  list: (params: AdminDealListParams) => [...dealQueryKeys.all, "list", params] as const,
  // Outside `all`: deal writes do not change the rebuild's progress.
  reindex: ["comptoir", "deal-reindex"] as const,
}

/** The deal of a product, or `null` when the product has none (there is at most one). */
export function useProductDeal(productId: string) {
  return useQuery({
    queryKey: dealQueryKeys.byProduct(productId),
    queryFn: async (): Promise<Deal | null> => {
      const { deals } = await sdk.client.fetch<AdminDealListResponse>("/admin/deals", {
        query: { product_id: productId, limit: 1 },
      })
      return deals[0] ?? null
    },
  })
}

/** A page of deals for the Deals table; the previous page stays shown while the next one loads. */
export function useDeals(params: AdminDealListParams) {
  return useQuery({
    queryKey: dealQueryKeys.list(params),
    queryFn: () => sdk.client.fetch<AdminDealListResponse>("/admin/deals", { query: params }),
    placeholderData: keepPreviousData,
  })
}

/** The progress of the listing index rebuild, polled every second while it runs. */
export function useDealReindex() {
  return useQuery({
    queryKey: dealQueryKeys.reindex,
    queryFn: async (): Promise<AdminDealReindexStatus> =>
      (await sdk.client.fetch<AdminDealReindexResponse>("/admin/deals/reindex")).reindex,
    refetchInterval: (query) => (query.state.data?.state === "running" ? 1000 : false),
  })
}

/** Starts a full rebuild of the storefront listing index; its progress then feeds `useDealReindex`. */
export function useStartDealReindex() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => sdk.client.fetch<AdminDealReindexResponse>("/admin/deals/reindex", { method: "POST" }),
    onSuccess: ({ reindex }) => queryClient.setQueryData(dealQueryKeys.reindex, reindex),
  })
}

function useInvalidateDeals() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: dealQueryKeys.all })
}

/** Creates the deal of a product. */
export function useCreateDeal() {
  const invalidate = useInvalidateDeals()
  return useMutation({
    mutationFn: (body: AdminCreateDealBody) =>
      sdk.client.fetch<AdminDealResponse>("/admin/deals", { method: "POST", body }),
    onSuccess: invalidate,
  })
}

/** Updates some of a deal's content; `null` clears a nullable field. */
export function useUpdateDeal() {
  const invalidate = useInvalidateDeals()
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: AdminUpdateDealBody }) =>
      sdk.client.fetch<AdminDealResponse>(`/admin/deals/${id}`, { method: "POST", body }),
    onSuccess: invalidate,
  })
}

/** Deletes a deal; the product stays. */
export function useDeleteDeal() {
  const invalidate = useInvalidateDeals()
  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch<AdminDealDeleteResponse>(`/admin/deals/${id}`, { method: "DELETE" }),
    onSuccess: invalidate,
  })
}

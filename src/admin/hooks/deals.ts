import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type {
  AdminCreateDealBody,
  AdminDealDeleteResponse,
  AdminDealListResponse,
  AdminDealResponse,
  AdminUpdateDealBody,
  Deal,
} from "../lib/deal-types"

/** Query keys of the deal resource; every write invalidates `all`. */
export const dealQueryKeys = {
  all: ["comptoir", "deals"] as const,
  byProduct: (productId: string) => [...dealQueryKeys.all, "product", productId] as const,
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

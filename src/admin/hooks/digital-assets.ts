import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AdminDigitalAssetDeleteResponse,
  AdminDigitalAssetListResponse,
  AdminDigitalAssetResponse,
  AdminDigitalAssetUpload,
} from "../lib/digital-types"
import { sdk } from "../lib/sdk"

/** Query keys of the digital assets; every write invalidates `all`. */
export const digitalAssetQueryKeys = {
  all: ["comptoir", "digital-assets"] as const,
  product: (productId: string) => [...digitalAssetQueryKeys.all, "product", productId] as const,
  productVariants: (productId: string) => ["comptoir", "digital-asset-variants", productId] as const,
}

// A product's file versions and variants fit in one page: the widget lists them all.
const PRODUCT_PAGE = 100

const assetPath = (id: string) => `/admin/digital-assets/${encodeURIComponent(id)}`

/** The versions of a product's files (by variant and name, current version first), with their download statistics. */
export function useProductDigitalAssets(productId: string) {
  return useQuery({
    queryKey: digitalAssetQueryKeys.product(productId),
    queryFn: async () =>
      (await sdk.client.fetch<AdminDigitalAssetListResponse>("/admin/digital-assets", { query: { product_id: productId, limit: PRODUCT_PAGE } }))
        .digital_assets,
  })
}

/** A product's variants (id, title), for the digital-files widget. */
export function useProductVariantsForDigitalFiles(productId: string) {
  return useQuery({
    queryKey: digitalAssetQueryKeys.productVariants(productId),
    queryFn: async () =>
      ((await sdk.admin.product.retrieve(productId, { fields: "id,variants.id,variants.title" })).product.variants ?? []).map((variant) => ({
        id: variant.id,
        title: variant.title ?? null,
      })),
  })
}

/** Publishes a new version of a variant's file (multipart); it becomes the current version. */
export function useUploadDigitalAsset() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({ file, changelog, ...fields }: AdminDigitalAssetUpload) => {
      const form = new FormData()
      form.append("variant_id", fields.variant_id)
      form.append("name", fields.name)
      form.append("version", fields.version)
      if (changelog) {
        form.append("changelog", changelog)
      }
      form.append("file", file, file.name)
      // The js-sdk sends a FormData body as is once its JSON content type is removed: the browser sets the boundary.
      return (await sdk.client.fetch<AdminDigitalAssetResponse>("/admin/digital-assets", { method: "POST", headers: { "content-type": null }, body: form }))
        .digital_asset
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: digitalAssetQueryKeys.all }),
  })
}

/** Deletes a version of a file; if it was current, the latest remaining version becomes current. */
export function useDeleteDigitalAsset() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => sdk.client.fetch<AdminDigitalAssetDeleteResponse>(assetPath(id), { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: digitalAssetQueryKeys.all }),
  })
}

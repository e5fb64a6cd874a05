import { toast } from "@medusajs/ui"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { errorMessage } from "../lib/error-message"
import { useLicenseTranslation, type LicenseMessageKey } from "../lib/i18n"
import type { AdminLicenseListParams } from "../lib/license-list-query"
import type {
  AdminLicenseListResponse,
  AdminLicensePolicyBody,
  AdminLicensePolicyDeleteResponse,
  AdminLicensePolicyListResponse,
  AdminLicensePolicyResponse,
  AdminLicenseResponse,
} from "../lib/license-types"
import { sdk } from "../lib/sdk"

/** Query keys of the license resources; license writes invalidate `all`, policy writes `policies`. */
export const licenseQueryKeys = {
  all: ["comptoir", "licenses"] as const,
  list: (params: AdminLicenseListParams) => [...licenseQueryKeys.all, "list", params] as const,
  detail: (id: string) => [...licenseQueryKeys.all, "detail", id] as const,
  policies: ["comptoir", "license-policies"] as const,
  productPolicies: (productId: string) => [...licenseQueryKeys.policies, "product", productId] as const,
  productVariants: (productId: string) => ["comptoir", "license-policy-variants", productId] as const,
}

// A product's policies and variants fit in one page: the widget lists them all.
const PRODUCT_PAGE = 100

const licensePath = (id: string) => `/admin/licenses/${encodeURIComponent(id)}`
const policyPath = (id: string) => `/admin/license-policies/${encodeURIComponent(id)}`

/** A page of licenses for the Licenses table; the previous page stays shown while the next one loads. */
export function useLicenses(params: AdminLicenseListParams) {
  return useQuery({
    queryKey: licenseQueryKeys.list(params),
    queryFn: () => sdk.client.fetch<AdminLicenseListResponse>("/admin/licenses", { query: params }),
    placeholderData: keepPreviousData,
  })
}

/** One license with its devices, fresh from the server (the table's row may be older). */
export function useLicense(id: string | null) {
  return useQuery({
    queryKey: licenseQueryKeys.detail(id ?? ""),
    queryFn: async () => (await sdk.client.fetch<AdminLicenseResponse>(licensePath(id ?? ""))).license,
    enabled: Boolean(id),
  })
}

/** What the merchant can do to a license, each one route answering the license. */
export type LicenseAction =
  | { action: "suspend"; reason: string | null }
  | { action: "revoke"; reason: string | null }
  | { action: "reinstate" }
  | { action: "reset-activations" }
  | { action: "extend"; expires_at: string | null }
  | { action: "limit"; max_activations_override: number | null }

function requestOf(id: string, input: LicenseAction): { path: string; body: Record<string, unknown> } {
  switch (input.action) {
    case "suspend":
    case "revoke":
      return { path: `${licensePath(id)}/${input.action}`, body: input.reason === null ? {} : { reason: input.reason } }
    case "reinstate":
    case "reset-activations":
      return { path: `${licensePath(id)}/${input.action}`, body: {} }
    case "extend":
      return { path: `${licensePath(id)}/extend`, body: { expires_at: input.expires_at } }
    case "limit":
      return { path: licensePath(id), body: { max_activations_override: input.max_activations_override } }
  }
}

/** Runs an action on a license; the license it answers replaces the one shown, and the lists reload. */
export function useLicenseAction() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({ id, ...input }: LicenseAction & { id: string }) => {
      const { path, body } = requestOf(id, input as LicenseAction)
      return (await sdk.client.fetch<AdminLicenseResponse>(path, { method: "POST", body })).license
    },
    onSuccess: (license) => {
      queryClient.setQueryData(licenseQueryKeys.detail(license.id), license)
      return queryClient.invalidateQueries({ queryKey: licenseQueryKeys.all })
    },
  })
}

/** Runs a license action from a prompt: on success toasts `successKey`'s label and closes the prompt, on failure toasts why. */
export function useLicensePromptAction(onClose: () => void) {
  const { t } = useLicenseTranslation()
  const run = useLicenseAction()
  const submit = (input: LicenseAction & { id: string }, successKey: LicenseMessageKey) =>
    run.mutate(input, {
      onSuccess: () => {
        toast.success(t(successKey))
        onClose()
      },
      onError: (failure) => toast.error(errorMessage(failure, t("errorUnknown"))),
    })
  return { submit, isPending: run.isPending }
}

/** The license policies of a product's variants. */
export function useProductLicensePolicies(productId: string) {
  return useQuery({
    queryKey: licenseQueryKeys.productPolicies(productId),
    queryFn: async () =>
      (await sdk.client.fetch<AdminLicensePolicyListResponse>("/admin/license-policies", { query: { product_id: productId, limit: PRODUCT_PAGE } }))
        .license_policies,
  })
}

/** A product's variants (id, title, SKU), for the license-policy widget. */
export function useProductVariantsForLicenses(productId: string) {
  return useQuery({
    queryKey: licenseQueryKeys.productVariants(productId),
    queryFn: async () => (await sdk.admin.product.listVariants(productId, { fields: "id,title,sku", limit: PRODUCT_PAGE })).variants,
  })
}

function useInvalidatePolicies() {
  const queryClient = useQueryClient()
  // The licenses' limits come from their policy: reload them too.
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: licenseQueryKeys.policies }), queryClient.invalidateQueries({ queryKey: licenseQueryKeys.all })])
}

/** Makes a variant delivered with license keys. */
export function useCreateLicensePolicy() {
  const invalidate = useInvalidatePolicies()
  return useMutation({
    mutationFn: async (body: AdminLicensePolicyBody & { variant_id: string }) =>
      (await sdk.client.fetch<AdminLicensePolicyResponse>("/admin/license-policies", { method: "POST", body })).license_policy,
    onSuccess: invalidate,
  })
}

/** Changes a variant's license policy. */
export function useUpdateLicensePolicy() {
  const invalidate = useInvalidatePolicies()
  return useMutation({
    mutationFn: async ({ id, body }: { id: string; body: Partial<AdminLicensePolicyBody> }) =>
      (await sdk.client.fetch<AdminLicensePolicyResponse>(policyPath(id), { method: "POST", body })).license_policy,
    onSuccess: invalidate,
  })
}

/** Stops delivering license keys for a variant; keys already sold keep working. */
export function useDeleteLicensePolicy() {
  const invalidate = useInvalidatePolicies()
  return useMutation({
    mutationFn: (id: string) => sdk.client.fetch<AdminLicensePolicyDeleteResponse>(policyPath(id), { method: "DELETE" }),
    onSuccess: invalidate,
  })
}

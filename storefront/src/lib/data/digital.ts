"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { MEDUSA_BACKEND_URL, sdk } from "@/lib/config"
import { getDictionary } from "@/lib/i18n"
import { errorMessage, isClientError } from "@/lib/util/errors"
import type {
  StoreCustomerDownloadsResponse,
  StoreCustomerLicenseListResponse,
  StoreCustomerLicenseResponse,
  StoreDownloadUrlResponse,
  StoreLicenseTransferResponse,
} from "@comptoir/http/digital"
import { getAuthHeaders } from "./cookies"

// The plugin's digital routes answer fixed shapes (no `fields` parameter): the types name them.

/** Ids of the digital module (`lic_…`, `lact_…`, `dasset_…`): anything else never reaches the backend's paths. */
const isId = (prefix: "lic" | "lact" | "dasset", value: unknown): value is string =>
  typeof value === "string" && new RegExp(`^${prefix}_[0-9A-Za-z]{1,60}$`).test(value)

/** The digital products page of a country code from a form, or the home page. */
const digitalProductsPage = (formData: FormData, notice: "transferred") => {
  const countryCode = String(formData.get("countryCode") ?? "")
  return /^[a-z]{2}$/.test(countryCode) ? `/${countryCode}/account/digital-products?notice=${notice}` : "/"
}

/** One page of the signed-in customer's licenses, newest first; none when signed out. Never cached. */
export async function listCustomerLicenses({ limit, offset, orderId }: { limit: number; offset: number; orderId?: string }): Promise<Pick<StoreCustomerLicenseListResponse, "licenses" | "count">> {
  const auth = await getAuthHeaders()
  if (!auth) return { licenses: [], count: 0 }
  const { licenses, count } = await sdk.client.fetch<StoreCustomerLicenseListResponse>("/store/customers/me/licenses", {
    query: { limit, offset, ...(orderId && { order_id: orderId }) },
    headers: auth,
    cache: "no-store",
  })
  return { licenses, count }
}

/** The files the signed-in customer owns and their latest downloads; nothing when signed out. Never cached. */
export async function listCustomerDownloads(): Promise<StoreCustomerDownloadsResponse> {
  const auth = await getAuthHeaders()
  if (!auth) return { files: [], downloads: [] }
  return sdk.client.fetch<StoreCustomerDownloadsResponse>("/store/customers/me/downloads", { headers: auth, cache: "no-store" })
}

/** What the release and transfer forms answer: the backend's refusal, or nothing yet. */
export type LicenseActionState = { error: string } | null

/** Frees one device of one of the customer's licenses; the page is then rendered again without it. */
export async function releaseLicenseDevice(_previous: LicenseActionState, formData: FormData): Promise<LicenseActionState> {
  const { t } = await getDictionary()
  const licenseId = formData.get("licenseId")
  const activationId = formData.get("activationId")
  if (!isId("lic", licenseId) || !isId("lact", activationId)) return { error: t.errors.generic }
  const auth = await getAuthHeaders()
  if (!auth) return { error: t.accountArea.sessionExpired }
  try {
    await sdk.client.fetch<StoreCustomerLicenseResponse>(
      `/store/customers/me/licenses/${encodeURIComponent(licenseId)}/activations/${encodeURIComponent(activationId)}/release`,
      { method: "POST", headers: auth, body: {} }
    )
  } catch (error) {
    if (isClientError(error) && error.status === 401) return { error: t.accountArea.sessionExpired }
    return { error: errorMessage(error, t.errors.generic) }
  }
  refresh()
  return null
}

/**
 * Gives one of the customer's licenses to another address. It then leaves this account, so
 * the page is loaded again with a notice (its card, and this form, are gone).
 */
export async function transferLicense(_previous: LicenseActionState, formData: FormData): Promise<LicenseActionState> {
  const { t } = await getDictionary()
  const licenseId = formData.get("licenseId")
  const email = String(formData.get("email") ?? "").trim()
  if (!isId("lic", licenseId)) return { error: t.errors.generic }
  const auth = await getAuthHeaders()
  if (!auth) return { error: t.accountArea.sessionExpired }
  try {
    // The backend checks the address and says why a license may not be transferred (400).
    await sdk.client.fetch<StoreLicenseTransferResponse>(`/store/customers/me/licenses/${encodeURIComponent(licenseId)}/transfer`, {
      method: "POST",
      headers: auth,
      body: { email },
    })
  } catch (error) {
    if (isClientError(error) && error.status === 401) return { error: t.accountArea.sessionExpired }
    return { error: errorMessage(error, t.errors.generic) }
  }
  redirect(digitalProductsPage(formData, "transferred"))
}

/** What a download button is told: where the browser goes for the file, or why not. */
export type DownloadLinkResult = { url: string } | { error: string }

/**
 * A short-lived link to one file version the customer owns. The backend answers a path of its
 * own (`/downloads/<token>`), which the browser opens on the backend's address: the signed
 * token is the credential there, so the file does not stream through this server.
 */
export async function requestDownloadLink(assetId: string): Promise<DownloadLinkResult> {
  const { t } = await getDictionary()
  if (!isId("dasset", assetId)) return { error: t.errors.generic }
  const auth = await getAuthHeaders()
  if (!auth) return { error: t.accountArea.sessionExpired }
  try {
    const { url } = await sdk.client.fetch<StoreDownloadUrlResponse>("/store/customers/me/downloads", {
      method: "POST",
      headers: auth,
      body: { asset_id: assetId },
    })
    const backend = new URL(MEDUSA_BACKEND_URL)
    const link = new URL(url, backend)
    // Only a download path of the backend itself: the answer never sends the browser elsewhere.
    if (link.origin !== backend.origin || !link.pathname.startsWith("/downloads/")) return { error: t.errors.generic }
    return { url: link.toString() }
  } catch (error) {
    if (isClientError(error) && error.status === 401) return { error: t.accountArea.sessionExpired }
    return { error: errorMessage(error, t.errors.generic) }
  }
}

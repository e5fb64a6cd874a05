// HTTP contract of the digital-product routes: the customer's portal (`/store/customers/me/licenses`,
// `/store/customers/me/downloads`), the signed download links (`/downloads/:token`) and the
// admin's files (`/admin/digital-assets`), shared by the routes, the admin and the storefront.

import type { LicenseStatus } from "./license"

/** A device one of the customer's licenses is active on (the IP it came from stays with the merchant). */
export type StoreLicenseActivation = {
  id: string
  name: string | null
  platform: string | null
  fingerprint: string
  created_at: string
  last_validated_at: string | null
}

/** One of the signed-in customer's licenses. */
export type StoreCustomerLicense = {
  id: string
  key: string
  /** `expired` also when an active license's `expires_at` has passed. */
  status: LicenseStatus
  /** null: perpetual. */
  expires_at: string | null
  product_id: string
  variant_id: string
  /** The order it was bought in. */
  order_id: string
  /** null when the product was deleted. */
  product: { id: string; title: string; thumbnail: string | null } | null
  variant_title: string | null
  /** Devices it may be active on: the license's own limit, or its policy's. */
  max_activations: number
  /** Whether the customer may give it to another address (`POST .../transfer`). */
  transferable: boolean
  /** Its active devices, newest first. */
  activations: StoreLicenseActivation[]
  created_at: string
}

/** `GET /store/customers/me/licenses`: newest first. */
export type StoreCustomerLicenseListResponse = { licenses: StoreCustomerLicense[]; count: number; offset: number; limit: number }
/** `GET /store/customers/me/licenses/:id` and `POST .../activations/:activation_id/release`. */
export type StoreCustomerLicenseResponse = { license: StoreCustomerLicense }
/** `POST /store/customers/me/licenses/:id/transfer`: the license now belongs to `to_email` (and no longer to the customer). */
export type StoreLicenseTransferResponse = { id: string; transferred: true; to_email: string }

/** One version of a file the customer owns. */
export type StoreDigitalAssetVersion = {
  /** The asset id to ask a download link for. */
  id: string
  version: string
  changelog: string | null
  /** Bytes. */
  size: number
  mime_type: string
  checksum_sha256: string
  is_current: boolean
  created_at: string
  /** How many times the customer downloaded this version. */
  download_count: number
}

/** A file of a product the customer owns: its current version first, then older ones, newest first. */
export type StoreDigitalFile = {
  name: string
  product_id: string
  variant_id: string
  /** null when the product was deleted. */
  product: { id: string; title: string; thumbnail: string | null } | null
  versions: StoreDigitalAssetVersion[]
}

/** One download by the customer. */
export type StoreDownload = { id: string; asset_id: string; name: string | null; version: string | null; bytes: number; created_at: string }

/** `GET /store/customers/me/downloads`: the files owned and the latest 50 downloads. */
export type StoreCustomerDownloadsResponse = { files: StoreDigitalFile[]; downloads: StoreDownload[] }

/** `POST /store/customers/me/downloads`: a link to the file, relative to the backend's URL, working until `expires_at`. */
export type StoreDownloadUrlResponse = { url: string; expires_at: string }

/** Downloads of one asset version. */
export type AdminDigitalAssetStats = { downloads: number; unique_customers: number; bytes: number }

/** A version of a variant's file as the merchant sees it (never where it is stored). */
export type AdminDigitalAsset = {
  id: string
  variant_id: string
  product_id: string
  name: string
  mime_type: string
  size: number
  checksum_sha256: string
  version: string
  changelog: string | null
  is_current: boolean
  created_at: string
  updated_at: string
  stats: AdminDigitalAssetStats
}

/** `GET /admin/digital-assets`: by variant and name, current version first, then newest first. */
export type AdminDigitalAssetListResponse = { digital_assets: AdminDigitalAsset[]; count: number; offset: number; limit: number }
/** `POST /admin/digital-assets` (201). */
export type AdminDigitalAssetResponse = { digital_asset: AdminDigitalAsset }
/** `DELETE /admin/digital-assets/:id`. */
export type AdminDigitalAssetDeleteResponse = { id: string; object: "digital_asset"; deleted: true }

// The admin reads the one HTTP contract of the digital-asset routes instead of restating it. Type-only
// exports, so nothing outside src/admin ends up in the admin bundle.
export type {
  AdminDigitalAsset,
  AdminDigitalAssetDeleteResponse,
  AdminDigitalAssetListResponse,
  AdminDigitalAssetResponse,
  AdminDigitalAssetStats,
} from "../../types/http/digital"

/** The fields of the multipart `POST /admin/digital-assets` (the file goes in the `file` part). */
export type AdminDigitalAssetUpload = {
  variant_id: string
  name: string
  version: string
  /** Empty: no changelog. */
  changelog: string
  file: File
}

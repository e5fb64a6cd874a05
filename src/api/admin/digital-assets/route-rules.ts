import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { receiveAssetFile } from "../../../lib/digital/asset-upload"
import { rejectNulBytes, validateIdParam } from "../../utils/guards"
import { AdminCreateDigitalAsset, AdminGetDigitalAssetsParams } from "./validators"

/** Validation of the admin digital-asset (file) routes (wired in src/api/middlewares.ts). */
export const adminDigitalAssetRouteRules: MiddlewareRoute[] = [
  { matcher: "/admin/digital-assets*", middlewares: [rejectNulBytes] },
  {
    matcher: "/admin/digital-assets",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminGetDigitalAssetsParams, { defaults: ["id"], isList: false })],
  },
  {
    // Multipart, read into memory like Medusa's own /admin/uploads; the text fields are validated once read.
    matcher: "/admin/digital-assets",
    methods: ["POST"],
    middlewares: [receiveAssetFile, validateAndTransformBody(AdminCreateDigitalAsset)],
  },
  { matcher: "/admin/digital-assets/:id", methods: ["DELETE"], middlewares: [validateIdParam("id")] },
]

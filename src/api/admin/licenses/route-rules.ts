import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { rejectNulBytes, validateIdParam } from "../../utils/guards"
import { listLicensePoliciesQueryConfig, retrieveLicensePolicyQueryConfig } from "../license-policies/query-config"
import {
  AdminCreateLicensePolicy,
  AdminGetLicensePoliciesParams,
  AdminGetLicensePolicyParams,
  AdminUpdateLicensePolicy,
} from "../license-policies/validators"
import { listLicensesQueryConfig, retrieveLicenseQueryConfig } from "./query-config"
import {
  AdminExtendLicense,
  AdminGetLicenseParams,
  AdminGetLicensesParams,
  AdminLicenseActionBody,
  AdminRevokeLicense,
  AdminSuspendLicense,
  AdminUpdateLicense,
} from "./validators"

/** A license action: a valid id, its body, and the license answered back. */
const licenseAction = (matcher: string, body: Parameters<typeof validateAndTransformBody>[0]): MiddlewareRoute => ({
  matcher,
  methods: ["POST"],
  middlewares: [validateIdParam("id"), validateAndTransformBody(body), validateAndTransformQuery(AdminGetLicenseParams, retrieveLicenseQueryConfig)],
})

/** Validation of the admin license and digital-product routes (wired in src/api/middlewares.ts). */
export const adminLicenseRouteRules: MiddlewareRoute[] = [
  { matcher: "/admin/licenses*", middlewares: [rejectNulBytes] },
  { matcher: "/admin/license-policies*", middlewares: [rejectNulBytes] },
  {
    matcher: "/admin/licenses",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminGetLicensesParams, listLicensesQueryConfig)],
  },
  {
    matcher: "/admin/licenses/:id",
    methods: ["GET"],
    middlewares: [validateIdParam("id"), validateAndTransformQuery(AdminGetLicenseParams, retrieveLicenseQueryConfig)],
  },
  licenseAction("/admin/licenses/:id", AdminUpdateLicense),
  licenseAction("/admin/licenses/:id/suspend", AdminSuspendLicense),
  licenseAction("/admin/licenses/:id/reinstate", AdminLicenseActionBody),
  licenseAction("/admin/licenses/:id/revoke", AdminRevokeLicense),
  licenseAction("/admin/licenses/:id/extend", AdminExtendLicense),
  licenseAction("/admin/licenses/:id/reset-activations", AdminLicenseActionBody),
  {
    matcher: "/admin/license-policies",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminGetLicensePoliciesParams, listLicensePoliciesQueryConfig)],
  },
  {
    matcher: "/admin/license-policies",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateLicensePolicy), validateAndTransformQuery(AdminGetLicensePolicyParams, retrieveLicensePolicyQueryConfig)],
  },
  {
    matcher: "/admin/license-policies/:id",
    methods: ["GET", "DELETE"],
    middlewares: [validateIdParam("id"), validateAndTransformQuery(AdminGetLicensePolicyParams, retrieveLicensePolicyQueryConfig)],
  },
  {
    matcher: "/admin/license-policies/:id",
    methods: ["POST"],
    middlewares: [
      validateIdParam("id"),
      validateAndTransformBody(AdminUpdateLicensePolicy),
      validateAndTransformQuery(AdminGetLicensePolicyParams, retrieveLicensePolicyQueryConfig),
    ],
  },
]

import { authenticate, defineMiddlewares, errorHandler, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminGetCartReminderStatsParams } from "./admin/cart-reminders/validators"
import { listDealsQueryConfig, retrieveDealQueryConfig } from "./admin/deals/query-config"
import { AdminCreateDeal, AdminGetDealParams, AdminGetDealsParams, AdminUpdateDeal } from "./admin/deals/validators"
import { AdminGetEmailsParams } from "./admin/emails/validators"
import { AdminExportInvoicesParams, AdminGetInvoicePdfParams, AdminGetInvoicesParams } from "./admin/invoices/validators"
import { AdminGetReviewsParams, AdminModerateReviews, AdminReplyToReview } from "./admin/reviews/validators"
import {
  listWebhookDeliveriesQueryConfig,
  listWebhooksQueryConfig,
  noFieldsQueryConfig,
  retrieveWebhookQueryConfig,
} from "./admin/webhooks/query-config"
import {
  AdminCreateWebhook,
  AdminGetWebhookDeliveriesParams,
  AdminGetWebhookParams,
  AdminGetWebhooksParams,
  AdminReplayWebhook,
  AdminRotateWebhookSecret,
  AdminUpdateWebhook,
  AdminWebhookActionBody,
} from "./admin/webhooks/validators"
import { StoreCartReminderOptOut, StoreRestoreCart } from "./store/cart-reminders/validators"
import { StoreGetDealParams, StoreGetDealsParams } from "./store/deals/validators"
import { StoreGetPromoCodeParams } from "./store/promo-codes/validators"
import { StoreCreateReview, StoreGetReviewEligibilityParams, StoreGetReviewsParams } from "./store/reviews/validators"
import { authRouteRules } from "./utils/auth-route-rules"
import { emitListingChangeAfterBatch } from "./utils/emit-listing-change"
import { badUrlEncodingAs400, rejectNulBytes, validateIdParam } from "./utils/guards"
import { rateLimit, rateLimitPerIp } from "./utils/rate-limit"
import { adminDigitalAssetRouteRules } from "./admin/digital-assets/route-rules"
import { adminLicenseRouteRules } from "./admin/licenses/route-rules"
import { storeDigitalRouteRules } from "./store/digital/route-rules"
import { LicenseActivate, LicenseCheckout, LicenseDeactivate, LicenseValidate } from "./licenses/validators"
import { normalizeLicenseKey } from "../modules/digital/licensing/license-key"

// /admin/* routes are authenticated (admin user) by Medusa itself; /store/* require a
// publishable key. Validation is wired here: every path parameter, query and body of a
// Comptoir route is checked before it reaches a handler.
const perMinute = (name: string, fallback: number) => Number(process.env[name] || fallback)
/** Per IP, then per key (the key as typed, normalized; a body without one is refused by validation). */
const licenseRateLimits = (matcher: string) => [
  rateLimitPerIp({ points: perMinute("LICENSE_API_RATE_PER_IP", 300), duration: 60, keyPrefix: `${matcher}:ip` }),
  rateLimit({
    points: perMinute("LICENSE_API_RATE_PER_KEY", 60),
    duration: 60,
    keyPrefix: `${matcher}:key`,
    keyOf: (req) => (typeof (req.body as { key?: unknown })?.key === "string" ? normalizeLicenseKey((req.body as { key: string }).key).slice(0, 100) : undefined),
  }),
]

export default defineMiddlewares({
  errorHandler: badUrlEncodingAs400(errorHandler()),
  routes: [
    { matcher: "/admin/deals*", middlewares: [rejectNulBytes] },
    { matcher: "/store/deals*", middlewares: [rejectNulBytes] },
    {
      matcher: "/admin/deals",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminGetDealsParams, listDealsQueryConfig)],
    },
    {
      matcher: "/admin/deals",
      methods: ["POST"],
      middlewares: [
        validateAndTransformBody(AdminCreateDeal),
        validateAndTransformQuery(AdminGetDealParams, retrieveDealQueryConfig),
      ],
    },
    {
      matcher: "/admin/deals/:id",
      methods: ["GET", "DELETE"],
      middlewares: [validateIdParam("id"), validateAndTransformQuery(AdminGetDealParams, retrieveDealQueryConfig)],
    },
    {
      matcher: "/admin/deals/:id",
      methods: ["POST"],
      middlewares: [
        validateIdParam("id"),
        validateAndTransformBody(AdminUpdateDeal),
        validateAndTransformQuery(AdminGetDealParams, retrieveDealQueryConfig),
      ],
    },
    {
      matcher: "/store/deals",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(StoreGetDealsParams, { defaults: ["id"], isList: false })],
    },
    {
      matcher: "/store/deals/:handle",
      methods: ["GET"],
      middlewares: [validateIdParam("handle"), validateAndTransformQuery(StoreGetDealParams, { defaults: ["id"], isList: false })],
    },
    { matcher: "/admin/reviews*", middlewares: [rejectNulBytes] },
    { matcher: "/store/reviews*", middlewares: [rejectNulBytes] },
    {
      matcher: "/store/reviews",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(StoreGetReviewsParams, { defaults: ["id"], isList: false })],
    },
    {
      matcher: "/store/reviews",
      methods: ["POST"],
      middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformBody(StoreCreateReview)],
    },
    {
      matcher: "/store/reviews/eligibility",
      methods: ["GET"],
      middlewares: [
        authenticate("customer", ["session", "bearer"]),
        validateAndTransformQuery(StoreGetReviewEligibilityParams, { defaults: ["id"], isList: false }),
      ],
    },
    {
      matcher: "/admin/reviews",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminGetReviewsParams, { defaults: ["id"], isList: false })],
    },
    { matcher: "/admin/reviews/moderate", methods: ["POST"], middlewares: [validateAndTransformBody(AdminModerateReviews)] },
    { matcher: "/admin/reviews/:id", methods: ["GET"], middlewares: [validateIdParam("id")] },
    { matcher: "/admin/reviews/:id", methods: ["POST"], middlewares: [validateIdParam("id"), validateAndTransformBody(AdminReplyToReview)] },
    {
      matcher: "/admin/emails",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminGetEmailsParams, { defaults: ["id"], isList: false })],
    },
    { matcher: "/admin/emails/:id/retry", methods: ["POST"], middlewares: [validateIdParam("id")] },
    { matcher: "/admin/invoices*", middlewares: [rejectNulBytes] },
    {
      matcher: "/admin/invoices",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminGetInvoicesParams, { defaults: ["id"], isList: false })],
    },
    {
      matcher: "/admin/invoices/export",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminExportInvoicesParams, { defaults: ["id"], isList: false })],
    },
    { matcher: "/admin/invoices/:id", methods: ["GET"], middlewares: [validateIdParam("id")] },
    {
      matcher: "/admin/invoices/:id/pdf",
      methods: ["GET"],
      middlewares: [validateIdParam("id"), validateAndTransformQuery(AdminGetInvoicePdfParams, { defaults: ["id"], isList: false })],
    },
    {
      matcher: "/store/orders/:id/invoice",
      methods: ["GET"],
      middlewares: [rejectNulBytes, authenticate("customer", ["session", "bearer"]), validateIdParam("id")],
    },
    {
      matcher: "/store/orders/:id/tracking",
      methods: ["GET"],
      middlewares: [rejectNulBytes, authenticate("customer", ["session", "bearer"]), validateIdParam("id")],
    },
    {
      // Public and a way to probe codes: limited per IP.
      matcher: "/store/promo-codes/:code",
      methods: ["GET"],
      middlewares: [
        rejectNulBytes,
        rateLimitPerIp({ points: 30, duration: 60, keyPrefix: "promo-code" }),
        validateIdParam("code"),
        validateAndTransformQuery(StoreGetPromoCodeParams, { defaults: ["id"], isList: false }),
      ],
    },
    // Medusa emits no event for these batch links: tell the deal listing.
    { matcher: "/admin/sales-channels/:id/products", methods: ["POST"], middlewares: [emitListingChangeAfterBatch] },
    { matcher: "/admin/product-categories/:id/products", methods: ["POST"], middlewares: [emitListingChangeAfterBatch] },
    {
      matcher: "/admin/cart-reminders/stats",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminGetCartReminderStatsParams, { defaults: ["id"], isList: false })],
    },
    {
      // The reminder e-mails' links; signed, so probing them gets nowhere, but keep it cheap.
      matcher: "/store/cart-reminders/restore",
      methods: ["POST"],
      middlewares: [rateLimitPerIp({ points: 120, duration: 60, keyPrefix: "cart-restore" }), validateAndTransformBody(StoreRestoreCart)],
    },
    {
      matcher: "/store/cart-reminders/opt-out",
      methods: ["POST"],
      middlewares: [rateLimitPerIp({ points: 60, duration: 60, keyPrefix: "cart-reminder-opt-out" }), validateAndTransformBody(StoreCartReminderOptOut)],
    },
    // Webhooks. Medusa's router tries static segments before parameters, so /admin/webhooks/events
    // and /admin/webhooks/deliveries are never taken for /admin/webhooks/:id.
    { matcher: "/admin/webhooks*", middlewares: [rejectNulBytes] },
    {
      matcher: "/admin/webhooks",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminGetWebhooksParams, listWebhooksQueryConfig)],
    },
    {
      matcher: "/admin/webhooks",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminCreateWebhook), validateAndTransformQuery(AdminGetWebhookParams, retrieveWebhookQueryConfig)],
    },
    {
      matcher: "/admin/webhooks/events",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminGetWebhookParams, noFieldsQueryConfig)],
    },
    {
      matcher: "/admin/webhooks/deliveries",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminGetWebhookDeliveriesParams, listWebhookDeliveriesQueryConfig)],
    },
    {
      matcher: "/admin/webhooks/deliveries/:id",
      methods: ["GET"],
      middlewares: [validateIdParam("id"), validateAndTransformQuery(AdminGetWebhookParams, noFieldsQueryConfig)],
    },
    {
      matcher: "/admin/webhooks/deliveries/:id/retry",
      methods: ["POST"],
      middlewares: [validateIdParam("id"), validateAndTransformBody(AdminWebhookActionBody)],
    },
    {
      matcher: "/admin/webhooks/:id",
      methods: ["GET", "DELETE"],
      middlewares: [validateIdParam("id"), validateAndTransformQuery(AdminGetWebhookParams, retrieveWebhookQueryConfig)],
    },
    {
      matcher: "/admin/webhooks/:id",
      methods: ["POST"],
      middlewares: [
        validateIdParam("id"),
        validateAndTransformBody(AdminUpdateWebhook),
        validateAndTransformQuery(AdminGetWebhookParams, retrieveWebhookQueryConfig),
      ],
    },
    {
      matcher: "/admin/webhooks/:id/secret",
      methods: ["GET"],
      middlewares: [validateIdParam("id"), validateAndTransformQuery(AdminGetWebhookParams, noFieldsQueryConfig)],
    },
    {
      matcher: "/admin/webhooks/:id/rotate-secret",
      methods: ["POST"],
      middlewares: [validateIdParam("id"), validateAndTransformBody(AdminRotateWebhookSecret)],
    },
    {
      matcher: "/admin/webhooks/:id/enable",
      methods: ["POST"],
      middlewares: [
        validateIdParam("id"),
        validateAndTransformBody(AdminWebhookActionBody),
        validateAndTransformQuery(AdminGetWebhookParams, retrieveWebhookQueryConfig),
      ],
    },
    { matcher: "/admin/webhooks/:id/send-test", methods: ["POST"], middlewares: [validateIdParam("id"), validateAndTransformBody(AdminWebhookActionBody)] },
    { matcher: "/admin/webhooks/:id/replay", methods: ["POST"], middlewares: [validateIdParam("id"), validateAndTransformBody(AdminReplayWebhook)] },
    // The public license API (the seller's software): the key is the credential. Limited per
    // client IP and per key; LICENSE_API_RATE_PER_IP / _PER_KEY (per minute) tune them.
    ...(
      [
        ["/licenses/validate", LicenseValidate],
        ["/licenses/activate", LicenseActivate],
        ["/licenses/deactivate", LicenseDeactivate],
        ["/licenses/checkout", LicenseCheckout],
      ] as const
    ).map(([matcher, schema]) => ({
      matcher,
      methods: ["POST" as const],
      middlewares: [...licenseRateLimits(matcher), validateAndTransformBody(schema)],
    })),
    ...adminLicenseRouteRules,
    ...adminDigitalAssetRouteRules,
    ...storeDigitalRouteRules,
    ...authRouteRules,
  ],
})

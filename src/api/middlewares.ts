import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listDealsQueryConfig, retrieveDealQueryConfig } from "./admin/deals/query-config"
import { AdminCreateDeal, AdminGetDealParams, AdminGetDealsParams, AdminUpdateDeal } from "./admin/deals/validators"
import { StoreGetDealParams, StoreGetDealsParams } from "./store/deals/validators"

// /admin/* routes are authenticated (admin user) by Medusa itself; /store/* require a
// publishable key. Only validation is wired here.
export default defineMiddlewares({
  routes: [
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
      middlewares: [validateAndTransformQuery(AdminGetDealParams, retrieveDealQueryConfig)],
    },
    {
      matcher: "/admin/deals/:id",
      methods: ["POST"],
      middlewares: [
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
      middlewares: [validateAndTransformQuery(StoreGetDealParams, { defaults: ["id"], isList: false })],
    },
  ],
})

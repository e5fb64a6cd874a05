import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminWebhookEndpointListResponse, AdminWebhookEndpointResponse } from "../../../types/http/webhook"
import { createWebhookEndpointWorkflow } from "../../../workflows/webhook/create-webhook-endpoint"
import { containsPattern, refetchWebhookEndpoint, toAdminWebhookEndpoint } from "./helpers"
import type { AdminCreateWebhookType, AdminGetWebhooksParamsType } from "./validators"

/** Lists webhook endpoints, newest first: status filter and search in URL and description. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetWebhooksParamsType>, res: MedusaResponse<AdminWebhookEndpointListResponse>) {
  const { q, status, limit, offset } = req.validatedQuery as AdminGetWebhooksParamsType
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (q) filters.$or = [{ url: { $ilike: containsPattern(q) } }, { description: { $ilike: containsPattern(q) } }]
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "webhook_endpoint",
    fields: req.queryConfig.fields,
    filters,
    pagination: { skip: offset, take: limit, order: { created_at: "DESC", id: "DESC" } },
  })
  res.json({ webhooks: data.map(toAdminWebhookEndpoint), count: metadata?.count ?? data.length, offset, limit })
}

/** Registers a webhook endpoint with a new signing secret (read it from the secret route). */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateWebhookType>, res: MedusaResponse<AdminWebhookEndpointResponse>) {
  const { result } = await createWebhookEndpointWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ webhook: await refetchWebhookEndpoint(req.scope, result.id, req.queryConfig.fields) })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminWebhookEndpointDeleteResponse, AdminWebhookEndpointResponse } from "../../../../types/http/webhook"
import { deleteWebhookEndpointsWorkflow } from "../../../../workflows/webhook/delete-webhook-endpoints"
import { updateWebhookEndpointWorkflow } from "../../../../workflows/webhook/update-webhook-endpoint"
import { refetchWebhookEndpoint } from "../helpers"
import type { AdminUpdateWebhookType } from "../validators"

/** Reads one webhook endpoint (without its secret). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminWebhookEndpointResponse>) {
  res.json({ webhook: await refetchWebhookEndpoint(req.scope, req.params.id, req.queryConfig.fields) })
}

/** Updates an endpoint's URL, events, headers, timeout or template; a new URL is checked. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateWebhookType>, res: MedusaResponse<AdminWebhookEndpointResponse>) {
  await refetchWebhookEndpoint(req.scope, req.params.id)
  await updateWebhookEndpointWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ webhook: await refetchWebhookEndpoint(req.scope, req.params.id, req.queryConfig.fields) })
}

/** Deletes an endpoint: nothing more is sent to it. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminWebhookEndpointDeleteResponse>) {
  await refetchWebhookEndpoint(req.scope, req.params.id)
  await deleteWebhookEndpointsWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "webhook", deleted: true })
}

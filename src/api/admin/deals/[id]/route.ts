import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteDealWorkflow } from "../../../../workflows/deal/delete-deal"
import { updateDealWorkflow } from "../../../../workflows/deal/update-deal"
import { refetchDeal } from "../helpers"
import type { AdminUpdateDealType } from "../validators"

/** Reads one deal. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const deal = await refetchDeal(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ deal })
}

/** Updates a deal's content. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateDealType>, res: MedusaResponse) {
  await updateDealWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  const deal = await refetchDeal(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ deal })
}

/** Removes a deal's content; the product itself stays. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteDealWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "deal", deleted: true })
}

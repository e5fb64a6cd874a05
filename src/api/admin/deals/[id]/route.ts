import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminDealDeleteResponse, AdminDealResponse } from "../../../../types/http/deal"
import { deleteDealWorkflow } from "../../../../workflows/deal/delete-deal"
import { updateDealWorkflow } from "../../../../workflows/deal/update-deal"
import { refetchDeal } from "../helpers"
import type { AdminUpdateDealType } from "../validators"

/** Reads one deal. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminDealResponse>) {
  res.json({ deal: await refetchDeal(req.scope, req.params.id, req.queryConfig.fields) })
}

/** Updates a deal's content. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateDealType>, res: MedusaResponse<AdminDealResponse>) {
  const { additional_data, ...body } = req.validatedBody
  await updateDealWorkflow(req.scope).run({ input: { ...body, id: req.params.id, additional_data } })
  res.json({ deal: await refetchDeal(req.scope, req.params.id, req.queryConfig.fields) })
}

/** Removes a deal's content; the product stays. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminDealDeleteResponse>) {
  await deleteDealWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "deal", deleted: true })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { AdminDigitalAssetDeleteResponse } from "../../../../types/http/digital"
import { deleteDigitalAssetsWorkflow } from "../../../../workflows/digital/delete-digital-assets"

/** Deletes a version of a variant's file; if it was the current one, the latest remaining version becomes current. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminDigitalAssetDeleteResponse>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [asset] } = await query.graph({ entity: "digital_asset", fields: ["id"], filters: { id: req.params.id } })
  if (!asset) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Digital asset ${req.params.id} was not found`)
  await deleteDigitalAssetsWorkflow(req.scope).run({ input: { ids: [asset.id] } })
  res.json({ id: asset.id, object: "digital_asset", deleted: true })
}

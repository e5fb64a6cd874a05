import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { DigitalEvents } from "../../modules/digital/events"

export type NotifyAssetVersionPublishedInput = { asset_id: string }

type Asset = { id: string; variant_id: string; product_id: string; name: string; version: string; changelog: string | null }
type Owner = { id: string; email: string }

/**
 * "Nouvelle version disponible": e-mails each owner of an active license of the variant once per
 * version (the idempotency key), with the changelog and where to download it.
 */
export const notifyAssetVersionPublishedWorkflow = createWorkflow(
  "notify-asset-version-published",
  (input: WorkflowData<NotifyAssetVersionPublishedInput>) => {
    const { data: assets } = useQueryGraphStep({
      entity: "digital_asset",
      fields: ["id", "variant_id", "product_id", "name", "version", "changelog"],
      filters: { id: input.asset_id },
      options: { throwIfKeyNotFound: true },
    })
    const { data: owners } = useQueryGraphStep({
      entity: "license",
      fields: ["id", "email"],
      filters: transform({ assets }, ({ assets }) => ({ variant_id: (assets[0] as Asset).variant_id, status: "active" })),
    }).config({ name: "asset-owners" })
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "title"],
      filters: transform({ assets }, ({ assets }) => ({ id: (assets[0] as Asset).product_id })),
    }).config({ name: "asset-product" })
    const emails = transform({ assets, owners, products }, ({ assets, owners, products }) => {
      const asset = assets[0] as Asset
      const title = (products[0] as { title?: string } | undefined)?.title ?? asset.name
      const addresses = [...new Set((owners as Owner[]).map((owner) => owner.email.toLowerCase()))]
      return addresses.map((email) => ({
        to: email,
        channel: "email",
        template: "message",
        trigger_type: DigitalEvents.ASSET_VERSION_PUBLISHED,
        resource_type: "digital_asset",
        resource_id: asset.id,
        idempotency_key: `asset-version:${asset.id}:${email}`,
        data: {
          locale: "fr",
          subject: `Nouvelle version de ${title} : ${asset.version}`,
          body: [
            "Bonjour,",
            `La version ${asset.version} de ${asset.name} est disponible.${asset.changelog ? `\n\nNouveautés : ${asset.changelog}` : ""}`,
            "Téléchargez-la depuis votre espace client, rubrique « Produits numériques ». Les versions précédentes y restent disponibles.",
          ].join("\n\n"),
        },
      }))
    })
    return new WorkflowResponse(sendNotificationsStep(emails))
  }
)

import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { DigitalEvents } from "../../modules/digital/events"
import { notifyAssetVersionPublishedWorkflow } from "../../workflows/digital/notify-asset-version-published"

/** A new file version: its licensed owners get "Nouvelle version disponible" by e-mail. */
export default async function assetVersionPublishedNotifyOwners({ event, container }: SubscriberArgs<{ id: string }>) {
  await notifyAssetVersionPublishedWorkflow(container).run({ input: { asset_id: event.data.id } })
}

export const config: SubscriberConfig = { event: DigitalEvents.ASSET_VERSION_PUBLISHED, context: { subscriberId: "digital-notify-new-version" } }

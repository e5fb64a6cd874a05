import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { DigitalEvents } from "../../modules/digital/events"
import { claimExpiryWarningsStep } from "./steps/claim-expiry-warnings"
import { expireLicensesStep } from "./steps/expire-licenses"

export type ExpireLicensesInput = { now: string }

const dateFr = (value: string | Date) => new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Europe/Paris" }).format(new Date(value))

/**
 * The licenses' calendar (hourly job): warns owners a week before the end (e-mail and
 * `digital.license.expiring`), then marks licenses past their end as expired (`digital.license.expired`).
 */
export const expireLicensesWorkflow = createWorkflow("expire-licenses", (input: WorkflowData<ExpireLicensesInput>) => {
  const warned = claimExpiryWarningsStep(input)
  when({ warned }, ({ warned }) => warned.length > 0).then(() => {
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "title"],
      filters: transform({ warned }, ({ warned }) => ({ id: [...new Set(warned.map((license) => license.product_id))] })),
    }).config({ name: "expiring-license-products" })
    const emails = transform({ warned, products }, ({ warned, products }) =>
      warned.map((license) => {
        const title = (products as { id: string; title: string }[]).find((product) => product.id === license.product_id)?.title ?? "votre logiciel"
        return {
          to: license.email,
          channel: "email",
          template: "message",
          trigger_type: DigitalEvents.LICENSE_EXPIRING,
          resource_type: "license",
          resource_id: license.id,
          idempotency_key: `license-expiring:${license.id}:${new Date(license.expires_at).toISOString()}`,
          data: {
            locale: "fr",
            subject: `Votre licence ${title} expire le ${dateFr(license.expires_at)}`,
            body: [
              "Bonjour,",
              `Votre licence ${title} (${license.key}) arrive à échéance le ${dateFr(license.expires_at)}. Après cette date, le logiciel ne l'acceptera plus.`,
              "Pour continuer à l'utiliser, renouvelez-la depuis la boutique. Vos postes activés et vos fichiers restent dans votre espace client.",
            ].join("\n\n"),
          },
        }
      })
    )
    sendNotificationsStep(emails)
    emitEventStep({ eventName: DigitalEvents.LICENSE_EXPIRING, data: transform({ warned }, ({ warned }) => warned.map((license) => ({ id: license.id }))) }).config({
      name: "emit-license-expiring",
    })
  })
  const expired = expireLicensesStep(input)
  when({ expired }, ({ expired }) => expired.length > 0).then(() => {
    emitEventStep({ eventName: DigitalEvents.LICENSE_EXPIRED, data: transform({ expired }, ({ expired }) => expired.map((id) => ({ id }))) }).config({
      name: "emit-license-expired",
    })
  })
  return new WorkflowResponse({ warned: transform({ warned }, ({ warned }) => warned.map((license) => license.id)), expired })
})

import { DealEvents } from "../../modules/deal/events"
import { DigitalEvents } from "../../modules/digital/events"
import { InvoiceEvents } from "../../modules/invoice/events"
import { ReviewEvents } from "../../modules/review/events"
import { WebhookEvents } from "../../modules/webhook/events"

/**
 * What a webhook's `data` holds for an event: the entity read with `query.graph` when the event
 * is handled (so the receiver needs no call back), from the event's `id` (or `idField`).
 * An entity gone by then (deleted) sends the event's own payload.
 */
export type WebhookProjection = { entity: string; idField?: string; fields: string[]; example: Record<string, unknown> }

const at = "2026-11-25T10:42:00.000Z"

const order: WebhookProjection = {
  entity: "order",
  fields: ["id", "display_id", "status", "email", "currency_code", "total", "subtotal", "tax_total", "shipping_total", "discount_total", "customer_id", "created_at", "items.id", "items.title", "items.product_id", "items.variant_id", "items.quantity", "items.unit_price"],
  example: { id: "order_01JD…", display_id: 42, status: "pending", email: "client@comptoir.local", currency_code: "eur", total: 89, subtotal: 74.17, tax_total: 14.83, shipping_total: 0, discount_total: 0, customer_id: "cus_01JD…", created_at: at, items: [{ id: "ordli_01JD…", title: "Spa & hammam pour deux", product_id: "prod_01JD…", variant_id: "variant_01JD…", quantity: 1, unit_price: 89 }] },
}
const orderWithFulfillments: WebhookProjection = {
  ...order,
  idField: "order_id",
  fields: [...order.fields, "fulfillments.id", "fulfillments.shipped_at", "fulfillments.labels.tracking_number", "fulfillments.labels.tracking_url"],
  example: { ...order.example, fulfillments: [{ id: "ful_01JD…", shipped_at: null, labels: [{ tracking_number: "6A12345678901", tracking_url: "https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901" }] }] },
}
const payment: WebhookProjection = {
  entity: "payment",
  fields: ["id", "amount", "currency_code", "provider_id", "captured_at", "canceled_at", "payment_collection_id", "created_at"],
  example: { id: "pay_01JD…", amount: 89, currency_code: "eur", provider_id: "pp_stripe_stripe", captured_at: at, canceled_at: null, payment_collection_id: "pay_col_01JD…", created_at: at },
}
const customer: WebhookProjection = {
  entity: "customer",
  fields: ["id", "email", "first_name", "last_name", "phone", "has_account", "created_at", "updated_at"],
  example: { id: "cus_01JD…", email: "client@comptoir.local", first_name: "Camille", last_name: "Martin", phone: "+33612345678", has_account: true, created_at: at, updated_at: at },
}
const product: WebhookProjection = {
  entity: "product",
  fields: ["id", "title", "handle", "status", "subtitle", "thumbnail", "created_at", "updated_at", "variants.id", "variants.title", "variants.sku"],
  example: { id: "prod_01JD…", title: "Spa & hammam pour deux", handle: "spa-hammam-marrakech-paris", status: "published", subtitle: "2 h de détente", thumbnail: "http://localhost:9000/static/spa.svg", created_at: at, updated_at: at, variants: [{ id: "variant_01JD…", title: "Duo", sku: "SPA-DUO" }] },
}
const deal: WebhookProjection = {
  entity: "deal",
  fields: ["id", "product_id", "subtitle", "starts_at", "ends_at", "is_featured", "is_deal_of_day", "min_quantity", "max_quantity", "bought_count", "location_city", "created_at", "updated_at"],
  example: { id: "deal_01JD…", product_id: "prod_01JD…", subtitle: "2 h de détente", starts_at: at, ends_at: "2026-12-31T23:00:00.000Z", is_featured: true, is_deal_of_day: false, min_quantity: 1, max_quantity: 4, bought_count: 128, location_city: "Paris", created_at: at, updated_at: at },
}
const review: WebhookProjection = {
  entity: "review",
  fields: ["id", "product_id", "customer_id", "order_id", "rating", "title", "body", "display_name", "status", "rejection_reason", "reply", "created_at", "updated_at"],
  example: { id: "rev_01JD…", product_id: "prod_01JD…", customer_id: "cus_01JD…", order_id: "order_01JD…", rating: 5, title: "Parfait", body: "Accueil chaleureux, je recommande.", display_name: "Amina B.", status: "approved", rejection_reason: null, reply: "Merci !", created_at: at, updated_at: at },
}
const invoice: WebhookProjection = {
  entity: "invoice",
  fields: ["id", "kind", "number", "status", "order_id", "order_display_id", "customer_id", "credited_invoice_id", "currency_code", "issued_at", "due_at", "paid_at", "total_net", "total_tax", "total_gross"],
  example: { id: "inv_01JD…", kind: "invoice", number: "F-2026-000042", status: "issued", order_id: "order_01JD…", order_display_id: 42, customer_id: "cus_01JD…", credited_invoice_id: null, currency_code: "eur", issued_at: at, due_at: at, paid_at: null, total_net: 74.17, total_tax: 14.83, total_gross: 89 },
}

const license: WebhookProjection = {
  entity: "license",
  fields: ["id", "key", "status", "status_reason", "product_id", "variant_id", "order_id", "customer_id", "email", "expires_at", "max_activations_override", "created_at", "updated_at"],
  example: { id: "lic_01JD…", key: "CPT-7Q2M-0K4S-9XWB-T3NA-E5RD-KM8P-2VYC", status: "active", status_reason: null, product_id: "prod_01JD…", variant_id: "variant_01JD…", order_id: "order_01JD…", customer_id: "cus_01JD…", email: "client@comptoir.local", expires_at: "2027-11-25T10:42:00.000Z", max_activations_override: null, created_at: at, updated_at: at },
}

const download: WebhookProjection = {
  entity: "download",
  fields: ["id", "asset_id", "order_id", "customer_id", "email", "bytes", "created_at"],
  example: { id: "dl_01JD…", asset_id: "dasset_01JD…", order_id: "order_01JD…", customer_id: "cus_01JD…", email: "client@comptoir.local", bytes: 1048576, created_at: at },
}
const asset: WebhookProjection = {
  entity: "digital_asset",
  fields: ["id", "product_id", "variant_id", "name", "version", "changelog", "mime_type", "size", "checksum_sha256", "created_at"],
  example: { id: "dasset_01JD…", product_id: "prod_01JD…", variant_id: "variant_01JD…", name: "comptoir-pro.zip", version: "2.1.0", changelog: "Clôture de caisse plus rapide.", mime_type: "application/zip", size: 48234112, checksum_sha256: "9f86d081…", created_at: at },
}

export type WebhookEventType = { type: string; description: string; projection?: WebhookProjection; example?: unknown }

/** Every event integrators can subscribe to. Adding one is one line here. */
export const WEBHOOK_EVENT_CATALOG: readonly WebhookEventType[] = [
  { type: "order.placed", description: "A customer placed an order.", projection: order },
  { type: "order.canceled", description: "An order was canceled.", projection: order },
  { type: "order.completed", description: "An order was completed.", projection: order },
  { type: "order.fulfillment_created", description: "A fulfillment (shipment, voucher) was created for an order.", projection: orderWithFulfillments },
  { type: "payment.captured", description: "A payment was captured.", projection: payment },
  { type: "payment.refunded", description: "A payment was refunded, in full or in part.", projection: payment },
  { type: "customer.created", description: "A customer was created (sign-up, guest checkout or admin).", projection: customer },
  { type: "customer.updated", description: "A customer's details changed.", projection: customer },
  { type: "product.created", description: "A product was created.", projection: product },
  { type: "product.updated", description: "A product was updated.", projection: product },
  { type: "product.deleted", description: "A product was deleted (data: its id).", example: { id: "prod_01JD…" } },
  { type: DealEvents.CREATED, description: "A deal was created on a product.", projection: deal },
  { type: DealEvents.UPDATED, description: "A deal's content, dates or limits changed.", projection: deal },
  { type: DealEvents.DELETED, description: "A deal was deleted (data: its id).", example: { id: "deal_01JD…" } },
  { type: ReviewEvents.CREATED, description: "A customer wrote a review (pending moderation).", projection: review },
  { type: ReviewEvents.APPROVED, description: "A review was approved and is public.", projection: review },
  { type: ReviewEvents.REJECTED, description: "A review was rejected, with a reason.", projection: review },
  { type: ReviewEvents.REPLIED, description: "The merchant's public reply to a review was set or removed.", projection: review },
  { type: InvoiceEvents.ISSUED, description: "An order's invoice was issued (numbered, PDF stored).", projection: invoice },
  { type: InvoiceEvents.CREDIT_NOTE_ISSUED, description: "A credit note cancelled all or part of an invoice.", projection: invoice },
  { type: InvoiceEvents.PAID, description: "An invoice was paid (its order's payment captured).", projection: invoice },
  { type: DigitalEvents.LICENSE_ISSUED, description: "A license key was issued for a unit of a placed order.", projection: license },
  { type: DigitalEvents.LICENSE_ACTIVATED, description: "A license was activated on a new device.", projection: license },
  { type: DigitalEvents.LICENSE_DEACTIVATED, description: "A device was released from a license.", projection: license },
  { type: DigitalEvents.LICENSE_SUSPENDED, description: "A license was suspended (order canceled, merchant).", projection: license },
  { type: DigitalEvents.LICENSE_REINSTATED, description: "A suspended license was reinstated.", projection: license },
  { type: DigitalEvents.LICENSE_REVOKED, description: "A license was revoked for good.", projection: license },
  { type: DigitalEvents.LICENSE_EXPIRING, description: "A license ends within a week; its owner was e-mailed.", projection: license },
  { type: DigitalEvents.LICENSE_EXPIRED, description: "A license reached its end date.", projection: license },
  { type: DigitalEvents.LICENSE_TRANSFERRED, description: "A license was transferred to another e-mail (data: the license, now with its new owner).", projection: license },
  { type: DigitalEvents.DOWNLOAD_CREATED, description: "A customer downloaded a file.", projection: download },
  { type: DigitalEvents.ASSET_VERSION_PUBLISHED, description: "A new version of a digital product's file was published.", projection: asset },
  { type: WebhookEvents.TEST, description: "A test message sent from Medusa Admin to one endpoint.", example: { webhook_id: "whep_01JD…", message: "Test webhook from Comptoir" } },
]

/** The catalog's types that come from Medusa's event bus (the test message is sent directly). */
export const SUBSCRIBED_EVENT_TYPES = WEBHOOK_EVENT_CATALOG.map((event) => event.type).filter((type) => type !== WebhookEvents.TEST)

/** The catalog entry of `type`, or undefined. */
export function findWebhookEventType(type: string): WebhookEventType | undefined {
  return WEBHOOK_EVENT_CATALOG.find((event) => event.type === type)
}

/** The example `data` shown for an event type in the catalog. */
export function exampleData(event: WebhookEventType): unknown {
  return event.projection?.example ?? event.example ?? {}
}

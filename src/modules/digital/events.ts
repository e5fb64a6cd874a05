/**
 * Events of the digital capability, payload `{ id }` (a license id unless said), for
 * subscribers and outgoing webhooks.
 * - `digital.license.issued`: a license was created for a unit of an order.
 * - `digital.license.activated` / `deactivated` `{ id, activation_id }`: a device was added or released.
 * - `digital.license.suspended` / `reinstated` / `revoked` / `expired`: its status changed.
 * - `digital.license.expiring` `{ id }`: it ends within `expiry_warning_days`; its owner was e-mailed.
 * - `digital.license.transferred` `{ id, from_email, to_email }`.
 * - `digital.download.created` `{ id }` (a download id; emitted by the module when the row is created).
 * - `digital.license.reinstated` also follows an extension that brings an expired license back.
 * - `digital.asset.version_published` `{ id }` (an asset id).
 */
export const DigitalEvents = {
  LICENSE_ISSUED: "digital.license.issued",
  LICENSE_ACTIVATED: "digital.license.activated",
  LICENSE_DEACTIVATED: "digital.license.deactivated",
  LICENSE_SUSPENDED: "digital.license.suspended",
  LICENSE_REINSTATED: "digital.license.reinstated",
  LICENSE_REVOKED: "digital.license.revoked",
  LICENSE_EXPIRED: "digital.license.expired",
  LICENSE_EXPIRING: "digital.license.expiring",
  LICENSE_TRANSFERRED: "digital.license.transferred",
  DOWNLOAD_CREATED: "digital.download.created",
  ASSET_VERSION_PUBLISHED: "digital.asset.version_published",
} as const

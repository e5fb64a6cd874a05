import type { KeyObject } from "node:crypto"
import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { generateLicenseKey } from "./licensing/license-key"
import { publicKeyPem, readSigningKey, signLicenseFile, type LicenseFile } from "./licensing/license-file"
import { FACTS_SQL, validateLicenseKey } from "./licensing/validate-license-key"
import { licenseVerdict, type LicenseCode } from "./licensing/license-verdict"
import { DigitalAsset } from "./models/digital-asset"
import { Download } from "./models/download"
import { License } from "./models/license"
import { LicenseActivation } from "./models/license-activation"
import { LicensePolicy } from "./models/license-policy"
import { parseLicenseOptions, type ResolvedLicenseOptions } from "./options"
import type { ActivationRow, IssuedLicense, LicenseFacts, OrderItemToLicense } from "./types"

const DAY = 24 * 60 * 60 * 1000

/** Digital products: license policies, licenses and their activations, files and downloads. */
class DigitalModuleService extends MedusaService({ LicensePolicy, License, LicenseActivation, DigitalAsset, Download }) {
  protected readonly settings_: ResolvedLicenseOptions
  protected readonly signingKey_: KeyObject

  constructor(container: Record<string, unknown>, options?: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.settings_ = parseLicenseOptions(options)
    try {
      this.signingKey_ = readSigningKey(this.settings_.signing_key)
    } catch (error) {
      throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, `Invalid licenses.signing_key: ${(error as Error).message}`)
    }
  }

  /** The options in force (plugin options `licenses`). */
  settings(): ResolvedLicenseOptions {
    return this.settings_
  }

  /** The PEM public key software uses to check license files offline. */
  publicKeyPem(): string {
    return publicKeyPem(this.signingKey_)
  }

  /**
   * One license per unit of each item whose variant has a policy, in one statement. Issuing the
   * same order again creates nothing: `(line_item_id, unit_index)` is unique.
   */
  @InjectManager()
  async issueLicenses(
    input: { order_id: string; email: string; customer_id: string | null; items: OrderItemToLicense[]; now: Date },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<IssuedLicense[]> {
    const policies = await this.listLicensePolicies({ variant_id: input.items.map((item) => item.variant_id) }, {}, sharedContext)
    const rows: unknown[][] = []
    for (const item of input.items) {
      const policy = policies.find((candidate) => candidate.variant_id === item.variant_id)
      if (!policy) continue
      const expiresAt = policy.duration_days ? new Date(input.now.getTime() + policy.duration_days * DAY) : null
      for (let unit = 0; unit < item.quantity; unit++) {
        rows.push([generateEntityId(undefined, "lic"), generateLicenseKey(policy.key_prefix), policy.id, policy.variant_id, policy.product_id, input.order_id, item.id, unit, input.customer_id, input.email, expiresAt, input.now, input.now])
      }
    }
    if (!rows.length) return []
    return (sharedContext.manager as EntityManager).execute(
      `INSERT INTO license (id, key, policy_id, variant_id, product_id, order_id, line_item_id, unit_index, customer_id, email, status, expires_at, created_at, updated_at)
       VALUES ${rows.map(() => "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?)").join(", ")}
       ON CONFLICT (line_item_id, unit_index) WHERE deleted_at IS NULL DO NOTHING
       RETURNING id, key, order_id, variant_id`,
      rows.flat() as never[]
    )
  }

  /** Removes licenses just issued (compensation of an issue). */
  @InjectManager()
  async removeIssuedLicenses(ids: string[], @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<void> {
    if (!ids.length) return
    await (sharedContext.manager as EntityManager).execute(`DELETE FROM license WHERE id IN (${ids.map(() => "?").join(", ")})`, ids)
  }

  /** What `POST /licenses/validate` answers; remembers when an activated device last checked in (once a minute at most). */
  @InjectManager()
  async validateLicense(
    input: { key: string; fingerprint?: string; now: Date },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ valid: boolean; code: LicenseCode; detail: string; license: LicenseFacts | null }> {
    const manager = sharedContext.manager as EntityManager
    return validateLicenseKey((sql, params) => manager.execute(sql, (params ?? []) as never[]) as never, input)
  }

  /**
   * Activates a license on a device. The license row is locked first, so parallel activations
   * are counted one after another: never more than the limit, one row per fingerprint.
   * Activating a device already active returns it (`created: false`).
   */
  @InjectManager()
  async activateLicense(
    input: { key: string; fingerprint: string; name?: string | null; platform?: string | null; ip?: string | null; now: Date },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ activation: ActivationRow; license: LicenseFacts; created: boolean }> {
    return this.activateLicense_(input, sharedContext)
  }

  @InjectTransactionManager()
  protected async activateLicense_(
    input: { key: string; fingerprint: string; name?: string | null; platform?: string | null; ip?: string | null; now: Date },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    const manager = sharedContext.transactionManager as EntityManager
    const [locked] = await manager.execute<{ id: string }[]>(`SELECT id FROM license WHERE key = ? AND deleted_at IS NULL FOR UPDATE`, [input.key])
    if (!locked) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No license has the key ${input.key}`, "NOT_FOUND")
    // Read after the lock: every activation committed before it is counted.
    const [facts] = await manager.execute<LicenseFacts[]>(FACTS_SQL, [input.fingerprint, input.key])
    const verdict = licenseVerdict({ ...facts, expires_at: facts.expires_at ? new Date(facts.expires_at) : null }, input.now)
    if (facts.activation_id) {
      const [activation] = await manager.execute<ActivationRow[]>(`SELECT * FROM license_activation WHERE id = ?`, [facts.activation_id])
      return { activation, license: facts, created: false }
    }
    if (["EXPIRED", "SUSPENDED", "REVOKED"].includes(verdict.code)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `License ${input.key}: ${verdict.detail.toLowerCase()}`, verdict.code)
    }
    if (facts.active_activations >= facts.max_activations) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `License ${input.key} has reached its ${facts.max_activations} activations: deactivate a device first`, "TOO_MANY_ACTIVATIONS")
    }
    const [{ today }] = await manager.execute<{ today: number }[]>(
      `SELECT count(*)::int AS today FROM license_activation WHERE license_id = ? AND created_at > ?`,
      [facts.id, new Date(input.now.getTime() - DAY)]
    )
    if (today >= this.settings_.activations_per_day) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `License ${input.key} was activated ${today} times in the last 24 hours, the most allowed: try again tomorrow`, "TOO_MANY_ACTIVATIONS_TODAY")
    }
    const [activation] = await manager.execute<ActivationRow[]>(
      `INSERT INTO license_activation (id, license_id, fingerprint, name, platform, ip, last_validated_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`,
      [generateEntityId(undefined, "lact"), facts.id, input.fingerprint, input.name ?? null, input.platform ?? null, input.ip ?? null, input.now, input.now, input.now]
    )
    return { activation, license: { ...facts, active_activations: facts.active_activations + 1, activation_id: activation.id }, created: true }
  }

  /** Releases a device; returns the activation released, or null when the fingerprint was not active. */
  @InjectManager()
  async deactivateLicense(
    input: { key: string; fingerprint: string; now: Date },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ license_id: string; activation_id: string } | null> {
    const rows = await (sharedContext.manager as EntityManager).execute<{ id: string; license_id: string }[]>(
      `UPDATE license_activation a SET deactivated_at = ?, updated_at = ?
       FROM license l WHERE l.id = a.license_id AND l.key = ? AND l.deleted_at IS NULL
         AND a.fingerprint = ? AND a.deactivated_at IS NULL AND a.deleted_at IS NULL
       RETURNING a.id, a.license_id`,
      [input.now, input.now, input.key, input.fingerprint]
    )
    return rows[0] ? { license_id: rows[0].license_id, activation_id: rows[0].id } : null
  }

  /** Puts a released device back (compensation of a deactivation). */
  @InjectManager()
  async reactivateActivation(activationId: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<void> {
    await (sharedContext.manager as EntityManager).execute(`UPDATE license_activation SET deactivated_at = NULL WHERE id = ?`, [activationId])
  }

  /** Removes an activation just created (compensation of an activation). */
  @InjectManager()
  async removeActivation(activationId: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<void> {
    await (sharedContext.manager as EntityManager).execute(`DELETE FROM license_activation WHERE id = ?`, [activationId])
  }

  /**
   * Sets the status of licenses (the given ones, or all of an order's) that are not already in it;
   * returns their previous statuses, for compensation.
   */
  @InjectManager()
  async setLicenseStatus(
    input: { ids?: string[]; order_id?: string; status: "active" | "suspended" | "revoked"; reason: string | null; only_suspend_on_refund?: boolean },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ id: string; status: string; status_reason: string | null }[]> {
    const where =
      (input.ids ? `id IN (${input.ids.map(() => "?").join(", ")})` : "order_id = ?") +
      // A refund suspends only the licenses whose policy says so.
      (input.only_suspend_on_refund ? " AND policy_id IN (SELECT id FROM license_policy WHERE suspend_on_refund)" : "")
    const params = input.ids ?? [input.order_id]
    if (input.ids && !input.ids.length) return []
    return (sharedContext.manager as EntityManager).execute(
      `WITH target AS (SELECT id, status, status_reason FROM license WHERE ${where} AND status <> ? AND status <> 'expired' AND deleted_at IS NULL FOR UPDATE),
       changed AS (UPDATE license l SET status = ?, status_reason = ?, updated_at = now() FROM target WHERE l.id = target.id RETURNING l.id)
       SELECT target.* FROM target JOIN changed ON changed.id = target.id`,
      [...params, input.status, input.status, input.reason] as never[]
    )
  }

  /** Puts statuses back (compensation of `setLicenseStatus`). */
  @InjectManager()
  async restoreLicenseStatuses(previous: { id: string; status: string; status_reason: string | null }[], @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<void> {
    for (const row of previous) {
      await (sharedContext.manager as EntityManager).execute(`UPDATE license SET status = ?, status_reason = ? WHERE id = ?`, [row.status, row.status_reason, row.id])
    }
  }

  /**
   * Creates a variant's license policy unless it already has one, in one statement: the unique
   * index on `variant_id` decides between two admins racing, so null means "already has one".
   */
  @InjectManager()
  async createLicensePolicyOnce(
    input: { variant_id: string; product_id: string; max_activations: number; duration_days: number | null; transferable: boolean; key_prefix: string; suspend_on_refund: boolean },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ id: string } | null> {
    const now = new Date()
    const [created] = await (sharedContext.manager as EntityManager).execute<{ id: string }[]>(
      `INSERT INTO license_policy (id, variant_id, product_id, max_activations, duration_days, transferable, key_prefix, suspend_on_refund, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (variant_id) WHERE deleted_at IS NULL DO NOTHING
       RETURNING id`,
      [generateEntityId(undefined, "lpol"), input.variant_id, input.product_id, input.max_activations, input.duration_days, input.transferable, input.key_prefix, input.suspend_on_refund, now, now]
    )
    return created ?? null
  }

  /** How many devices each license is activated on (released ones not counted); licenses without any are 0. */
  @InjectManager()
  async countActiveActivations(licenseIds: string[], @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<Record<string, number>> {
    const counts: Record<string, number> = Object.fromEntries(licenseIds.map((id) => [id, 0]))
    if (!licenseIds.length) return counts
    const rows = await (sharedContext.manager as EntityManager).execute<{ license_id: string; active: number }[]>(
      `SELECT license_id, count(*)::int AS active FROM license_activation
       WHERE license_id IN (${licenseIds.map(() => "?").join(", ")}) AND deactivated_at IS NULL AND deleted_at IS NULL
       GROUP BY license_id`,
      licenseIds
    )
    for (const row of rows) counts[row.license_id] = Number(row.active)
    return counts
  }

  /** Releases every device a license is active on (the merchant's reset); returns the activations released. */
  @InjectManager()
  async releaseLicenseActivations(input: { license_id: string; now: Date }, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<string[]> {
    const rows = await (sharedContext.manager as EntityManager).execute<{ id: string }[]>(
      `UPDATE license_activation SET deactivated_at = ?, updated_at = ?
       WHERE license_id = ? AND deactivated_at IS NULL AND deleted_at IS NULL
       RETURNING id`,
      [input.now, input.now, input.license_id]
    )
    return rows.map((row) => row.id)
  }

  /** Puts released devices back (compensation of a reset). */
  @InjectManager()
  async reactivateActivations(activationIds: string[], @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<void> {
    if (!activationIds.length) return
    await (sharedContext.manager as EntityManager).execute(
      `UPDATE license_activation SET deactivated_at = NULL WHERE id IN (${activationIds.map(() => "?").join(", ")})`,
      activationIds
    )
  }

  /**
   * Sets when a license ends (null: never) and forgets the expiry warning; an `expired` license
   * given a future end is `active` again. The row is locked while it changes; returns the row as
   * it was (for compensation) and its new status, or null when no license has this id.
   */
  @InjectManager()
  async extendLicense(
    input: { id: string; expires_at: Date | null; now: Date },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ previous: { id: string; status: string; status_reason: string | null; expires_at: Date | null; expiry_warned_at: Date | null }; status: string } | null> {
    const revives = input.expires_at === null || input.expires_at > input.now
    const [row] = await (sharedContext.manager as EntityManager).execute<
      { id: string; status: string; status_reason: string | null; expires_at: Date | null; expiry_warned_at: Date | null; new_status: string }[]
    >(
      `WITH target AS (SELECT id, status, status_reason, expires_at, expiry_warned_at FROM license WHERE id = ? AND deleted_at IS NULL FOR UPDATE),
       changed AS (
         UPDATE license l SET expires_at = ?, expiry_warned_at = NULL,
           status = CASE WHEN target.status = 'expired' AND ? THEN 'active' ELSE target.status END,
           status_reason = CASE WHEN target.status = 'expired' AND ? THEN NULL ELSE target.status_reason END,
           updated_at = ?
         FROM target WHERE l.id = target.id RETURNING l.id, l.status)
       SELECT target.*, changed.status AS new_status FROM target JOIN changed ON changed.id = target.id`,
      [input.id, input.expires_at, revives, revives, input.now]
    )
    if (!row) return null
    const { new_status, ...previous } = row
    return { previous, status: new_status }
  }

  /** Marks active licenses whose end has passed as expired, in one statement; returns their ids. */
  @InjectManager()
  async expireLicenses(now: Date, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<string[]> {
    const rows = await (sharedContext.manager as EntityManager).execute<{ id: string }[]>(
      `UPDATE license SET status = 'expired', status_reason = 'reached its end date', updated_at = ?
       WHERE status = 'active' AND expires_at <= ? AND deleted_at IS NULL RETURNING id`,
      [now, now]
    )
    return rows.map((row) => row.id)
  }

  /** Puts licenses expired by mistake back to active (compensation of `expireLicenses`). */
  @InjectManager()
  async unexpireLicenses(ids: string[], @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<void> {
    if (!ids.length) return
    await (sharedContext.manager as EntityManager).execute(`UPDATE license SET status = 'active', status_reason = NULL WHERE status = 'expired' AND id IN (${ids.map(() => "?").join(", ")})`, ids)
  }

  /**
   * Claims the active licenses ending within `expiry_warning_days` whose owner was not warned
   * yet (one statement: two runs never warn twice); returns what the warning needs.
   */
  @InjectManager()
  async claimExpiryWarnings(
    now: Date,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ id: string; key: string; email: string; expires_at: Date; product_id: string; variant_id: string }[]> {
    return (sharedContext.manager as EntityManager).execute(
      `UPDATE license SET expiry_warned_at = ?, updated_at = ?
       WHERE status = 'active' AND expiry_warned_at IS NULL AND expires_at > ? AND expires_at <= ? AND deleted_at IS NULL
       RETURNING id, key, email, expires_at, product_id, variant_id`,
      [now, now, now, new Date(now.getTime() + this.settings_.expiry_warning_days * DAY)]
    )
  }

  /** Forgets warnings claimed (compensation of `claimExpiryWarnings`). */
  @InjectManager()
  async releaseExpiryWarnings(ids: string[], @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<void> {
    if (!ids.length) return
    await (sharedContext.manager as EntityManager).execute(`UPDATE license SET expiry_warned_at = NULL WHERE id IN (${ids.map(() => "?").join(", ")})`, ids)
  }

  /** Downloads per asset in one aggregate statement: how many, by how many owners (guests by e-mail), bytes served; optionally one customer's only. */
  @InjectManager()
  async downloadStats(
    input: { asset_ids: string[]; customer_id?: string },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ asset_id: string; downloads: number; unique_customers: number; bytes: number }[]> {
    if (!input.asset_ids.length) return []
    const rows = await (sharedContext.manager as EntityManager).execute<{ asset_id: string; downloads: number; unique_customers: number; bytes: string }[]>(
      `SELECT asset_id, count(*)::int AS downloads, count(DISTINCT COALESCE(customer_id, lower(email)))::int AS unique_customers, COALESCE(sum(bytes), 0)::bigint AS bytes
       FROM download WHERE deleted_at IS NULL AND asset_id IN (${input.asset_ids.map(() => "?").join(", ")}) ${input.customer_id ? "AND customer_id = ?" : ""}
       GROUP BY asset_id`,
      [...input.asset_ids, ...(input.customer_id ? [input.customer_id] : [])]
    )
    return rows.map((row) => ({ ...row, bytes: Number(row.bytes) }))
  }

  /** An Ed25519-signed license file for offline checks, valid `file_ttl_days`. */
  signLicenseFile(license: LicenseFacts, fingerprint: string | null, now: Date, ttlDays = this.settings_.file_ttl_days): LicenseFile {
    return signLicenseFile(
      {
        key: license.key,
        status: license.status,
        product_id: license.product_id,
        variant_id: license.variant_id,
        max_activations: license.max_activations,
        license_expires_at: license.expires_at ? new Date(license.expires_at).toISOString() : null,
        fingerprint,
        issued_at: now.toISOString(),
        expires_at: new Date(now.getTime() + ttlDays * DAY).toISOString(),
      },
      this.signingKey_
    )
  }
}

export default DigitalModuleService

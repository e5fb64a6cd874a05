import type { LicenseFacts } from "../types"
import { licenseVerdict, type LicenseCode } from "./license-verdict"

/** Runs one SQL statement with `?` placeholders and returns its rows (the module's manager, or a bare connection). */
export type SqlRunner = <T = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>

/** The license behind a key with what its checks need; `activation_id` is the asked fingerprint's, if active. */
export const FACTS_SQL = `
  SELECT l.id, l.key, l.status, l.expires_at, l.product_id, l.variant_id, l.customer_id, l.email, l.order_id,
         COALESCE(l.max_activations_override, p.max_activations) AS max_activations,
         (SELECT count(*) FROM license_activation a WHERE a.license_id = l.id AND a.deactivated_at IS NULL AND a.deleted_at IS NULL)::int AS active_activations,
         (SELECT a.id FROM license_activation a WHERE a.license_id = l.id AND a.fingerprint = ? AND a.deactivated_at IS NULL AND a.deleted_at IS NULL) AS activation_id
  FROM license l JOIN license_policy p ON p.id = l.policy_id
  WHERE l.key = ? AND l.deleted_at IS NULL`

export type LicenseValidation = { valid: boolean; code: LicenseCode; detail: string; license: LicenseFacts | null }

/**
 * What `POST /licenses/validate` answers, in one indexed lookup; remembers when an activated
 * device last checked in (once a minute at most). Shared by the Medusa route and the fast path.
 */
export async function validateLicenseKey(sql: SqlRunner, input: { key: string; fingerprint?: string; now: Date }): Promise<LicenseValidation> {
  const [facts] = await sql<LicenseFacts>(FACTS_SQL, [input.fingerprint ?? "", input.key])
  const verdict = licenseVerdict(
    facts ? { ...facts, expires_at: facts.expires_at ? new Date(facts.expires_at) : null, fingerprint_active: input.fingerprint === undefined ? undefined : !!facts.activation_id } : null,
    input.now
  )
  if (facts?.activation_id) {
    await sql(`UPDATE license_activation SET last_validated_at = ? WHERE id = ? AND (last_validated_at IS NULL OR last_validated_at < ?)`, [
      input.now,
      facts.activation_id,
      new Date(input.now.getTime() - 60_000),
    ])
  }
  return { ...verdict, license: facts ?? null }
}

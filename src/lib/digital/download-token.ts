import crypto from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { derivedSigningKey } from "../signing/derived-key"

/** Seconds a download link works after it is handed out (a plugin option later). */
export const DOWNLOAD_URL_TTL_SECONDS = 300

/** What a download link grants: one asset, to one customer, until `exp` (unix seconds). */
export type DownloadTokenPayload = { asset_id: string; customer_id: string; exp: number }

/** Why a token is refused: `invalid` (forged, altered, malformed) or `expired`. */
export type DownloadTokenProblem = "invalid" | "expired"

/** The key that signs download links: derived from the JWT secret with a label of its own, so nothing new to configure. */
export function downloadTokenKey(container: MedusaContainer): string {
  return derivedSigningKey(container, "comptoir-digital-download")
}

const sign = (key: string, message: string) => crypto.createHmac("sha256", key).update(message).digest("base64url")

/** `base64url(payload JSON) + "." + base64url(HMAC-SHA256 of the first part)`. */
export function signDownloadToken(key: string, payload: DownloadTokenPayload): string {
  const body = Buffer.from(JSON.stringify({ asset_id: payload.asset_id, customer_id: payload.customer_id, exp: payload.exp })).toString("base64url")
  return `${body}.${sign(key, body)}`
}

const isPayload = (value: unknown): value is DownloadTokenPayload => {
  const candidate = value as Partial<DownloadTokenPayload> | null
  return (
    !!candidate &&
    typeof candidate.asset_id === "string" &&
    typeof candidate.customer_id === "string" &&
    typeof candidate.exp === "number" &&
    Number.isFinite(candidate.exp)
  )
}

/** The token's payload when its signature holds and it has not expired at `now`, else why not. */
export function readDownloadToken(key: string, token: string, now: Date): { payload: DownloadTokenPayload } | { problem: DownloadTokenProblem } {
  const [body, signature, ...rest] = token.split(".")
  if (!body || !signature || rest.length) return { problem: "invalid" }
  const expected = Buffer.from(sign(key, body))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !crypto.timingSafeEqual(expected, given)) return { problem: "invalid" }
  let payload: unknown
  try {
    payload = JSON.parse(Buffer.from(body, "base64url").toString("utf8"))
  } catch {
    return { problem: "invalid" }
  }
  if (!isPayload(payload)) return { problem: "invalid" }
  if (payload.exp * 1000 <= now.getTime()) return { problem: "expired" }
  return { payload }
}

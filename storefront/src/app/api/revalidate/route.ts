import { createHash, timingSafeEqual } from "node:crypto"
import { revalidateTag } from "next/cache"

/** The body the backend sends: the cache tags whose data changed (see lib/data/cache-tags.ts). */
export type RevalidateRequest = { tags: string[] }

const MAX_TAGS = 100
const MAX_TAG_LENGTH = 256

const error = (status: number, message: string) => Response.json({ message }, { status })

// Hashing first gives equal lengths, which timingSafeEqual needs, without leaking the secret's.
const digest = (value: string) => createHash("sha256").update(value).digest()
const isSecret = (header: string | null, secret: string) =>
  header !== null && timingSafeEqual(digest(header), digest(`Bearer ${secret}`))

function parseTags(body: unknown): string[] | null {
  const tags = (body as Partial<RevalidateRequest> | null)?.tags
  if (!Array.isArray(tags) || tags.length === 0 || tags.length > MAX_TAGS) return null
  const valid = tags.every((tag) => typeof tag === "string" && tag.length > 0 && tag.length <= MAX_TAG_LENGTH)
  return valid ? [...new Set(tags as string[])] : null
}

/**
 * Called by the backend (with the shared secret) when deals, prices or reviews change: the
 * pages built from the tagged data are expired now, and the next visitor gets them rebuilt.
 */
export async function POST(request: Request) {
  const secret = process.env.STOREFRONT_REVALIDATE_SECRET
  if (!secret) return error(503, "On-demand revalidation is off: STOREFRONT_REVALIDATE_SECRET is not set.")
  if (!isSecret(request.headers.get("authorization"), secret)) return error(401, "Invalid or missing revalidation secret.")

  const body = await request.json().catch(() => null)
  const tags = parseTags(body)
  if (!tags) {
    return error(400, `The body must be JSON { "tags": [...] } with 1 to ${MAX_TAGS} tags of at most ${MAX_TAG_LENGTH} characters.`)
  }
  // `expire: 0`, not the stale-while-revalidate "max": a new price must show on the next view.
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  return Response.json({ revalidated: tags })
}

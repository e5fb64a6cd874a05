import type { MedusaErrorHandlerFunction, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

const containsNul = (value: unknown): boolean => {
  if (typeof value === "string") return value.includes("\u0000")
  if (Array.isArray(value)) return value.some(containsNul)
  if (value && typeof value === "object") return Object.values(value).some(containsNul)
  return false
}

/**
 * Refuses a request whose path, query or body holds a NUL byte: PostgreSQL rejects NUL in
 * text, which would otherwise surface as an opaque 500 (Medusa's own routes have that fault).
 */
export function rejectNulBytes(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  let path = req.path
  try {
    path = decodeURIComponent(req.path)
  } catch {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, "The URL is not validly encoded"))
  }
  if (containsNul(path) || containsNul(req.query) || containsNul(req.body)) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, "The request contains a NUL byte, which is not allowed"))
  }
  next()
}

/**
 * Checks that the route's `:name` path parameter looks like an id or handle (letters,
 * digits, `_`, `-`), so a malformed one is a 400 naming it rather than a database error.
 */
export function validateIdParam(name: string) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const value = req.params[name]
    if (value !== undefined && !/^[A-Za-z0-9_-]{1,100}$/.test(value)) {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid ${name}: it must be made of letters, digits, _ and - (at most 100)`))
    }
    next()
  }
}

/**
 * Medusa's error handler, except that a URL Express cannot percent-decode (`/deals/%E0%A4%A`)
 * is a 400 instead of a 500: Express marks that error 400 but Medusa's handler does not read
 * the mark. Every other error goes to Medusa's handler unchanged.
 */
export function badUrlEncodingAs400(medusaHandler: MedusaErrorHandlerFunction): MedusaErrorHandlerFunction {
  return (error, req, res, next) => {
    if (error instanceof URIError && (error as URIError & { status?: number }).status === 400) {
      return medusaHandler(new MedusaError(MedusaError.Types.INVALID_DATA, "The URL is not validly percent-encoded"), req, res, next)
    }
    return medusaHandler(error, req, res, next)
  }
}

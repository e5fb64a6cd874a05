import { FetchError } from "@medusajs/js-sdk"

/** The backend's message for a 4xx (the visitor can act on it), `fallback` for anything else. */
export function errorMessage(error: unknown, fallback: string): string {
  if (error instanceof FetchError && error.status && error.status >= 400 && error.status < 500) {
    return error.message
  }
  console.error(error)
  return fallback
}

/** True for a 4xx from the backend, i.e. a refusal rather than an outage. */
export const isClientError = (error: unknown): error is FetchError =>
  error instanceof FetchError && !!error.status && error.status >= 400 && error.status < 500

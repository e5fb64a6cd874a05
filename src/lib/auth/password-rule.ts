/** Shortest password a customer may choose. */
export const PASSWORD_MIN_LENGTH = 10

/**
 * Why a new password is refused, or null when it is acceptable: at least 10 characters, with
 * letters and digits or symbols, and not the e-mail address itself. (Length does more than
 * character classes; this keeps the rule short enough to state on the form.)
 */
export function passwordProblem(password: string, email?: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `The password must have at least ${PASSWORD_MIN_LENGTH} characters`
  if (password.length > 128) return "The password must have at most 128 characters"
  if (!/\p{L}/u.test(password) || !/[^\p{L}]/u.test(password)) return "The password must mix letters with digits or symbols"
  if (email && password.trim().toLowerCase() === email.trim().toLowerCase()) return "The password must not be the e-mail address"
  return null
}

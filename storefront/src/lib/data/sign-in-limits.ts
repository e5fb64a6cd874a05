import "server-only"
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible"

// Password guessing: a few tries per address, more per network address (a shared office or a
// phone operator's NAT sends many shoppers from one IP). Per storefront process.
const perEmail = new RateLimiterMemory({ keyPrefix: "sign-in-email", points: 5, duration: 15 * 60 })
const perIp = new RateLimiterMemory({ keyPrefix: "sign-in-ip", points: 30, duration: 15 * 60 })

/** Counts one sign-in attempt; resolves with the seconds to wait when over a limit, else 0. */
export async function consumeSignInAttempt(email: string, ip: string): Promise<number> {
  try {
    await Promise.all([perEmail.consume(email.toLowerCase()), perIp.consume(ip)])
    return 0
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes) return Math.ceil(refusal.msBeforeNext / 1000)
    throw refusal
  }
}

// Forms that send e-mails or create accounts: per network address.
const perForm = {
  "sign-up": new RateLimiterMemory({ keyPrefix: "sign-up-ip", points: 10, duration: 60 * 60 }),
  "password-reset": new RateLimiterMemory({ keyPrefix: "password-reset-ip", points: 10, duration: 60 * 60 }),
}

/** Counts one submission of a sign-up or reset form; resolves with the seconds to wait when over the limit, else 0. */
export async function consumeFormAttempt(form: keyof typeof perForm, ip: string): Promise<number> {
  try {
    await perForm[form].consume(ip)
    return 0
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes) return Math.ceil(refusal.msBeforeNext / 1000)
    throw refusal
  }
}

/** A successful sign-in clears the address's count, so a typo earlier does not linger. */
export async function resetSignInAttempts(email: string): Promise<void> {
  await perEmail.delete(email.toLowerCase())
}

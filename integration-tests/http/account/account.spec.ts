import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { authenticator } from "otplib"
import { tokenPayload } from "../../helpers/customer"
import { eventually } from "../../helpers/eventually"
import { useTestMailbox } from "../../helpers/mailbox"
import { createStoreContext } from "../../helpers/store"

jest.setTimeout(120_000)

const smtp = useTestMailbox()
const PASSWORD = "Une-phrase-de-passe-2026"
/** The authenticator's code `steps` × 30 s from now (Medusa accepts one step either side): each code serves once. */
const codeAt = (secret: string, steps: number) => authenticator.clone({ epoch: Date.now() + steps * 30_000 }).generate(secret)
/** A code Medusa accepts now (this step or one either side) that `used` does not hold. */
const freshCode = (secret: string, used: string[]) => [0, 1, -1].map((steps) => codeAt(secret, steps)).find((code) => !used.includes(code))!

/** The link of the one e-mail whose subject matches, parsed. */
async function linkFrom(subject: RegExp): Promise<URL> {
  await eventually(async () => smtp.current().received.some(({ mail }) => subject.test(mail.subject ?? "")), true)
  const { mail } = smtp.current().takeBySubject(subject)
  const href = /href="(http[^"]+\/account\/[^"]+)"/.exec(String(mail.html))?.[1]
  if (!href) throw new Error(`no link in "${mail.subject}"`)
  return new URL(href.replace(/&amp;/g, "&"))
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Awaited<ReturnType<typeof createStoreContext>>
    const bearer = (token: string) => ({ headers: { ...store.storeHeaders.headers, authorization: `Bearer ${token}` } })
    const status = (request: Promise<unknown>) =>
      request.then(() => 200, (error) => (error.response?.status as number) ?? Promise.reject(error))
    const me = (token: string) => status(api.get("/store/customers/me", bearer(token)))
    const signIn = (email: string, password = PASSWORD) => api.post("/auth/customer/emailpass", { email, password }).then((r) => r.data)

    beforeEach(async () => {
      store = await createStoreContext(getContainer())
      smtp.current().received.splice(0)
    })

    /** Signs up as the storefront does: register, create the customer, ask for the verification link. */
    async function signUp(email: string, metadata: Record<string, string> = { locale: "fr", country_code: "fr" }) {
      const { data: registration } = await api.post("/auth/customer/emailpass/register", { email, password: PASSWORD })
      await api.post("/store/customers", { email, first_name: "Nadia", last_name: "Benali" }, bearer(registration.token))
      await api.post("/auth/verification/request", { entity_id: email, entity_type: "email", metadata }, bearer(registration.token))
      return registration.token as string
    }

    /** A verified customer signed in, with two-factor login turned on; returns the TOTP secret and recovery codes. */
    async function customerWithTwoFactor(email: string) {
      await signUp(email)
      const code = (await linkFrom(/confirmez|confirm/i)).searchParams.get("code")
      await api.post("/auth/verification/confirm", { code })
      const { token } = await signIn(email)
      const { data: enrolment } = await api.post("/auth/mfa/factors", { provider: "totp", label: email }, bearer(token))
      const enableCode = authenticator.generate(enrolment.secret)
      await api.post(`/auth/mfa/factors/${enrolment.mfa_factor.id}/verify`, { code: enableCode }, bearer(token))
      const { data: recovery } = await api.post("/auth/mfa/recovery-codes", {}, bearer(token))
      return {
        secret: enrolment.secret as string,
        enableCode,
        factorId: enrolment.mfa_factor.id as string,
        recoveryCodes: recovery.recovery_codes as string[],
      }
    }

    it("gives no session before the address is verified; the e-mailed link verifies it once", async () => {
      await signUp("nadia@comptoir.test", { locale: "en", country_code: "ma" })
      const link = await linkFrom(/confirm/i)
      expect(link.pathname).toBe("/ma/account/verify")
      expect(link.searchParams.get("lang")).toBe("en")

      // Password right, address unverified: a token that is nobody's session.
      const refused = await signIn("nadia@comptoir.test")
      expect(refused.verification_required).toBe(true)
      expect(tokenPayload(refused.token).actor_id).toBe("")
      expect(await me(refused.token)).toBe(401)
      // Refreshing that token does not make it one either.
      const { data: refreshed } = await api.post("/auth/token/refresh", {}, bearer(refused.token))
      expect(refreshed.verification_required).toBe(true)
      expect(await me(refreshed.token)).toBe(401)

      const code = link.searchParams.get("code")
      await api.post("/auth/verification/confirm", { code })
      expect(await status(api.post("/auth/verification/confirm", { code }))).toBe(400)

      const { token, verification_required } = await signIn("nadia@comptoir.test")
      expect(verification_required).toBeUndefined()
      expect(await me(token)).toBe(200)
    })

    it("refuses a weak password at sign-up and at reset, saying why", async () => {
      for (const password of ["court-1", "seulementdeslettres", "nadia.weak@comptoir.test"]) {
        const { response } = await api.post("/auth/customer/emailpass/register", { email: "nadia.weak@comptoir.test", password }).catch((error) => error)
        expect(response.status).toBe(400)
        expect(response.data).toMatchObject({ code: "weak_password", message: expect.stringMatching(/password/) })
      }
      const { response } = await api.post("/auth/customer/emailpass/update", { email: "x@comptoir.test", password: "court" }).catch((error) => error)
      expect(response.data.code).toBe("weak_password")
    })

    it("refuses a verification link after 24 hours, and a new link replaces the old one", async () => {
      const registration = await signUp("karim@comptoir.test")
      const first = (await linkFrom(/confirmez/i)).searchParams.get("code")
      await api.post("/auth/verification/request", { entity_id: "karim@comptoir.test", entity_type: "email" }, bearer(registration))
      const second = (await linkFrom(/confirmez/i)).searchParams.get("code")
      expect(await status(api.post("/auth/verification/confirm", { code: first }))).toBe(400)

      const now = Date.now()
      const clock = jest.spyOn(Date, "now").mockReturnValue(now + 24 * 3600_000 + 1000)
      try {
        const { response } = await api.post("/auth/verification/confirm", { code: second }).catch((error) => error)
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/expired/)
      } finally {
        clock.mockRestore()
      }
    })

    it("e-mails only the address the account signs in with", async () => {
      const registration = await signUp("leila@comptoir.test")
      await linkFrom(/confirmez/i)
      await api.post("/auth/verification/request", { entity_id: "victim@comptoir.test", entity_type: "email" }, bearer(registration))
      await new Promise((resolve) => setTimeout(resolve, 1500))
      expect(smtp.current().received.map(({ envelope }) => envelope.to)).toEqual([])
    })

    it("with two-factor on, the password alone gives no session; a code does, a recovery code once", async () => {
      const { secret, enableCode, recoveryCodes } = await customerWithTwoFactor("yasmine@comptoir.test")
      expect(recoveryCodes).toHaveLength(10)
      expect(new Set(recoveryCodes).size).toBe(10)

      const first = await signIn("yasmine@comptoir.test")
      expect(first.mfa_required).toBe(true)
      expect(await me(first.token)).toBe(401)
      const challenge = `/auth/mfa/challenges/${first.mfa_challenge.id}/verify`
      expect(await status(api.post(challenge, { method: "totp", code: "000000" }, bearer(first.token)))).toBe(400)
      // The code that turned two-factor on cannot serve again: the next one does.
      const replay = await api.post(challenge, { method: "totp", code: enableCode }, bearer(first.token)).catch((error) => error.response)
      expect(replay.status).toBe(400)
      expect(replay.data.message).toMatch(/used already/)
      const { data: passed } = await api.post(challenge, { method: "totp", code: freshCode(secret, [enableCode]) }, bearer(first.token))
      expect(await me(passed.token)).toBe(200)

      const second = await signIn("yasmine@comptoir.test")
      const { data: recovered } = await api.post(
        `/auth/mfa/challenges/${second.mfa_challenge.id}/verify`,
        { method: "recovery_code", code: recoveryCodes[0] },
        bearer(second.token)
      )
      expect(await me(recovered.token)).toBe(200)
      const third = await signIn("yasmine@comptoir.test")
      const reuse = api.post(`/auth/mfa/challenges/${third.mfa_challenge.id}/verify`, { method: "recovery_code", code: recoveryCodes[0] }, bearer(third.token))
      expect(await status(reuse)).toBe(400)
    })

    it("takes a recovery code once even when two sign-ins send it at the same moment", async () => {
      const { recoveryCodes } = await customerWithTwoFactor("samir@comptoir.test")
      const logins = await Promise.all([signIn("samir@comptoir.test"), signIn("samir@comptoir.test")])
      const statuses = await Promise.all(
        logins.map((login) =>
          status(api.post(`/auth/mfa/challenges/${login.mfa_challenge.id}/verify`, { method: "recovery_code", code: recoveryCodes[3] }, bearer(login.token)))
        )
      )
      expect(statuses.sort()).toEqual([200, 400])
    })

    it("turns two-factor off only with a current code", async () => {
      const { secret, enableCode, factorId } = await customerWithTwoFactor("omar@comptoir.test")
      const login = await signIn("omar@comptoir.test")
      const loginCode = freshCode(secret, [enableCode])
      const { data: session } = await api.post(
        `/auth/mfa/challenges/${login.mfa_challenge.id}/verify`,
        { method: "totp", code: loginCode },
        bearer(login.token)
      )
      const disable = (body: object) => status(api.delete(`/auth/mfa/factors/${factorId}`, { ...bearer(session.token), data: body }))
      expect(await disable({})).toBe(400)
      expect(await disable({ method: "totp", code: "123456" })).toBe(400)
      expect(await disable({ method: "totp", code: freshCode(secret, [enableCode, loginCode]) })).toBe(200)
      const { token, mfa_required } = await signIn("omar@comptoir.test")
      expect(mfa_required).toBeUndefined()
      expect(await me(token)).toBe(200)
    })

    it("limits wrong two-factor codes per account across new challenges, under parallel requests", async () => {
      await customerWithTwoFactor("ines@comptoir.test")
      // Each sign-in starts a challenge allowing 5 tries; the account allows 10 tries in 15 minutes.
      const logins = await Promise.all([0, 1, 2].map(() => signIn("ines@comptoir.test")))
      const attempts = logins.flatMap((login) =>
        [0, 1, 2, 3, 4].map(() => status(api.post(`/auth/mfa/challenges/${login.mfa_challenge.id}/verify`, { method: "totp", code: "000000" }, bearer(login.token))))
      )
      const statuses = await Promise.all(attempts)
      expect(statuses.filter((code) => code === 429)).toHaveLength(5)
      expect(statuses.filter((code) => code === 400)).toHaveLength(10)
    })

    it("limits sign-in attempts per address under parallel requests", async () => {
      const attempts = Array.from({ length: 14 }, () => status(api.post("/auth/customer/emailpass", { email: "guess@comptoir.test", password: "wrong" })))
      const statuses = await Promise.all(attempts)
      expect(statuses.filter((code) => code === 429)).toHaveLength(4)
      expect(statuses.filter((code) => code === 401)).toHaveLength(10)
    })

    it("resets a forgotten password through the e-mailed link, which works once", async () => {
      await signUp("sofia@comptoir.test")
      await api.post("/auth/verification/confirm", { code: (await linkFrom(/confirmez/i)).searchParams.get("code") })
      await api.post("/auth/customer/emailpass/reset-password", { identifier: "sofia@comptoir.test", metadata: { locale: "fr", country_code: "fr" } })
      const link = await linkFrom(/mot de passe/i)
      expect(link.pathname).toBe("/fr/account/reset-password")
      const token = link.searchParams.get("token") as string

      const update = () => status(api.post("/auth/customer/emailpass/update", { email: "sofia@comptoir.test", password: "Nouveau-mot-de-passe-7" }, { headers: { authorization: `Bearer ${token}` } }))
      expect(await update()).toBe(200)
      expect(await update()).toBe(401)
      expect(await status(api.post("/auth/customer/emailpass", { email: "sofia@comptoir.test", password: PASSWORD }))).toBe(401)
      const { token: session } = await signIn("sofia@comptoir.test", "Nouveau-mot-de-passe-7")
      expect(await me(session)).toBe(200)

      // An unknown address gets the same answer and no e-mail.
      expect(await status(api.post("/auth/customer/emailpass/reset-password", { identifier: "nobody@comptoir.test" }))).toBe(200)
      await new Promise((resolve) => setTimeout(resolve, 1000))
      expect(smtp.current().received).toHaveLength(0)
    })
  },
})

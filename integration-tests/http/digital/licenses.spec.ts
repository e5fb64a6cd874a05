import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { DIGITAL_MODULE } from "../../../src/modules/digital"
import { verifyLicenseFile, type LicenseFile } from "../../../src/modules/digital/licensing/license-file"
import type DigitalModuleService from "../../../src/modules/digital/service"
import type { LicenseValidateResponse } from "../../../src/types/http/license"
import { expireLicensesWorkflow } from "../../../src/workflows/digital/expire-licenses"
import { issueOrderLicensesWorkflow } from "../../../src/workflows/digital/issue-order-licenses"
import { createAdminHeaders } from "../../helpers/admin"
import { checkout, createCheckoutStore } from "../../helpers/checkout"
import { createPricedProduct, createStoreOrder } from "../../helpers/store"

jest.setTimeout(180_000)
// The per-key limit is tested below with 61 calls; the parallel test fires 200 on another key.
process.env.LICENSE_API_RATE_PER_KEY = "250"
process.env.LICENSE_API_RATE_PER_IP = "100000"
// The validation fast path listens here during this file.
const FAST_PATH_PORT = 20000 + (process.pid % 10000)
process.env.LICENSE_FAST_PATH_PORT = String(FAST_PATH_PORT)

const DAY = 24 * 60 * 60 * 1000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let digital: DigitalModuleService
    let shop: Awaited<ReturnType<typeof createCheckoutStore>>
    let keys: string[]
    let orderId: string

    const failure = (promise: Promise<unknown>) =>
      promise.then(
        () => {
          throw new Error("expected the request to fail")
        },
        (error: { response: { status: number; headers: Record<string, string>; data: { message: string; code?: string } } }) => error.response
      )
    const validate = async (body: Record<string, unknown>) => (await api.post("/licenses/validate", body)).data as LicenseValidateResponse
    const licenseOf = async (key: string) => (await digital.listLicenses({ key }))[0]

    beforeEach(async () => {
      const container = getContainer()
      digital = container.resolve(DIGITAL_MODULE)
      shop = await createCheckoutStore(container)
      const software = await createPricedProduct(container, { title: "Logiciel de caisse", handle: "logiciel-caisse", price: 49, salesChannelId: shop.salesChannel.id })
      await digital.createLicensePolicies({ variant_id: software.variant.id, product_id: software.product.id, max_activations: 3, duration_days: 365, key_prefix: "CAISSE" })
      const order = await createStoreOrder(container, shop, { variant_id: software.variant.id, email: "caisse@comptoir.test", quantity: 2 })
      orderId = order.id
      // What the order.placed subscriber does after a checkout (the order helper emits no event).
      await issueOrderLicensesWorkflow(container).run({ input: { order_id: order.id } })
      keys = (await digital.listLicenses({ order_id: order.id }, { order: { unit_index: "ASC" } })).map((license) => license.key)
    })

    describe("issuing", () => {
      it("issues one key per unit, 136 random bits in Crockford groups, and nothing more when the event comes again", async () => {
        expect(keys).toHaveLength(2)
        for (const key of keys) expect(key).toMatch(/^CAISSE(-[0-9A-HJKMNP-TV-Z]{4}){7}$/)
        await getContainer().resolve(Modules.EVENT_BUS).emit({ name: "order.placed", data: { id: orderId } })
        await new Promise((resolve) => setTimeout(resolve, 1000))
        const { result } = await issueOrderLicensesWorkflow(getContainer()).run({ input: { order_id: orderId } })
        expect(result).toEqual([])
        expect(await digital.listLicenses({ order_id: orderId })).toHaveLength(2)
        const license = await licenseOf(keys[0])
        expect(license).toMatchObject({ email: "caisse@comptoir.test", status: "active" })
        expect(Math.round((new Date(license.expires_at!).getTime() - Date.now()) / DAY)).toBe(365)
      })

      it("puts the keys in the order confirmation e-mail", async () => {
        // As a checkout does (the order helper emits no event).
        await getContainer().resolve(Modules.EVENT_BUS).emit({ name: "order.placed", data: { id: orderId } })
        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        let confirmation: { data?: Record<string, any> | null } | undefined
        for (let attempt = 0; attempt < 50 && !confirmation; attempt++) {
          ;[confirmation] = await notifications.listNotifications({ resource_id: orderId, template: "order-placed" } as never)
          if (!confirmation) await new Promise((resolve) => setTimeout(resolve, 100))
        }
        expect(confirmation?.data?.order.licenses).toEqual(keys.map((key) => ({ title: "Logiciel de caisse (Standard)", key, expires_at: expect.any(String) })))
      })

      it("suspends the licenses of a canceled order", async () => {
        await cancelOrderWorkflow(getContainer()).run({ input: { order_id: orderId } })
        await new Promise((resolve) => setTimeout(resolve, 1000))
        expect(await validate({ key: keys[0] })).toMatchObject({ valid: false, code: "SUSPENDED" })
      })
    })

    describe("refunds", () => {
      it("suspends the licenses of a refunded order when the policy says so, and only then", async () => {
        const container = getContainer()
        const admin = await createAdminHeaders(api, container, "refund-admin@comptoir.test")
        const strict = await createPricedProduct(container, { title: "Caisse Pro", handle: "caisse-pro", price: 50, salesChannelId: shop.salesChannel.id })
        const lenient = await createPricedProduct(container, { title: "Caisse Libre", handle: "caisse-libre", price: 50, salesChannelId: shop.salesChannel.id })
        await digital.createLicensePolicies([
          { variant_id: strict.variant.id, product_id: strict.product.id, suspend_on_refund: true },
          { variant_id: lenient.variant.id, product_id: lenient.product.id, suspend_on_refund: false },
        ])
        const refund = async (variantId: string, email: string) => {
          const order = await checkout(api, shop.storeHeaders, { region_id: shop.region.id, variant_id: variantId, quantity: 1, email })
          let [license] = await digital.listLicenses({ order_id: order.id })
          for (let attempt = 0; attempt < 50 && !license; attempt++) {
            await new Promise((resolve) => setTimeout(resolve, 100))
            ;[license] = await digital.listLicenses({ order_id: order.id })
          }
          const { data } = await api.get(`/admin/orders/${order.id}?fields=*payment_collections.payments`, admin)
          const payment = data.order.payment_collections[0].payments[0]
          await api.post(`/admin/payments/${payment.id}/capture`, {}, admin)
          await api.post(`/admin/payments/${payment.id}/refund`, { amount: 10 }, admin)
          await new Promise((resolve) => setTimeout(resolve, 1500))
          return license.key
        }
        expect(await validate({ key: await refund(strict.variant.id, "strict@comptoir.test") })).toMatchObject({ code: "SUSPENDED" })
        expect(await validate({ key: await refund(lenient.variant.id, "lenient@comptoir.test") })).toMatchObject({ code: "VALID" })
      })
    })

    describe("the licenses' calendar", () => {
      it("warns the owner a week before the end, once, then expires the licenses", async () => {
        const at = (days: number) => new Date(Date.now() + days * DAY).toISOString()
        const first = await expireLicensesWorkflow(getContainer()).run({ input: { now: at(300) } })
        expect(first.result).toEqual({ warned: [], expired: [] })
        const warning = await expireLicensesWorkflow(getContainer()).run({ input: { now: at(360) } })
        expect(warning.result.warned).toHaveLength(2)
        expect((await expireLicensesWorkflow(getContainer()).run({ input: { now: at(361) } })).result.warned).toEqual([])
        const notifications = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: "caisse@comptoir.test", template: "message" } as never)
        expect(notifications).toHaveLength(2)
        expect(notifications[0].data).toMatchObject({ subject: expect.stringMatching(/^Votre licence Logiciel de caisse expire le /) })
        const ending = await expireLicensesWorkflow(getContainer()).run({ input: { now: at(366) } })
        expect(ending.result.expired).toHaveLength(2)
        expect(await validate({ key: keys[0] })).toMatchObject({ valid: false, code: "EXPIRED", license: { status: "expired" } })
      })
    })

    describe("POST /licenses/validate", () => {
      it("answers every code with a 200", async () => {
        const [key] = keys
        expect(await validate({ key })).toMatchObject({ valid: true, code: "VALID", license: { key, status: "active", max_activations: 3, active_activations: 0 } })
        expect(await validate({ key: key.toLowerCase().replace(/0/g, "o") })).toMatchObject({ code: "VALID" })
        expect(await validate({ key: "CAISSE-0000-0000-0000-0000-0000-0000-0000" })).toEqual({ valid: false, code: "NOT_FOUND", detail: "No license has this key", license: null })
        expect(await validate({ key, fingerprint: "pc-1" })).toMatchObject({ valid: false, code: "NOT_ACTIVATED_ON_FINGERPRINT" })
        await api.post("/licenses/activate", { key, fingerprint: "pc-1" })
        expect(await validate({ key, fingerprint: "pc-1" })).toMatchObject({ valid: true, code: "VALID", license: { active_activations: 1 } })
        await api.post("/licenses/activate", { key, fingerprint: "pc-2" })
        await digital.updateLicenses({ id: (await licenseOf(key)).id, max_activations_override: 1 })
        expect(await validate({ key })).toMatchObject({ valid: false, code: "TOO_MANY_ACTIVATIONS" })
        await digital.updateLicenses({ id: (await licenseOf(key)).id, status: "suspended" })
        expect(await validate({ key })).toMatchObject({ code: "SUSPENDED" })
        await digital.updateLicenses({ id: (await licenseOf(key)).id, status: "revoked" })
        expect(await validate({ key })).toMatchObject({ code: "REVOKED" })
        const spy = jest.spyOn(Date, "now").mockReturnValue(Date.now() + 366 * DAY)
        try {
          expect(await validate({ key: keys[1] })).toMatchObject({ valid: false, code: "EXPIRED" })
        } finally {
          spy.mockRestore()
        }
      })

      it("refuses a malformed request with a 400, never a 500", async () => {
        for (const body of [{}, { key: 42 }, { key: "" }, { key: "CAISSE\u0000" }, { key: "x".repeat(101) }, { key: keys[0], colour: "red" }, { key: keys[0], fingerprint: "" }]) {
          expect((await failure(api.post("/licenses/validate", body))).status).toBe(400)
        }
        expect((await failure(api.post("/licenses/validate", "not json", { headers: { "content-type": "application/json" } }))).status).toBe(400)
      })

      it("limits calls per key with a 429 and Retry-After", async () => {
        const key = keys[1]
        for (let i = 0; i < 250; i++) await api.post("/licenses/validate", { key })
        const refused = await failure(api.post("/licenses/validate", { key }))
        expect(refused.status).toBe(429)
        expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0)
        expect((await api.post("/licenses/validate", { key: keys[0] })).status).toBe(200)
      })
    })

    describe("the validation fast path", () => {
      const fast = (body: string) =>
        fetch(`http://127.0.0.1:${FAST_PATH_PORT}/licenses/validate`, { method: "POST", headers: { "content-type": "application/json" }, body }).then(async (response) => ({
          status: response.status,
          headers: response.headers,
          body: await response.json(),
        }))

      it("answers exactly what Medusa's route answers", async () => {
        await api.post("/licenses/activate", { key: keys[0], fingerprint: "pc-1" })
        for (const body of [{ key: keys[0] }, { key: keys[0], fingerprint: "pc-1" }, { key: keys[0], fingerprint: "pc-2" }, { key: "CAISSE-0000-0000-0000-0000-0000-0000-0000" }]) {
          const viaFastPath = await fast(JSON.stringify(body))
          expect(viaFastPath.status).toBe(200)
          expect(viaFastPath.body).toEqual(await validate(body))
        }
      })

      it("refuses malformed requests with a 400 and other paths with a 404", async () => {
        expect((await fast("not json")).status).toBe(400)
        expect((await fast(JSON.stringify({ key: keys[0], colour: "red" }))).body).toMatchObject({ type: "invalid_data" })
        expect((await fast(JSON.stringify({ key: "" }))).status).toBe(400)
        const other = await fetch(`http://127.0.0.1:${FAST_PATH_PORT}/admin/licenses`)
        expect(other.status).toBe(404)
      })

      it("limits calls per key with a 429 and Retry-After", async () => {
        const body = JSON.stringify({ key: keys[1] })
        for (let i = 0; i < 250; i++) expect((await fast(body)).status).toBe(200)
        const refused = await fast(body)
        expect(refused.status).toBe(429)
        expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0)
      })
    })

    describe("POST /licenses/activate and /deactivate", () => {
      it("gives exactly 3 activations to 200 parallel devices when the limit is 3", async () => {
        const answers = await Promise.allSettled(Array.from({ length: 200 }, (_, i) => api.post("/licenses/activate", { key: keys[0], fingerprint: `device-${i}` })))
        const created = answers.filter((answer) => answer.status === "fulfilled" && answer.value.status === 201)
        expect(created).toHaveLength(3)
        const refusals = answers.filter((answer): answer is PromiseRejectedResult => answer.status === "rejected")
        expect(refusals).toHaveLength(197)
        expect(new Set(refusals.map((refusal) => `${refusal.reason.response.status} ${refusal.reason.response.data.code}`))).toEqual(new Set(["400 TOO_MANY_ACTIVATIONS"]))
        expect((await validate({ key: keys[0] })).license?.active_activations).toBe(3)
      })

      it("activates the same device once when asked twice at the same time", async () => {
        const answers = await Promise.all([1, 2].map(() => api.post("/licenses/activate", { key: keys[0], fingerprint: "same-pc", name: "Caisse 1", platform: "windows" })))
        expect(answers.map((answer) => answer.status).sort()).toEqual([200, 201])
        expect(answers[0].data.activation.id).toBe(answers[1].data.activation.id)
        expect((await validate({ key: keys[0] })).license?.active_activations).toBe(1)
      })

      it("frees a device on deactivation, and says when the device was not active", async () => {
        const [key] = keys
        for (const fingerprint of ["a", "b", "c"]) await api.post("/licenses/activate", { key, fingerprint })
        expect((await failure(api.post("/licenses/activate", { key, fingerprint: "d" }))).data).toMatchObject({ code: "TOO_MANY_ACTIVATIONS", message: `License ${key} has reached its 3 activations: deactivate a device first` })
        const { data } = await api.post("/licenses/deactivate", { key, fingerprint: "a" })
        expect(data).toMatchObject({ deactivated: true, license: { active_activations: 2 } })
        expect((await api.post("/licenses/activate", { key, fingerprint: "d" })).status).toBe(201)
        const missing = await failure(api.post("/licenses/deactivate", { key, fingerprint: "a" }))
        expect(missing.status).toBe(404)
        expect(missing.data.code).toBe("NOT_ACTIVATED_ON_FINGERPRINT")
        expect((await failure(api.post("/licenses/activate", { key: "CAISSE-0000-0000-0000-0000-0000-0000-0000", fingerprint: "x" }))).status).toBe(404)
      })

      it("limits activation churn to 10 a day per license", async () => {
        const [key] = keys
        for (let i = 0; i < 10; i++) {
          await api.post("/licenses/activate", { key, fingerprint: "laptop" })
          await api.post("/licenses/deactivate", { key, fingerprint: "laptop" })
        }
        const refused = await failure(api.post("/licenses/activate", { key, fingerprint: "laptop" }))
        expect(refused.data.code).toBe("TOO_MANY_ACTIVATIONS_TODAY")
        const spy = jest.spyOn(Date, "now").mockReturnValue(Date.now() + DAY + 60_000)
        try {
          expect((await api.post("/licenses/activate", { key, fingerprint: "laptop" })).status).toBe(201)
        } finally {
          spy.mockRestore()
        }
      })

      it("refuses to activate a suspended license, saying so", async () => {
        await digital.updateLicenses({ id: (await licenseOf(keys[0])).id, status: "suspended" })
        const refused = await failure(api.post("/licenses/activate", { key: keys[0], fingerprint: "pc" }))
        expect(refused.status).toBe(400)
        expect(refused.data.code).toBe("SUSPENDED")
      })
    })

    describe("POST /licenses/checkout", () => {
      it("signs a license file the public key verifies offline; a changed byte or an expired file fails", async () => {
        const [key] = keys
        await api.post("/licenses/activate", { key, fingerprint: "pc-1" })
        const { public_key } = (await api.get("/licenses/public-key")).data
        const { license_file } = (await api.post("/licenses/checkout", { key, fingerprint: "pc-1", ttl_days: 30 })).data as { license_file: LicenseFile }
        expect(verifyLicenseFile(license_file, public_key)).toMatchObject({ key, fingerprint: "pc-1", status: "active", max_activations: 3 })
        const tampered = { ...license_file, payload: license_file.payload.slice(0, 10) + (license_file.payload[10] === "A" ? "B" : "A") + license_file.payload.slice(11) }
        expect(() => verifyLicenseFile(tampered, public_key)).toThrow("invalid signature")
        expect(() => verifyLicenseFile(license_file, public_key, new Date(Date.now() + 31 * DAY))).toThrow(/expired/)
      })

      it("refuses a file for a device the license is not activated on, or an unknown key", async () => {
        const refused = await failure(api.post("/licenses/checkout", { key: keys[0], fingerprint: "stranger" }))
        expect(refused.status).toBe(400)
        expect(refused.data.code).toBe("NOT_ACTIVATED_ON_FINGERPRINT")
        expect((await failure(api.post("/licenses/checkout", { key: "CAISSE-0000-0000-0000-0000-0000-0000-0000" }))).status).toBe(404)
      })
    })
  },
})

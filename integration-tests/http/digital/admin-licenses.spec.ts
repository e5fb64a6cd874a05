import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { DIGITAL_MODULE } from "../../../src/modules/digital"
import type DigitalModuleService from "../../../src/modules/digital/service"
import type {
  AdminLicense,
  AdminLicenseDetail,
  AdminLicenseListResponse,
  AdminLicensePolicy,
  AdminLicensePolicyListResponse,
  LicenseValidateResponse,
} from "../../../src/types/http/license"
import { issueOrderLicensesWorkflow } from "../../../src/workflows/digital/issue-order-licenses"
import { createAdminHeaders } from "../../helpers/admin"
import { createPricedProduct, createStoreContext, createStoreOrder } from "../../helpers/store"

jest.setTimeout(180_000)
process.env.LICENSE_API_RATE_PER_IP = "100000"

const DAY = 24 * 60 * 60 * 1000

type Config = { headers: Record<string, string> }
type Failure = { status: number; data: { message: string; code?: string; type?: string } }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: Config
    let admins = 0
    let digital: DigitalModuleService
    let store: Awaited<ReturnType<typeof createStoreContext>>
    let software: Awaited<ReturnType<typeof createPricedProduct>>
    let policy: AdminLicensePolicy

    const failure = (promise: Promise<unknown>) =>
      promise.then(
        () => {
          throw new Error("expected the request to fail")
        },
        (error: { response: Failure }) => error.response
      )
    const validate = async (body: Record<string, unknown>) => (await api.post("/licenses/validate", body)).data as LicenseValidateResponse
    /** Validates as if `ms` had passed (the admin's token would be expired by then: only the public route is called). */
    const validateLater = async (ms: number, body: Record<string, unknown>) => {
      const spy = jest.spyOn(Date, "now").mockReturnValue(Date.now() + ms)
      try {
        return await validate(body)
      } finally {
        spy.mockRestore()
      }
    }
    const listLicenses = async (query: string) => (await api.get(`/admin/licenses${query}`, admin)).data as AdminLicenseListResponse
    const getLicense = async (id: string) => (await api.get(`/admin/licenses/${id}`, admin)).data.license as AdminLicenseDetail
    const action = async (id: string, name: string, body: Record<string, unknown> = {}) =>
      (await api.post(`/admin/licenses/${id}${name ? `/${name}` : ""}`, body, admin)).data.license as AdminLicenseDetail

    /** An order of `quantity` units of the licensed software, its licenses issued as on order.placed. */
    async function buy(email: string, quantity = 1): Promise<AdminLicense[]> {
      const container = getContainer()
      const order = await createStoreOrder(container, store, { variant_id: software.variant.id, email, quantity })
      await issueOrderLicensesWorkflow(container).run({ input: { order_id: order.id } })
      return (await listLicenses(`?order_id=${order.id}`)).licenses
    }

    beforeEach(async () => {
      const container = getContainer()
      digital = container.resolve(DIGITAL_MODULE)
      // One address per test: sign-ins are rate limited per address.
      admin = await createAdminHeaders(api, container, `license-admin${++admins}@comptoir.test`)
      store = await createStoreContext(container)
      software = await createPricedProduct(container, { title: "Logiciel de caisse", handle: "logiciel-caisse", price: 49, salesChannelId: store.salesChannel.id })
      policy = (await api.post("/admin/license-policies", { variant_id: software.variant.id, duration_days: 365, key_prefix: "CAISSE" }, admin)).data.license_policy
    })

    it("needs an admin", async () => {
      expect((await failure(api.get("/admin/licenses"))).status).toBe(401)
      expect((await failure(api.get("/admin/license-policies"))).status).toBe(401)
      expect((await failure(api.post("/admin/license-policies", { variant_id: software.variant.id }))).status).toBe(401)
      const [license] = await buy("guest@comptoir.test")
      expect((await failure(api.post(`/admin/licenses/${license.id}/revoke`, {}))).status).toBe(401)
      expect((await validate({ key: license.key })).code).toBe("VALID")
    })

    describe("license policies", () => {
      it("creates a policy with defaults, lists it by product and variant, updates and deletes it", async () => {
        expect(policy).toMatchObject({
          variant_id: software.variant.id,
          product_id: software.product.id,
          max_activations: 3,
          duration_days: 365,
          transferable: false,
          key_prefix: "CAISSE",
          suspend_on_refund: true,
        })
        for (const query of [`product_id=${software.product.id}`, `variant_id=${software.variant.id}`]) {
          const { data } = await api.get(`/admin/license-policies?${query}`, admin)
          expect(data as AdminLicensePolicyListResponse).toMatchObject({ count: 1, offset: 0, license_policies: [{ id: policy.id }] })
        }
        expect((await api.get("/admin/license-policies?product_id=prod_unknown", admin)).data).toMatchObject({ count: 0, license_policies: [] })

        const { data: updated } = await api.post(`/admin/license-policies/${policy.id}`, { max_activations: 5, duration_days: null, transferable: true, key_prefix: "POS2" }, admin)
        expect(updated.license_policy).toMatchObject({ id: policy.id, max_activations: 5, duration_days: null, transferable: true, key_prefix: "POS2", suspend_on_refund: true })
        const [license] = await buy("perpetual@comptoir.test")
        expect(license.key).toMatch(/^POS2-/)
        expect(license).toMatchObject({ expires_at: null, max_activations: 5 })

        expect((await api.delete(`/admin/license-policies/${policy.id}`, admin)).data).toEqual({ id: policy.id, object: "license_policy", deleted: true })
        expect((await api.get(`/admin/license-policies?product_id=${software.product.id}`, admin)).data.count).toBe(0)
        expect((await failure(api.get(`/admin/license-policies/${policy.id}`, admin))).status).toBe(404)
        // The license already issued keeps working with the deleted policy's limit; new orders get none.
        expect(await validate({ key: license.key })).toMatchObject({ valid: true, license: { max_activations: 5 } })
        expect(await buy("after-delete@comptoir.test")).toEqual([])
        // The variant can be licensed again.
        expect((await api.post("/admin/license-policies", { variant_id: software.variant.id }, admin)).data.license_policy).toMatchObject({ key_prefix: "CPT", max_activations: 3, duration_days: null })
      })

      it("refuses a policy for an unknown variant with a 404, and a second one for a variant with a 422", async () => {
        const missing = await failure(api.post("/admin/license-policies", { variant_id: "variant_unknown" }, admin))
        expect(missing.status).toBe(404)
        expect(missing.data.message).toBe("Product variant variant_unknown was not found")
        const duplicate = await failure(api.post("/admin/license-policies", { variant_id: software.variant.id, max_activations: 9 }, admin))
        expect(duplicate.status).toBe(422)
        expect(duplicate.data.message).toBe(`Product variant ${software.variant.id} already has a license policy: update it instead`)
        const racing = await Promise.allSettled([1, 2, 3].map(() => api.post("/admin/license-policies", { variant_id: software.variant.id }, admin)))
        expect(racing.every((answer) => answer.status === "rejected" && answer.reason.response.status === 422)).toBe(true)
        expect((await api.get(`/admin/license-policies?variant_id=${software.variant.id}`, admin)).data.license_policies).toEqual([expect.objectContaining({ id: policy.id, max_activations: 3 })])
        expect((await failure(api.post("/admin/license-policies/lpol_unknown", { max_activations: 2 }, admin))).status).toBe(404)
        expect((await failure(api.delete("/admin/license-policies/lpol_unknown", admin))).status).toBe(404)
      })
    })

    describe("GET /admin/licenses", () => {
      it("searches by key or e-mail, case-insensitively, newest first with a real count", async () => {
        const [first] = await buy("Marie.Durand@comptoir.test")
        const later = await buy("paul@boulangerie.test", 2)
        const all = await listLicenses("?limit=2")
        expect(all.count).toBe(3)
        expect(all.licenses).toHaveLength(2)
        expect(all.licenses.map((license) => license.id)).not.toContain(first.id)

        const byEmail = await listLicenses("?q=marie.DURAND")
        expect(byEmail.count).toBe(1)
        expect(byEmail.licenses[0]).toMatchObject({
          id: first.id,
          email: "Marie.Durand@comptoir.test",
          status: "active",
          effective_status: "active",
          product_id: software.product.id,
          product_title: "Logiciel de caisse",
          variant_title: "Standard",
          max_activations: 3,
          active_activations: 0,
        })
        const byKey = await listLicenses(`?q=${later[1].key.slice(7, 16).toLowerCase()}`)
        expect(byKey).toMatchObject({ count: 1, licenses: [{ id: later[1].id }] })
        expect((await listLicenses("?q=boulangerie")).count).toBe(2)
        expect((await listLicenses("?q=100%25")).count).toBe(0)
        expect((await listLicenses(`?product_id=${software.product.id}&q=paul`)).count).toBe(2)
        expect((await listLicenses("?customer_id=cus_nobody")).count).toBe(0)
      })

      it("reads one license with its order, policy limit and devices, released ones included", async () => {
        const [license] = await buy("detail@comptoir.test")
        await api.post("/licenses/activate", { key: license.key, fingerprint: "pc-1", name: "Caisse 1", platform: "windows" })
        await api.post("/licenses/activate", { key: license.key, fingerprint: "pc-2" })
        await api.post("/licenses/deactivate", { key: license.key, fingerprint: "pc-1" })
        const detail = await getLicense(license.id)
        expect(detail).toMatchObject({ id: license.id, policy_max_activations: 3, max_activations: 3, active_activations: 1, activations_count: 2, order_display_id: expect.any(Number) })
        expect(detail.activations.map((activation) => activation.fingerprint)).toEqual(["pc-2", "pc-1"])
        expect(detail.activations[1]).toMatchObject({ name: "Caisse 1", platform: "windows", ip: expect.any(String), last_validated_at: expect.any(String), deactivated_at: expect.any(String) })
        expect(detail.activations[0].deactivated_at).toBeNull()
        const missing = await failure(api.get("/admin/licenses/lic_unknown", admin))
        expect(missing.status).toBe(404)
        expect(missing.data.message).toBe("License lic_unknown was not found")
      })
    })

    describe("license actions", () => {
      it("suspends a license (SUSPENDED), then reinstates it (VALID)", async () => {
        const [license] = await buy("suspend@comptoir.test")
        const suspended = await action(license.id, "suspend", { reason: "chargeback" })
        expect(suspended).toMatchObject({ status: "suspended", effective_status: "suspended", status_reason: "chargeback" })
        expect(await validate({ key: license.key })).toMatchObject({ valid: false, code: "SUSPENDED" })
        expect((await listLicenses("?status=suspended")).licenses.map((one) => one.id)).toEqual([license.id])
        expect((await listLicenses("?status=active")).count).toBe(0)
        expect((await listLicenses("?q=SUSPEND@&status=suspended&status=revoked")).count).toBe(1)
        expect((await listLicenses("?q=nobody&status=suspended")).count).toBe(0)
        const reinstated = await action(license.id, "reinstate")
        expect(reinstated).toMatchObject({ status: "active", status_reason: null })
        expect(await validate({ key: license.key })).toMatchObject({ valid: true, code: "VALID" })
      })

      it("revokes a license for good: reinstating it is refused, naming it", async () => {
        const [license] = await buy("revoke@comptoir.test")
        expect(await action(license.id, "revoke", { reason: "key published online" })).toMatchObject({ status: "revoked", status_reason: "key published online" })
        expect(await validate({ key: license.key })).toMatchObject({ code: "REVOKED" })
        for (const name of ["reinstate", "suspend"]) {
          const refused = await failure(api.post(`/admin/licenses/${license.id}/${name}`, {}, admin))
          expect(refused.status).toBe(400)
          expect(refused.data).toMatchObject({ type: "not_allowed", code: "LICENSE_REVOKED" })
          expect(refused.data.message).toContain(license.key)
        }
        expect((await getLicense(license.id)).status).toBe("revoked")
      })

      it("extends an expired license: it validates again", async () => {
        await api.post(`/admin/license-policies/${policy.id}`, { duration_days: 1 }, admin)
        const [license] = await buy("extend@comptoir.test")
        expect(await validateLater(2 * DAY, { key: license.key })).toMatchObject({ valid: false, code: "EXPIRED" })

        const until = new Date(Date.now() + 30 * DAY).toISOString()
        expect(await action(license.id, "extend", { expires_at: until })).toMatchObject({ status: "active", expires_at: until })
        expect(await validateLater(2 * DAY, { key: license.key })).toMatchObject({ valid: true, code: "VALID" })
        expect(await validateLater(31 * DAY, { key: license.key })).toMatchObject({ code: "EXPIRED" })
        expect(await action(license.id, "extend", { expires_at: null })).toMatchObject({ expires_at: null })
        expect(await validateLater(3650 * DAY, { key: license.key })).toMatchObject({ valid: true })

        // Moved into the past, the license is expired now, and listed as such.
        const past = await action(license.id, "extend", { expires_at: "2020-01-01" })
        expect(past).toMatchObject({ status: "active", effective_status: "expired", expires_at: "2020-01-01T00:00:00.000Z" })
        expect((await listLicenses("?status=expired")).licenses.map((one) => one.id)).toEqual([license.id])
        expect(await validate({ key: license.key })).toMatchObject({ code: "EXPIRED" })
      })

      it("makes a license marked expired active again when extended into the future, and refuses to reinstate it", async () => {
        const [license] = await buy("marked-expired@comptoir.test")
        // No route marks a license expired: set as an expiry job would.
        await digital.updateLicenses({ id: license.id, status: "expired", expires_at: new Date(Date.now() - DAY) })
        const refused = await failure(api.post(`/admin/licenses/${license.id}/reinstate`, {}, admin))
        expect(refused.status).toBe(400)
        expect(refused.data.code).toBe("LICENSE_EXPIRED")
        expect(await action(license.id, "extend", { expires_at: new Date(Date.now() + 10 * DAY).toISOString() })).toMatchObject({ status: "active", effective_status: "active" })
        expect(await validate({ key: license.key })).toMatchObject({ valid: true })
      })

      it("resets activations: every device is released and the slots are free again", async () => {
        const [license] = await buy("reset@comptoir.test")
        for (const fingerprint of ["a", "b", "c"]) await api.post("/licenses/activate", { key: license.key, fingerprint })
        expect((await failure(api.post("/licenses/activate", { key: license.key, fingerprint: "d" }))).data.code).toBe("TOO_MANY_ACTIVATIONS")
        const reset = await action(license.id, "reset-activations")
        expect(reset.active_activations).toBe(0)
        expect(reset.activations).toHaveLength(3)
        expect(reset.activations.every((activation) => activation.deactivated_at !== null)).toBe(true)
        expect(await validate({ key: license.key, fingerprint: "a" })).toMatchObject({ code: "NOT_ACTIVATED_ON_FINGERPRINT" })
        expect((await api.post("/licenses/activate", { key: license.key, fingerprint: "d" })).status).toBe(201)
        expect((await action(license.id, "reset-activations")).active_activations).toBe(0)
      })

      it("overrides the device limit of one license, and gives it back its policy's", async () => {
        const [license] = await buy("limit@comptoir.test")
        expect(await action(license.id, "", { max_activations_override: 1 })).toMatchObject({ max_activations_override: 1, max_activations: 1, policy_max_activations: 3 })
        await api.post("/licenses/activate", { key: license.key, fingerprint: "one" })
        expect((await failure(api.post("/licenses/activate", { key: license.key, fingerprint: "two" }))).data.code).toBe("TOO_MANY_ACTIVATIONS")
        expect((await listLicenses(`?q=${license.key}`)).licenses[0]).toMatchObject({ max_activations: 1, active_activations: 1 })
        expect(await action(license.id, "", { max_activations_override: null })).toMatchObject({ max_activations_override: null, max_activations: 3 })
        expect((await api.post("/licenses/activate", { key: license.key, fingerprint: "two" })).status).toBe(201)
      })
    })

    it("emits the license events of each action", async () => {
      const [license] = await buy("events@comptoir.test")
      await api.post("/licenses/activate", { key: license.key, fingerprint: "pc" })
      const emit = jest.spyOn(getContainer().resolve(Modules.EVENT_BUS), "emit")
      try {
        const emitted = () => emit.mock.calls.flatMap(([messages]) => (Array.isArray(messages) ? messages : [messages])).map(({ name, data }) => ({ name, data }))
        await action(license.id, "reset-activations")
        await action(license.id, "suspend")
        await action(license.id, "reinstate")
        await action(license.id, "extend", { expires_at: "2020-01-01" })
        await action(license.id, "extend", { expires_at: null })
        await action(license.id, "revoke")
        await action(license.id, "revoke")
        expect(emitted()).toEqual([
          { name: "digital.license.deactivated", data: { id: license.id, activation_id: expect.stringMatching(/^lact_/) } },
          { name: "digital.license.suspended", data: { id: license.id } },
          { name: "digital.license.reinstated", data: { id: license.id } },
          { name: "digital.license.reinstated", data: { id: license.id } },
          { name: "digital.license.revoked", data: { id: license.id } },
        ])
      } finally {
        emit.mockRestore()
      }
    })

    it("refuses malformed input with a 400 naming it, never a 500", async () => {
      const [license] = await buy("malformed@comptoir.test")
      const gets = [
        "/admin/licenses?limit=-1",
        "/admin/licenses?limit=abc",
        "/admin/licenses?offset=-5",
        "/admin/licenses?q=%00",
        "/admin/licenses?status=lost",
        "/admin/licenses?colour=red",
        "/admin/licenses?order_id=bad%20id",
        "/admin/licenses/bad%20id",
        "/admin/licenses/lic%00x",
        `/admin/licenses/${license.id}?fields=*`,
        "/admin/license-policies?limit=0",
        "/admin/license-policies?product_id=%27%3B--",
      ]
      for (const url of gets) {
        const refused = await failure(api.get(url, admin))
        expect([url, refused.status]).toEqual([url, 400])
        expect(refused.data.message).toEqual(expect.any(String))
      }
      const posts: [string, unknown][] = [
        ["/admin/license-policies", {}],
        ["/admin/license-policies", { variant_id: "variant\u0000" }],
        ["/admin/license-policies", { variant_id: software.variant.id, colour: "red" }],
        ["/admin/license-policies", { variant_id: software.variant.id, key_prefix: "caisse" }],
        ["/admin/license-policies", { variant_id: software.variant.id, key_prefix: "TOOLONGPREFIX1" }],
        ["/admin/license-policies", { variant_id: software.variant.id, max_activations: 0 }],
        ["/admin/license-policies", { variant_id: software.variant.id, max_activations: 1001 }],
        ["/admin/license-policies", { variant_id: software.variant.id, duration_days: 0 }],
        ["/admin/license-policies", { variant_id: software.variant.id, duration_days: 3651 }],
        ["/admin/license-policies", { variant_id: software.variant.id, transferable: "yes" }],
        [`/admin/license-policies/${policy.id}`, { variant_id: software.variant.id }],
        [`/admin/license-policies/${policy.id}`, { max_activations: 2.5 }],
        [`/admin/licenses/${license.id}`, { max_activations_override: 0 }],
        [`/admin/licenses/${license.id}`, { max_activations_override: 1001 }],
        [`/admin/licenses/${license.id}`, {}],
        [`/admin/licenses/${license.id}/suspend`, { reason: "x", extra: 1 }],
        [`/admin/licenses/${license.id}/suspend`, { reason: "bad\u0000reason" }],
        [`/admin/licenses/${license.id}/reinstate`, { reason: "no body expected" }],
        [`/admin/licenses/${license.id}/extend`, {}],
        [`/admin/licenses/${license.id}/extend`, { expires_at: "tomorrow" }],
        [`/admin/licenses/${license.id}/extend`, { expires_at: 1234 }],
        [`/admin/licenses/${license.id}/reset-activations`, { all: true }],
        ["/admin/licenses/bad%20id/revoke", {}],
      ]
      for (const [url, body] of posts) {
        const refused = await failure(api.post(url, body, admin))
        expect([url, body, refused.status]).toEqual([url, body, 400])
        expect(refused.data.message).toEqual(expect.any(String))
      }
      expect((await getLicense(license.id))).toMatchObject({ status: "active", max_activations_override: null })
      expect((await failure(api.post("/admin/licenses/lic_unknown/suspend", {}, admin))).status).toBe(404)
    })
  },
})

import crypto from "node:crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { DIGITAL_MODULE } from "../../../src/modules/digital"
import type DigitalModuleService from "../../../src/modules/digital/service"
import type {
  AdminDigitalAssetListResponse,
  StoreCustomerDownloadsResponse,
  StoreCustomerLicense,
  StoreCustomerLicenseListResponse,
} from "../../../src/types/http/digital"
import { issueOrderLicensesWorkflow } from "../../../src/workflows/digital/issue-order-licenses"
import { createAdminHeaders } from "../../helpers/admin"
import { createCustomer } from "../../helpers/customer"
import { eventually } from "../../helpers/eventually"
import { createPricedProduct, createStoreContext, createStoreOrder } from "../../helpers/store"

jest.setTimeout(180_000)

type Config = { headers: Record<string, string> }
type Failure = { status: number; data: { message: string; code?: string; type?: string } }

const sha256 = (bytes: Buffer) => crypto.createHash("sha256").update(bytes).digest("hex")

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let digital: DigitalModuleService
    let store: Awaited<ReturnType<typeof createStoreContext>>
    let software: Awaited<ReturnType<typeof createPricedProduct>>
    let policyId: string
    let owner: { id: string; headers: Config }
    let other: { id: string; headers: Config }
    let licenses: { id: string; key: string }[]

    const failure = (promise: Promise<unknown>) =>
      promise.then(
        () => {
          throw new Error("expected the request to fail")
        },
        (error: { response: Failure }) => error.response
      )
    const myLicenses = async (customer: { headers: Config }, query = "") =>
      (await api.get(`/store/customers/me/licenses${query}`, customer.headers)).data as StoreCustomerLicenseListResponse
    const myDownloads = async (customer: { headers: Config }) => (await api.get("/store/customers/me/downloads", customer.headers)).data as StoreCustomerDownloadsResponse
    /** Names of the events emitted from now on, among `names`. */
    const recordEvents = (names: string[]) => {
      const seen: { name: string; data: Record<string, unknown> }[] = []
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      for (const name of names) {
        eventBus.subscribe(name, async (event: { name: string; data: Record<string, unknown> }) => void seen.push({ name: event.name, data: event.data }), {
          subscriberId: `portal-test-${name}-${crypto.randomUUID()}`,
        })
      }
      return seen
    }
    /** Publishes a file version through the admin's multipart upload. */
    const upload = async (admin: Config, fields: Record<string, string>, file?: { content: Buffer; filename?: string; type?: string }) => {
      const form = new FormData()
      for (const [name, value] of Object.entries(fields)) form.append(name, value)
      if (file) form.append("file", new Blob([file.content], { type: file.type ?? "application/octet-stream" }), file.filename ?? "caisse-setup.bin")
      return api.post("/admin/digital-assets", form, admin)
    }
    const download = (url: string) => api.get(url, { responseType: "arraybuffer" })
    /** How many of `name` were delivered once they stop arriving (each exactly once, not twice). */
    const delivered = async (seen: { name: string }[], name: string, expected: number) => {
      await eventually(async () => seen.filter((event) => event.name === name).length, expected)
      await new Promise((resolve) => setTimeout(resolve, 300))
      return seen.filter((event) => event.name === name).length
    }

    beforeEach(async () => {
      const container = getContainer()
      digital = container.resolve(DIGITAL_MODULE)
      store = await createStoreContext(container)
      software = await createPricedProduct(container, { title: "Logiciel de caisse", handle: "logiciel-caisse", price: 49, salesChannelId: store.salesChannel.id })
      const policy = await digital.createLicensePolicies({ variant_id: software.variant.id, product_id: software.product.id, max_activations: 3, key_prefix: "CAISSE" })
      policyId = policy.id
      owner = await createCustomer(api, store.storeHeaders, { email: "amina@comptoir.test" }, container)
      other = await createCustomer(api, store.storeHeaders, { email: "louis@comptoir.test" }, container)
      const order = await createStoreOrder(container, store, { variant_id: software.variant.id, email: "amina@comptoir.test", customer_id: owner.id, quantity: 2 })
      await issueOrderLicensesWorkflow(container).run({ input: { order_id: order.id } })
      licenses = (await digital.listLicenses({ order_id: order.id }, { order: { unit_index: "ASC" } })).map(({ id, key }) => ({ id, key }))
    })

    describe("GET /store/customers/me/licenses", () => {
      it("lists the customer's licenses with their product, limit and active devices, never a device's IP", async () => {
        const [first] = licenses
        for (const fingerprint of ["pc-1", "pc-2"]) await api.post("/licenses/activate", { key: first.key, fingerprint, name: `Caisse ${fingerprint}`, platform: "windows" })
        await api.post("/licenses/deactivate", { key: first.key, fingerprint: "pc-1" })
        await digital.updateLicenses({ id: licenses[1].id, max_activations_override: 5 })

        const list = await myLicenses(owner)
        expect(list).toMatchObject({ count: 2, offset: 0, limit: 20 })
        const listed = list.licenses.find((license) => license.id === first.id) as StoreCustomerLicense
        expect(listed).toMatchObject({
          key: first.key,
          status: "active",
          expires_at: null,
          product_id: software.product.id,
          variant_id: software.variant.id,
          product: { id: software.product.id, title: "Logiciel de caisse" },
          max_activations: 3,
          transferable: false,
        })
        expect(listed.activations).toEqual([
          { id: expect.any(String), name: "Caisse pc-2", platform: "windows", fingerprint: "pc-2", created_at: expect.any(String), last_validated_at: expect.any(String) },
        ])
        expect(JSON.stringify(list)).not.toMatch(/"ip"/)
        expect(list.licenses.find((license) => license.id === licenses[1].id)?.max_activations).toBe(5)

        const page = await myLicenses(owner, "?limit=1&offset=1")
        expect(page).toMatchObject({ count: 2, offset: 1, limit: 1 })
        expect(page.licenses).toHaveLength(1)
        expect(page.licenses[0].id).not.toBe(list.licenses[0].id)
        expect((await api.get(`/store/customers/me/licenses/${first.id}`, owner.headers)).data.license).toEqual(listed)
        expect(await myLicenses(other)).toEqual({ licenses: [], count: 0, offset: 0, limit: 20 })
      })

      it("answers 404 to another customer on a license, its devices and its transfer, and 401 without a session", async () => {
        const [first] = licenses
        const { data } = await api.post("/licenses/activate", { key: first.key, fingerprint: "pc-1" })
        const reading = await failure(api.get(`/store/customers/me/licenses/${first.id}`, other.headers))
        expect(reading.status).toBe(404)
        expect(reading.data.message).toBe(`License ${first.id} was not found`)
        expect((await failure(api.post(`/store/customers/me/licenses/${first.id}/activations/${data.activation.id}/release`, {}, other.headers))).status).toBe(404)
        await digital.updateLicensePolicies({ id: policyId, transferable: true })
        expect((await failure(api.post(`/store/customers/me/licenses/${first.id}/transfer`, { email: "louis@comptoir.test" }, other.headers))).status).toBe(404)
        expect((await failure(api.get("/store/customers/me/licenses", store.storeHeaders))).status).toBe(401)
        // Nothing changed.
        const [license] = await digital.listLicenses({ id: first.id })
        expect(license).toMatchObject({ customer_id: owner.id, email: "amina@comptoir.test" })
        expect((await api.post("/licenses/validate", { key: first.key, fingerprint: "pc-1" })).data.code).toBe("VALID")
      })
    })

    describe("POST /store/customers/me/licenses/:id/activations/:activation_id/release", () => {
      it("releases a device of the customer's license, then says it is not active", async () => {
        const [first, second] = licenses
        const { data } = await api.post("/licenses/activate", { key: first.key, fingerprint: "old-laptop" })
        const { data: elsewhere } = await api.post("/licenses/activate", { key: second.key, fingerprint: "tablet" })
        // A device of another of their licenses is not one of this license's.
        expect((await failure(api.post(`/store/customers/me/licenses/${first.id}/activations/${elsewhere.activation.id}/release`, {}, owner.headers))).status).toBe(404)

        const released = await api.post(`/store/customers/me/licenses/${first.id}/activations/${data.activation.id}/release`, undefined, owner.headers)
        expect(released.status).toBe(200)
        expect(released.data.license.activations).toEqual([])
        expect((await api.post("/licenses/validate", { key: first.key, fingerprint: "old-laptop" })).data.code).toBe("NOT_ACTIVATED_ON_FINGERPRINT")
        const again = await failure(api.post(`/store/customers/me/licenses/${first.id}/activations/${data.activation.id}/release`, {}, owner.headers))
        expect(again.status).toBe(404)
        expect(again.data.message).toBe(`Device ${data.activation.id} is not active on license ${first.key}`)
      })
    })

    describe("POST /store/customers/me/licenses/:id/transfer", () => {
      it("refuses when the policy does not allow transfers, or the license is not active", async () => {
        const refused = await failure(api.post(`/store/customers/me/licenses/${licenses[0].id}/transfer`, { email: "louis@comptoir.test" }, owner.headers))
        expect(refused.status).toBe(400)
        expect(refused.data).toMatchObject({ type: "not_allowed", message: "This license cannot be transferred" })
        await digital.updateLicensePolicies({ id: policyId, transferable: true })
        await digital.updateLicenses({ id: licenses[0].id, status: "suspended" })
        const suspended = await failure(api.post(`/store/customers/me/licenses/${licenses[0].id}/transfer`, { email: "louis@comptoir.test" }, owner.headers))
        expect(suspended.status).toBe(400)
        expect(suspended.data.message).toBe(`License ${licenses[0].key} is suspended: only an active license can be transferred`)
        expect((await digital.listLicenses({ id: licenses[0].id }))[0]).toMatchObject({ customer_id: owner.id })
      })

      it("gives a transferable license to another address and its account; the former owner no longer sees it", async () => {
        const seen = recordEvents(["digital.license.transferred"])
        await digital.updateLicensePolicies({ id: policyId, transferable: true })
        const [first, second] = licenses
        const { data } = await api.post(`/store/customers/me/licenses/${first.id}/transfer`, { email: "  Louis@Comptoir.TEST " }, owner.headers)
        expect(data).toEqual({ id: first.id, transferred: true, to_email: "louis@comptoir.test" })
        expect((await digital.listLicenses({ id: first.id }))[0]).toMatchObject({ email: "louis@comptoir.test", customer_id: other.id })
        expect((await failure(api.get(`/store/customers/me/licenses/${first.id}`, owner.headers))).status).toBe(404)
        expect((await myLicenses(owner)).licenses.map((license) => license.id)).toEqual([second.id])
        expect((await myLicenses(other)).licenses).toMatchObject([{ id: first.id, key: first.key, transferable: true }])
        expect(await delivered(seen, "digital.license.transferred", 1)).toBe(1)
        expect(seen[0].data).toEqual({ id: first.id, from_email: "amina@comptoir.test", to_email: "louis@comptoir.test" })

        // An account whose address was typed with capitals (and a LIKE wildcard) is found.
        const zoe = await createCustomer(api, store.storeHeaders, { email: "Zoe_M@Comptoir.test" }, getContainer())
        await api.post(`/store/customers/me/licenses/${second.id}/transfer`, { email: "zoe_m@comptoir.test" }, owner.headers)
        expect((await digital.listLicenses({ id: second.id }))[0]).toMatchObject({ email: "zoe_m@comptoir.test", customer_id: zoe.id })
        expect((await myLicenses(owner)).count).toBe(0)

        // To an address without an account: the license waits for it, nobody's account holds it.
        await api.post(`/store/customers/me/licenses/${first.id}/transfer`, { email: "guest@comptoir.test" }, other.headers)
        expect((await digital.listLicenses({ id: first.id }))[0]).toMatchObject({ email: "guest@comptoir.test", customer_id: null })
        expect((await myLicenses(other)).count).toBe(0)
      })
    })

    describe("digital assets and downloads", () => {
      it("stores an uploaded file privately, serves the owner its exact bytes, and logs and counts the download", async () => {
        const container = getContainer()
        const seen = recordEvents(["digital.asset.version_published", "digital.download.created"])
        const admin = await createAdminHeaders(api, container)
        const v1 = crypto.randomBytes(3000)
        const v2 = Buffer.concat([Buffer.from("CAISSE v2\n"), crypto.randomBytes(5000)])
        const first = (await upload(admin, { variant_id: software.variant.id, name: "caisse-setup.exe", version: "1.0.0" }, { content: v1 })).data.digital_asset
        const { status, data } = await upload(
          admin,
          { variant_id: software.variant.id, name: "caisse-setup.exe", version: "2.0.0", changelog: "Tickets en PDF" },
          { content: v2, filename: "setup v2.exe", type: "application/vnd.microsoft.portable-executable" }
        )
        expect(status).toBe(201)
        expect(data.digital_asset).toMatchObject({
          variant_id: software.variant.id,
          product_id: software.product.id,
          name: "caisse-setup.exe",
          version: "2.0.0",
          changelog: "Tickets en PDF",
          size: v2.length,
          checksum_sha256: sha256(v2),
          mime_type: "application/vnd.microsoft.portable-executable",
          is_current: true,
          stats: { downloads: 0, unique_customers: 0, bytes: 0 },
        })
        expect(JSON.stringify(data)).not.toMatch(/file_id|private-/)
        const second = data.digital_asset
        // Stored privately: the File module marks private keys, served by no static route.
        const [stored] = await digital.listDigitalAssets({ id: second.id })
        expect(stored.file_id).toMatch(/^private-/)
        expect((await container.resolve(Modules.FILE).getAsBuffer(stored.file_id)).equals(v2)).toBe(true)
        expect((await digital.listDigitalAssets({ id: first.id }))[0].is_current).toBe(false)
        expect(await delivered(seen, "digital.asset.version_published", 2)).toBe(2)

        // The owner sees both versions, current first.
        const before = await myDownloads(owner)
        expect(before.files).toHaveLength(1)
        expect(before.files[0]).toMatchObject({ name: "caisse-setup.exe", product: { title: "Logiciel de caisse" } })
        expect(before.files[0].versions.map((version) => [version.version, version.is_current, version.download_count])).toEqual([
          ["2.0.0", true, 0],
          ["1.0.0", false, 0],
        ])
        expect(before.downloads).toEqual([])
        expect((await myDownloads(other)).files).toEqual([])

        const { data: link } = await api.post("/store/customers/me/downloads", { asset_id: second.id }, owner.headers)
        expect(link.url).toMatch(/^\/downloads\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/)
        expect(new Date(link.expires_at).getTime() - Date.now()).toBeGreaterThan(290_000)
        const served = await download(link.url)
        expect(served.status).toBe(200)
        expect(sha256(Buffer.from(served.data))).toBe(sha256(v2))
        expect(served.headers["content-type"]).toBe("application/vnd.microsoft.portable-executable")
        expect(served.headers["content-length"]).toBe(String(v2.length))
        expect(served.headers["content-disposition"]).toBe(`attachment; filename="caisse-setup.exe"; filename*=UTF-8''caisse-setup.exe`)
        expect(JSON.stringify(served.headers)).not.toMatch(/private-/)
        // The link works again while valid; each download is logged.
        expect(sha256(Buffer.from((await download(link.url)).data))).toBe(sha256(v2))

        const after = await myDownloads(owner)
        expect(after.files[0].versions.map((version) => version.download_count)).toEqual([2, 0])
        expect(after.downloads).toHaveLength(2)
        expect(after.downloads[0]).toMatchObject({ asset_id: second.id, name: "caisse-setup.exe", version: "2.0.0", bytes: v2.length })
        const logged = await digital.listDownloads({ asset_id: second.id })
        expect(logged).toHaveLength(2)
        expect(logged[0]).toMatchObject({ customer_id: owner.id, email: "amina@comptoir.test", bytes: v2.length })
        expect(await delivered(seen, "digital.download.created", 2)).toBe(2)

        const { data: listed } = (await api.get(`/admin/digital-assets?variant_id=${software.variant.id}`, admin)) as { data: AdminDigitalAssetListResponse }
        expect(listed.count).toBe(2)
        expect(listed.digital_assets.map((asset) => [asset.version, asset.stats])).toEqual([
          ["2.0.0", { downloads: 2, unique_customers: 1, bytes: 2 * v2.length }],
          ["1.0.0", { downloads: 0, unique_customers: 0, bytes: 0 }],
        ])
        expect((await api.get(`/admin/digital-assets?product_id=${software.product.id}&limit=1`, admin)).data).toMatchObject({ count: 2, limit: 1 })

        // Deleting the current version makes the previous one current again.
        expect((await api.delete(`/admin/digital-assets/${second.id}`, admin)).data).toEqual({ id: second.id, object: "digital_asset", deleted: true })
        expect((await api.get(`/admin/digital-assets?variant_id=${software.variant.id}`, admin)).data.digital_assets).toMatchObject([{ id: first.id, is_current: true }])
        expect((await myDownloads(owner)).files[0].versions.map((version) => version.id)).toEqual([first.id])
        expect((await failure(download(link.url))).status).toBe(404)
        expect((await failure(api.delete(`/admin/digital-assets/${second.id}`, admin))).status).toBe(404)
      })

      it("e-mails each license owner once when a new version is published", async () => {
        const admin = await createAdminHeaders(api, getContainer(), "versions-admin@comptoir.test")
        await upload(admin, { variant_id: software.variant.id, name: "caisse-setup.exe", version: "3.0.0", changelog: "Clôture plus rapide" }, { content: crypto.randomBytes(100) })
        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        const sent = await eventually(async () => (await notifications.listNotifications({ template: "message", to: "amina@comptoir.test" } as never)).length, 1)
        expect(sent).toBe(1)
        const [mail] = await notifications.listNotifications({ template: "message", to: "amina@comptoir.test" } as never)
        expect(mail.data).toMatchObject({ subject: "Nouvelle version de Logiciel de caisse : 3.0.0", body: expect.stringContaining("Clôture plus rapide") })
        expect(await notifications.listNotifications({ template: "message", to: "louis@comptoir.test" } as never)).toEqual([])
      })

      it("lets buyers of a product without licenses download its files, through their orders", async () => {
        const container = getContainer()
        const admin = await createAdminHeaders(api, container)
        const ebook = await createPricedProduct(container, { title: "Guide du commerce", handle: "guide", price: 9, salesChannelId: store.salesChannel.id })
        await createStoreOrder(container, store, { variant_id: ebook.variant.id, email: "louis@comptoir.test", customer_id: other.id })
        const pdf = Buffer.from("%PDF-1.4 guide")
        const { data } = await upload(admin, { variant_id: ebook.variant.id, name: "guide.pdf", version: "1" }, { content: pdf, type: "application/pdf" })
        expect((await myDownloads(other)).files.map((file) => file.name)).toEqual(["guide.pdf"])
        expect((await myDownloads(owner)).files).toEqual([])
        const { data: link } = await api.post("/store/customers/me/downloads", { asset_id: data.digital_asset.id }, other.headers)
        expect(Buffer.from((await download(link.url)).data).equals(pdf)).toBe(true)
      })

      it("refuses an expired link with 410, an altered one with 404, and a link to a non-owner", async () => {
        const admin = await createAdminHeaders(api, getContainer())
        const content = crypto.randomBytes(100)
        const { data } = await upload(admin, { variant_id: software.variant.id, name: "caisse.zip", version: "1.0" }, { content })
        const assetId = data.digital_asset.id

        const refused = await failure(api.post("/store/customers/me/downloads", { asset_id: assetId }, other.headers))
        expect(refused.status).toBe(404)
        expect(refused.data.message).toBe(`File ${assetId} was not found among your downloads`)
        expect((await failure(api.post("/store/customers/me/downloads", { asset_id: "dasset_unknown" }, owner.headers))).status).toBe(404)

        const { data: link } = await api.post("/store/customers/me/downloads", { asset_id: assetId }, owner.headers)
        const [body, signature] = link.url.slice("/downloads/".length).split(".")
        // Another customer's id put into the payload breaks the signature.
        const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, "base64url").toString()), customer_id: other.id })).toString("base64url")
        for (const url of [`/downloads/${forged}.${signature}`, `/downloads/${body}.${signature.slice(0, -1)}${signature.endsWith("A") ? "B" : "A"}`, "/downloads/not-a-token"]) {
          const bad = await failure(download(url))
          expect(bad.status).toBe(404)
        }

        const later = Date.now() + 301_000
        const spy = jest.spyOn(Date, "now").mockReturnValue(later)
        try {
          const expired = await failure(download(link.url))
          expect(expired.status).toBe(410)
          expect(JSON.parse(Buffer.from(expired.data as unknown as ArrayBuffer).toString()).message).toMatch(/expired/)
        } finally {
          spy.mockRestore()
        }
        expect(await digital.listDownloads({ asset_id: assetId })).toEqual([])

        // A license given away takes its files along: the old owner's link stops working.
        await digital.updateLicenses([licenses[0].id, licenses[1].id].map((id) => ({ id, customer_id: other.id, email: "louis@comptoir.test" })))
        expect((await failure(download(link.url))).status).toBe(404)
        expect((await myDownloads(other)).files.map((file) => file.name)).toEqual(["caisse.zip"])
      })
    })

    describe("bad input", () => {
      it("answers 400, never a 500", async () => {
        const [first] = licenses
        await digital.updateLicensePolicies({ id: policyId, transferable: true })
        for (const body of [{}, { email: "not-an-address" }, { email: "louis@comptoir.test", colour: "red" }, { email: 42 }]) {
          expect((await failure(api.post(`/store/customers/me/licenses/${first.id}/transfer`, body, owner.headers))).status).toBe(400)
        }
        expect((await failure(api.post(`/store/customers/me/licenses/${first.id}/transfer`, { email: "amina@comptoir.test" }, owner.headers))).status).toBe(400)
        expect((await failure(api.post(`/store/customers/me/licenses/${first.id}/activations/lact_1/release`, { force: true }, owner.headers))).status).toBe(400)
        for (const query of ["?limit=-1", "?limit=0", "?offset=-2", "?limit=abc", "?colour=red"]) {
          expect((await failure(api.get(`/store/customers/me/licenses${query}`, owner.headers))).status).toBe(400)
        }
        expect((await failure(api.get("/store/customers/me/licenses/lic%00x", owner.headers))).status).toBe(400)
        expect((await failure(api.get("/store/customers/me/licenses/lic.x", owner.headers))).status).toBe(400)
        for (const body of [{}, { asset_id: 42 }, { asset_id: "bad id" }, { asset_id: "dasset_1", extra: 1 }]) {
          expect((await failure(api.post("/store/customers/me/downloads", body, owner.headers))).status).toBe(400)
        }
        expect((await failure(api.get("/store/customers/me/downloads?colour=red", owner.headers))).status).toBe(400)

        const admin = await createAdminHeaders(api, getContainer())
        const content = Buffer.from("x")
        const missingFile = await failure(upload(admin, { variant_id: software.variant.id, name: "a.bin", version: "1" }))
        expect(missingFile.status).toBe(400)
        expect(missingFile.data.message).toMatch(/No file was uploaded/)
        expect((await failure(upload(admin, { variant_id: software.variant.id, name: "a.bin" }, { content }))).status).toBe(400)
        expect((await failure(upload(admin, { variant_id: software.variant.id, name: "a.bin", version: "1", colour: "red" }, { content }))).status).toBe(400)
        expect((await failure(upload(admin, { variant_id: "variant_missing", name: "a.bin", version: "1" }, { content }))).status).toBe(404)
        await upload(admin, { variant_id: software.variant.id, name: "a.bin", version: "1" }, { content })
        const duplicate = await failure(upload(admin, { variant_id: software.variant.id, name: "a.bin", version: "1" }, { content }))
        expect(duplicate.status).toBe(422)
        expect(duplicate.data.message).toBe(`Version 1 of a.bin already exists for variant ${software.variant.id}`)
        const twoFiles = new FormData()
        for (const [name, value] of Object.entries({ variant_id: software.variant.id, name: "b.bin", version: "1" })) twoFiles.append(name, value)
        twoFiles.append("file", new Blob([content]), "one.bin")
        twoFiles.append("file", new Blob([content]), "two.bin")
        expect((await failure(api.post("/admin/digital-assets", twoFiles, admin))).status).toBe(400)
        expect((await failure(api.get("/admin/digital-assets?limit=-1", admin))).status).toBe(400)
        expect((await failure(api.get("/admin/digital-assets?variant_id=a%00b", admin))).status).toBe(400)
        expect((await failure(api.delete("/admin/digital-assets/bad.id", admin))).status).toBe(400)
        expect((await api.get(`/admin/digital-assets?variant_id=${software.variant.id}`, admin)).data.count).toBe(1)
      })
    })
  },
})

import type { Logger } from "@medusajs/framework/types"
import { revalidateStorefront } from "../revalidate-storefront"

const logger = { debug: jest.fn(), warn: jest.fn() } as unknown as Logger
const fetchMock = jest.spyOn(globalThis, "fetch")
const sentTags = () => fetchMock.mock.calls.map(([, init]) => JSON.parse(String(init?.body)).tags as string[])

beforeEach(() => {
  jest.clearAllMocks()
  process.env.STOREFRONT_REVALIDATE_URL = "http://storefront.test/api/revalidate"
  process.env.STOREFRONT_REVALIDATE_SECRET = "s3cret"
})

describe("revalidateStorefront", () => {
  it("sends nothing when the storefront is not configured", async () => {
    delete process.env.STOREFRONT_REVALIDATE_SECRET
    await revalidateStorefront(["deals"], logger)
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it("posts distinct tags in batches of at most 100, with the secret", async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 200 }))
    const tags = Array.from({ length: 250 }, (_, index) => `deal:${index}`)
    await revalidateStorefront([...tags, "deal:0"], logger)
    expect(sentTags().map((batch) => batch.length)).toEqual([100, 100, 50])
    expect(sentTags().flat()).toEqual(tags)
    expect(fetchMock.mock.calls[0][1]).toMatchObject({ method: "POST", headers: { authorization: "Bearer s3cret" } })
  })

  it("resolves with a warning, and stops, when the storefront answers 500 or is unreachable", async () => {
    fetchMock.mockResolvedValueOnce(new Response("boom", { status: 500 }))
    await revalidateStorefront(Array.from({ length: 150 }, (_, index) => `deal:${index}`), logger)
    expect(fetchMock).toHaveBeenCalledTimes(1)
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining("answered 500"))

    fetchMock.mockRejectedValueOnce(new TypeError("fetch failed"))
    await expect(revalidateStorefront(["deals"], logger)).resolves.toBeUndefined()
    expect(logger.warn).toHaveBeenLastCalledWith(expect.stringContaining("fetch failed"))
  })
})

import { emailNextTry, emailTemplateLabelKey } from "../email-format"
import { toEmailListParams } from "../email-list-query"

const now = new Date("2030-06-15T12:00:00.000Z")
const failedRetryingIn = (ms: number) => ({ status: "failure" as const, next_retry_at: new Date(now.getTime() + ms).toISOString() })
const HOUR = 3_600_000

describe("emailTemplateLabelKey", () => {
  it("names the templates the store sends", () => {
    expect(emailTemplateLabelKey("order-placed")).toBe("templateOrderPlaced")
    expect(emailTemplateLabelKey("invoice-issued")).toBe("templateInvoiceIssued")
    expect(emailTemplateLabelKey("cart-reminder")).toBe("templateCartReminder")
  })

  it("has no label for a template it does not know, nor for object keys", () => {
    expect(emailTemplateLabelKey("newsletter")).toBeNull()
    expect(emailTemplateLabelKey("toString")).toBeNull()
  })
})

describe("emailNextTry", () => {
  it("has nothing to say about an e-mail that did not fail", () => {
    expect(emailNextTry({ status: "success", next_retry_at: null }, now)).toEqual({ kind: "none" })
    expect(emailNextTry({ status: "pending", next_retry_at: null }, now)).toEqual({ kind: "none" })
  })

  it("has given up on a failed e-mail without a next try", () => {
    expect(emailNextTry({ status: "failure", next_retry_at: null }, now)).toEqual({ kind: "gave-up" })
  })

  it("counts the time before the next try in the largest unit, rounded down", () => {
    expect(emailNextTry(failedRetryingIn(2 * HOUR + 59 * 60_000), now)).toEqual({ kind: "in", value: 2, unit: "hour" })
  })

  it("is due when the retry time has passed", () => {
    expect(emailNextTry(failedRetryingIn(-60_000), now)).toEqual({ kind: "due" })
  })
})

describe("toEmailListParams", () => {
  it("pages by 20 without a status when none is chosen", () => {
    expect(toEmailListParams({}, 2)).toEqual({ limit: 20, offset: 40 })
  })

  it("keeps the known statuses of the filter, once each", () => {
    expect(toEmailListParams({ status: ["failure", "sent", "failure"] }, 0)).toEqual({ limit: 20, offset: 0, status: ["failure"] })
  })
})

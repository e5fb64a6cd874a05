import {
  changedWebhookFields,
  newHeaderRow,
  newTemplateRow,
  toCreateWebhookBody,
  toWebhookFields,
  toWebhookFormValues,
  validateWebhookForm,
  type WebhookFormValues,
} from "../webhook-form-values"
import type { AdminWebhookEndpoint } from "../webhook-types"

const endpoint: AdminWebhookEndpoint = {
  id: "whep_1",
  url: "https://hooks.example.com/comptoir",
  description: "ERP",
  event_types: ["order.*"],
  status: "active",
  disabled_reason: null,
  disabled_at: null,
  failing_since: null,
  headers: { "X-Api-Key": "k1" },
  timeout_ms: 10_000,
  payload_template: { fields: [{ from: "data.email", to: "email" }] },
  previous_secret_expires_at: null,
  created_at: "2030-01-01T00:00:00.000Z",
  updated_at: "2030-01-01T00:00:00.000Z",
}

const valid = (patch: Partial<WebhookFormValues> = {}): WebhookFormValues => ({ ...toWebhookFormValues(endpoint), ...patch })

describe("toWebhookFormValues", () => {
  it("starts a new endpoint empty, with the default 15 s timeout", () => {
    expect(toWebhookFormValues()).toMatchObject({ url: "", description: "", event_types: [], headers: [], timeout_seconds: "15", payload_template: [] })
  })

  it("reads an endpoint's headers, timeout in seconds and template rows", () => {
    const values = toWebhookFormValues(endpoint)
    expect(values.timeout_seconds).toBe("10")
    expect(values.headers.map(({ name, value }) => [name, value])).toEqual([["X-Api-Key", "k1"]])
    expect(values.payload_template.map(({ from, to }) => [from, to])).toEqual([["data.email", "email"]])
  })
})

describe("validateWebhookForm", () => {
  it("accepts an endpoint as loaded", () => {
    expect(validateWebhookForm(valid())).toEqual({})
  })

  it("asks for an http(s) URL and at least one event", () => {
    expect(validateWebhookForm(valid({ url: "ftp://example.com", event_types: [] }))).toEqual({ url: "errorUrl", event_types: "errorEventTypes" })
  })

  it("refuses header names a request cannot carry, and the same name twice", () => {
    expect(validateWebhookForm(valid({ headers: [newHeaderRow("", "value")] })).headers).toBe("errorHeaderName")
    expect(validateWebhookForm(valid({ headers: [newHeaderRow("X A", "v")] })).headers).toBe("errorHeaderName")
    expect(validateWebhookForm(valid({ headers: [newHeaderRow("X-Key", "a"), newHeaderRow("x-key", "b")] })).headers).toBe(
      "errorHeaderDuplicate"
    )
  })

  it("ignores blank rows but wants both sides of a template field", () => {
    expect(validateWebhookForm(valid({ headers: [newHeaderRow()], payload_template: [newTemplateRow()] }))).toEqual({})
    expect(validateWebhookForm(valid({ payload_template: [newTemplateRow("data.id", "")] })).payload_template).toBe("errorTemplate")
  })

  it("wants a timeout above 0 seconds", () => {
    expect(validateWebhookForm(valid({ timeout_seconds: "0" })).timeout_seconds).toBe("errorTimeout")
    expect(validateWebhookForm(valid({ timeout_seconds: "" })).timeout_seconds).toBe("errorTimeout")
  })
})

describe("request bodies", () => {
  it("converts seconds to milliseconds and drops blank rows", () => {
    const fields = toWebhookFields(valid({ timeout_seconds: "2.5", headers: [newHeaderRow()], payload_template: [newTemplateRow()] }))
    expect(fields).toMatchObject({ timeout_ms: 2500, headers: {}, payload_template: null })
  })

  it("leaves empty optional fields out of a creation", () => {
    const body = toCreateWebhookBody(toWebhookFields(valid({ description: " ", headers: [], payload_template: [] })))
    expect(body).toEqual({ url: endpoint.url, event_types: ["order.*"], timeout_ms: 10_000 })
  })

  it("sends only what changed in an update, with null to clear", () => {
    const initial = toWebhookFormValues(endpoint)
    const edited = { ...initial, description: "", payload_template: [] }
    expect(changedWebhookFields(toWebhookFields(initial), toWebhookFields(edited))).toEqual({ description: null, payload_template: null })
    expect(changedWebhookFields(toWebhookFields(initial), toWebhookFields(initial))).toEqual({})
  })
})

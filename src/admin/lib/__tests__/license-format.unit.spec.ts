import {
  changedPolicyFields,
  parseLimitOverride,
  toLicensePolicyBody,
  toLicensePolicyFormValues,
  validateLicensePolicyForm,
} from "../license-format"

const policy = {
  id: "lpol_1",
  variant_id: "variant_1",
  product_id: "prod_1",
  max_activations: 5,
  duration_days: 30,
  transferable: true,
  key_prefix: "POS",
  suspend_on_refund: false,
  created_at: "2026-01-01T00:00:00.000Z",
  updated_at: "2026-01-01T00:00:00.000Z",
}

describe("license policy form", () => {
  it("opens on the API's defaults for a new policy, perpetual", () => {
    expect(toLicensePolicyFormValues()).toEqual({
      max_activations: "3",
      duration_days: "365",
      perpetual: true,
      transferable: false,
      key_prefix: "CPT",
      suspend_on_refund: true,
    })
  })

  it("gives back the body of an existing policy unchanged", () => {
    const values = toLicensePolicyFormValues(policy)
    expect(validateLicensePolicyForm(values)).toEqual({})
    expect(toLicensePolicyBody(values)).toEqual({ max_activations: 5, duration_days: 30, transferable: true, key_prefix: "POS", suspend_on_refund: false })
  })

  it("names each field to fix", () => {
    const values = { ...toLicensePolicyFormValues(), max_activations: "0", perpetual: false, duration_days: "3651", key_prefix: "pos-1" }
    expect(validateLicensePolicyForm(values)).toEqual({ max_activations: "errorMaxActivations", duration_days: "errorDuration", key_prefix: "errorKeyPrefix" })
    expect(validateLicensePolicyForm({ ...values, max_activations: "1000", duration_days: "1", key_prefix: " pos2 " })).toEqual({})
  })

  it("upper-cases the prefix and sends null days for a perpetual policy", () => {
    expect(toLicensePolicyBody({ ...toLicensePolicyFormValues(), key_prefix: " abc ", duration_days: "12" })).toMatchObject({ key_prefix: "ABC", duration_days: null })
  })

  it("sends only the fields that changed", () => {
    const before = toLicensePolicyBody(toLicensePolicyFormValues(policy))
    expect(changedPolicyFields(before, { ...before, max_activations: 2, duration_days: null })).toEqual({ max_activations: 2, duration_days: null })
    expect(changedPolicyFields(before, before)).toEqual({})
  })
})

describe("parseLimitOverride", () => {
  it("reads a whole number from 1 to 1000, empty as the policy's limit", () => {
    expect(parseLimitOverride(" 7 ")).toBe(7)
    expect(parseLimitOverride("")).toBeNull()
    for (const value of ["0", "1001", "2.5", "abc"]) expect(parseLimitOverride(value)).toBe("invalid")
  })
})

import { generateKeyPairSync } from "node:crypto"
import fc from "fast-check"
import { crockfordBase32, generateLicenseKey, LICENSE_KEY_SHAPE, normalizeLicenseKey } from "../licensing/license-key"
import { publicKeyPem, signLicenseFile, verifyLicenseFile, type LicenseFilePayload } from "../licensing/license-file"
import { licenseVerdict } from "../licensing/license-verdict"

const now = new Date("2026-11-29T10:00:00Z")

describe("license keys", () => {
  it("encodes bytes in Crockford base32 (5 bits a character, no I, L, O, U)", () => {
    expect(crockfordBase32(Uint8Array.from([0, 0]))).toBe("0000")
    expect(crockfordBase32(Uint8Array.from([0xff]))).toBe("ZW")
    fc.assert(fc.property(fc.uint8Array({ minLength: 17, maxLength: 17 }), (bytes) => /^[0-9A-HJKMNP-TV-Z]{28}$/.test(crockfordBase32(bytes))))
  })

  it("makes distinct keys of 7 groups of 4 after the prefix", () => {
    const keys = Array.from({ length: 2000 }, () => generateLicenseKey("CPT"))
    expect(new Set(keys).size).toBe(2000)
    for (const key of keys.slice(0, 50)) expect(key).toMatch(LICENSE_KEY_SHAPE)
  })

  it("reads a key as a person types it", () => {
    expect(normalizeLicenseKey(" cpt-7q2m-ok4s-9xwb-t3na-e5rd-km8p-2vyc ")).toBe("CPT-7Q2M-0K4S-9XWB-T3NA-E5RD-KM8P-2VYC")
    expect(normalizeLicenseKey("CPT-IL00-0000-0000-0000-0000-0000-0000")).toBe("CPT-1100-0000-0000-0000-0000-0000-0000")
    // The prefix is the merchant's: its letters are kept as they are.
    expect(normalizeLicenseKey("logo-aaaa")).toBe("LOGO-AAAA")
  })
})

describe("license verdicts", () => {
  const facts = { status: "active", expires_at: null, active_activations: 1, max_activations: 3 }
  it("puts status before expiry before devices", () => {
    expect(licenseVerdict(null, now).code).toBe("NOT_FOUND")
    expect(licenseVerdict({ ...facts, status: "revoked", expires_at: new Date(0) }, now).code).toBe("REVOKED")
    expect(licenseVerdict({ ...facts, status: "suspended" }, now).code).toBe("SUSPENDED")
    expect(licenseVerdict({ ...facts, expires_at: now }, now).code).toBe("EXPIRED")
    expect(licenseVerdict({ ...facts, active_activations: 4 }, now).code).toBe("TOO_MANY_ACTIVATIONS")
    expect(licenseVerdict({ ...facts, fingerprint_active: false }, now).code).toBe("NOT_ACTIVATED_ON_FINGERPRINT")
    expect(licenseVerdict({ ...facts, fingerprint_active: true }, now)).toEqual({ valid: true, code: "VALID", detail: "The license is valid" })
  })
})

describe("license files", () => {
  const { privateKey } = generateKeyPairSync("ed25519")
  const payload: LicenseFilePayload = {
    key: "CPT-7Q2M-0K4S-9XWB-T3NA-E5RD-KM8P-2VYC", status: "active", product_id: "prod_1", variant_id: "variant_1", max_activations: 3,
    license_expires_at: null, fingerprint: "pc-1", issued_at: now.toISOString(), expires_at: new Date(now.getTime() + 30 * 86400_000).toISOString(),
  }

  it("verifies with the public key, and fails on any changed character, another key or once expired", () => {
    const file = signLicenseFile(payload, privateKey)
    const pem = publicKeyPem(privateKey)
    expect(verifyLicenseFile(file, pem, now)).toEqual(payload)
    fc.assert(
      fc.property(fc.nat({ max: file.payload.length - 1 }), (index) => {
        const changed = file.payload[index] === "A" ? "B" : "A"
        const tampered = { ...file, payload: file.payload.slice(0, index) + changed + file.payload.slice(index + 1) }
        expect(() => verifyLicenseFile(tampered, pem, now)).toThrow()
      }),
      { numRuns: 50 }
    )
    expect(() => verifyLicenseFile(file, publicKeyPem(generateKeyPairSync("ed25519").privateKey), now)).toThrow("invalid signature")
    expect(() => verifyLicenseFile(file, pem, new Date(payload.expires_at))).toThrow(/expired/)
  })
})

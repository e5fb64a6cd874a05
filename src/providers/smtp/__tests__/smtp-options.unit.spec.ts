import { SmtpNotificationService } from "../service"
import { smtpOptionsFromEnv } from "../options"

const env = {
  SMTP_HOST: "localhost",
  SMTP_PORT: "1025",
  SMTP_FROM: "Comptoir <boutique@comptoir.local>",
  SHOP_NAME: "Comptoir",
  SHOP_ADDRESS: "12 rue des Halles, 75001 Paris",
  SHOP_URL: "http://localhost:8000",
}

describe("smtpOptionsFromEnv", () => {
  it("builds the provider's options from the environment", () => {
    expect(smtpOptionsFromEnv({ ...env, SMTP_USER: "shop", SMTP_PASS: "secret", SHOP_LEGAL_URL: "http://localhost:8000/legal" })).toEqual({
      host: "localhost",
      port: 1025,
      secure: false,
      user: "shop",
      pass: "secret",
      from: "Comptoir <boutique@comptoir.local>",
      shopName: "Comptoir",
      shopAddress: "12 rue des Halles, 75001 Paris",
      shopUrl: "http://localhost:8000",
      legalUrl: "http://localhost:8000/legal",
      timeZone: "Europe/Paris",
    })
  })

  it("uses implicit TLS on port 465 unless SMTP_SECURE says otherwise", () => {
    expect(smtpOptionsFromEnv({ ...env, SMTP_PORT: "465" }).secure).toBe(true)
    expect(smtpOptionsFromEnv({ ...env, SMTP_PORT: "465", SMTP_SECURE: "false" }).secure).toBe(false)
    expect(smtpOptionsFromEnv({ ...env, SMTP_SECURE: "true" }).secure).toBe(true)
  })

  it("names a missing SMTP_HOST", () => {
    expect(() => smtpOptionsFromEnv({ ...env, SMTP_HOST: "" })).toThrow(
      "E-mail cannot be sent: set SMTP_HOST in the environment (SMTP server and shop identity)"
    )
  })

  it("lists every missing variable at once", () => {
    expect(() => smtpOptionsFromEnv({})).toThrow(
      "set SMTP_HOST, SMTP_PORT, SMTP_FROM, SHOP_NAME, SHOP_ADDRESS, SHOP_URL in the environment"
    )
  })

  it("says what is wrong with SMTP_PORT=abc", () => {
    expect(() => smtpOptionsFromEnv({ ...env, SMTP_PORT: "abc" })).toThrow(
      'E-mail cannot be sent: SMTP_PORT must be a port number (1-65535), got "abc"'
    )
  })

  it("names each invalid variable", () => {
    expect(() =>
      smtpOptionsFromEnv({ ...env, SMTP_PORT: "70000", SMTP_SECURE: "maybe", SMTP_USER: "shop", SHOP_URL: "javascript:alert(1)" })
    ).toThrow(
      'E-mail cannot be sent: SMTP_PORT must be a port number (1-65535); SMTP_SECURE must be true or false, got "maybe"; SHOP_URL must be the shop\'s http(s) URL; SMTP_PASS must be given together with the user name (or both left out)'
    )
  })
})

describe("SmtpNotificationService options", () => {
  const options = { ...smtpOptionsFromEnv(env), channels: ["email"] }

  it("accepts the options Medusa passes, channels included", () => {
    expect(() => SmtpNotificationService.validateOptions(options)).not.toThrow()
  })

  it("names a wrong or unknown option when Medusa loads the provider", () => {
    expect(() => SmtpNotificationService.validateOptions({ ...options, from: "boutique", sercure: true })).toThrow(
      'Invalid options for the smtp notification provider: "from" must be one sender address such as "Comptoir <boutique@comptoir.local>"; "sercure" is not an option of this provider'
    )
    expect(() => new SmtpNotificationService({}, { ...options, port: 0 })).toThrow(
      'Invalid options for the smtp notification provider: "port" must be a port number (1-65535)'
    )
  })
})

import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

/** "Comptoir <boutique@comptoir.local>" or "boutique@comptoir.local": one address. */
const MAILBOX = /^(?:[^<>@]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/

const text = (expected: string) => z.string({ error: expected }).trim().min(1, { error: expected })
const httpUrl = (expected: string) => z.url({ protocol: /^https?$/, error: expected })

/**
 * Options of the `smtp` notification provider, validated when Medusa loads it. Example:
 *
 * ```ts
 * { host: "localhost", port: 1025, secure: false, from: "Comptoir <boutique@comptoir.local>",
 *   shopName: "Comptoir", shopAddress: "12 rue des Halles, 75001 Paris",
 *   shopUrl: "http://localhost:8000", legalUrl: "http://localhost:8000/fr/legal" }
 * ```
 */
const smtpOptionsSchema = z
  .object({
    host: text("must be the SMTP server's host name"),
    port: z
      .number({ error: (issue) => `must be a port number (1-65535), got ${JSON.stringify(issue.input)}` })
      .int({ error: "must be a whole port number" })
      .min(1, { error: "must be a port number (1-65535)" })
      .max(65535, { error: "must be a port number (1-65535)" }),
    /** true for implicit TLS (port 465); false lets nodemailer upgrade with STARTTLS when offered. */
    secure: z.boolean({ error: (issue) => `must be true or false, got ${JSON.stringify(issue.input)}` }),
    user: text("must be a non-empty user name when set").optional(),
    pass: text("must be a non-empty password when set").optional(),
    from: text("must be a sender such as \"Comptoir <boutique@comptoir.local>\"").regex(MAILBOX, {
      error: "must be one sender address such as \"Comptoir <boutique@comptoir.local>\"",
    }),
    shopName: text("must be the shop's name, shown as the e-mails' logo"),
    shopAddress: text("must be the shop's postal address, shown in the e-mails' footer"),
    shopUrl: httpUrl("must be the shop's http(s) URL"),
    legalUrl: httpUrl("must be the http(s) URL of the shop's legal notice").optional(),
    /** IANA time zone in which dates are written in e-mails. */
    timeZone: z
      .string({ error: "must be an IANA time zone such as \"Europe/Paris\"" })
      .refine(isTimeZone, { error: "must be an IANA time zone such as \"Europe/Paris\"" })
      .default("Europe/Paris"),
    // Medusa reads the provider's channels from its options.
    channels: z.array(z.string()).optional(),
  })
  .strict()
  .refine((options) => !options.user === !options.pass, {
    error: "must be given together with the user name (or both left out)",
    path: ["pass"],
    // Also report it alongside other mistakes, not only once they are fixed.
    when: (payload) => typeof payload.value === "object" && payload.value !== null,
  })

/** Options as written in medusa-config (timeZone may be left out). */
export type SmtpProviderOptions = Omit<z.input<typeof smtpOptionsSchema>, "channels">

/** Options after validation, with defaults filled in. */
export type ResolvedSmtpOptions = Omit<z.output<typeof smtpOptionsSchema>, "channels">

/** The shop's identity, shown by the e-mail layout. */
export type ShopIdentity = Pick<ResolvedSmtpOptions, "shopName" | "shopAddress" | "shopUrl" | "legalUrl" | "timeZone">

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value })
    return true
  } catch {
    return false
  }
}

type OptionProblem = { option: string; message: string }

function findProblems(options: unknown): { options?: ResolvedSmtpOptions; problems: OptionProblem[] } {
  const result = smtpOptionsSchema.safeParse(options ?? {})
  if (result.success) {
    const { channels: _channels, ...resolved } = result.data
    return { options: resolved, problems: [] }
  }
  const problems = result.error.issues.flatMap((issue): OptionProblem[] =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({ option: key, message: "is not an option of this provider" }))
      : [{ option: issue.path.join("."), message: issue.message }]
  )
  return { problems }
}

/**
 * Validates the provider's options and fills in defaults; throws a MedusaError that names
 * every wrong option.
 */
export function parseSmtpOptions(options: unknown): ResolvedSmtpOptions {
  const { options: resolved, problems } = findProblems(options)
  if (!resolved) {
    const details = problems.map(({ option, message }) => `"${option}" ${message}`).join("; ")
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid options for the smtp notification provider: ${details}`)
  }
  return resolved
}

/** Where smtpOptionsFromEnv reads each option. */
export const SMTP_ENV_VARIABLES = {
  host: "SMTP_HOST",
  port: "SMTP_PORT",
  secure: "SMTP_SECURE",
  user: "SMTP_USER",
  pass: "SMTP_PASS",
  from: "SMTP_FROM",
  shopName: "SHOP_NAME",
  shopAddress: "SHOP_ADDRESS",
  shopUrl: "SHOP_URL",
  legalUrl: "SHOP_LEGAL_URL",
  timeZone: "SHOP_TIME_ZONE",
} as const satisfies Record<keyof SmtpProviderOptions, string>

const REQUIRED_OPTIONS = ["host", "port", "from", "shopName", "shopAddress", "shopUrl"] as const

const TRUE_WORDS = ["true", "1", "yes"]
const FALSE_WORDS = ["false", "0", "no"]

/**
 * Builds the provider's options from the environment (SMTP_HOST, SMTP_PORT, SMTP_FROM,
 * SHOP_NAME, SHOP_ADDRESS, SHOP_URL required; SMTP_SECURE — default true on port 465 only —,
 * SMTP_USER, SMTP_PASS, SHOP_LEGAL_URL, SHOP_TIME_ZONE optional). Throws a MedusaError that
 * lists every missing variable, or names each invalid one.
 */
export function smtpOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): SmtpProviderOptions {
  const read = (option: keyof SmtpProviderOptions) => env[SMTP_ENV_VARIABLES[option]]?.trim() || undefined

  const missing = REQUIRED_OPTIONS.filter((option) => !read(option)).map((option) => SMTP_ENV_VARIABLES[option])
  if (missing.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `E-mail cannot be sent: set ${missing.join(", ")} in the environment (SMTP server and shop identity)`
    )
  }

  const port = read("port")!
  const secure = read("secure")?.toLowerCase()
  const candidate = {
    host: read("host"),
    // Left as text when it is not a number, so that validation quotes what was given.
    port: /^\d+$/.test(port) ? Number(port) : port,
    secure:
      secure === undefined ? port === "465" : TRUE_WORDS.includes(secure) ? true : FALSE_WORDS.includes(secure) ? false : secure,
    user: read("user"),
    pass: read("pass"),
    from: read("from"),
    shopName: read("shopName"),
    shopAddress: read("shopAddress"),
    shopUrl: read("shopUrl"),
    legalUrl: read("legalUrl"),
    timeZone: read("timeZone"),
  }
  const defined = Object.fromEntries(Object.entries(candidate).filter(([, value]) => value !== undefined))

  const { options, problems } = findProblems(defined)
  if (!options) {
    const details = problems
      .map(({ option, message }) => `${SMTP_ENV_VARIABLES[option as keyof SmtpProviderOptions] ?? option} ${message}`)
      .join("; ")
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `E-mail cannot be sent: ${details}`)
  }
  return options
}

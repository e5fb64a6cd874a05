/**
 * The `data` each e-mail template expects, for the code that creates notifications
 * (`notificationModuleService.createNotifications({ to, channel: "email", template, data })`).
 *
 * - `locale`: "fr" (default) or "en"; "en-GB", "en-US"… count as "en", anything else as "fr".
 * - Amounts are in major units, as Medusa v2 stores them (49.9 for 49,90 €); Medusa's
 *   BigNumber values and numeric strings are accepted too.
 * - Dates are Date objects or ISO strings.
 * - `first_name` is optional everywhere: without it the greeting is "Bonjour," / "Hello,".
 */

/** A monetary amount in major units (49.9 for 49,90 €). */
export type EmailAmount = number

/** A Date or an ISO 8601 string. */
export type EmailDate = Date | string

type EmailDataBase = {
  /** "fr" (default) or "en". */
  locale?: string | null
  first_name?: string | null
}

/** One order line as `query.graph` returns it on `order.items`. */
export type OrderPlacedEmailLine = {
  title: string
  variant_title?: string | null
  quantity: number
  /** Price of one unit. */
  unit_price: EmailAmount
  /** Line total as Medusa computes it (after the line's discounts, with tax). */
  total: EmailAmount
}

/** `order-placed`: the order confirmation. Fields are the order's, as `query.graph` returns them. */
export type OrderPlacedEmailData = EmailDataBase & {
  order: {
    display_id: number | string
    created_at: EmailDate
    email?: string | null
    /** ISO 4217 code, any case ("eur", "MAD"). */
    currency_code: string
    items: OrderPlacedEmailLine[]
    /**
     * Medusa's `item_subtotal`: the items before discounts and taxes. (Medusa's `subtotal`
     * also counts shipping, which is shown on its own line.)
     */
    item_subtotal: EmailAmount
    /** True when prices include VAT (the lines' `is_tax_inclusive`): the VAT is shown as included. */
    prices_include_tax?: boolean
    discount_total: EmailAmount
    /** 0 when nothing is shipped (digital goods, vouchers): "Aucune livraison nécessaire". */
    shipping_total: EmailAmount
    tax_total: EmailAmount
    total: EmailAmount
    /** The license keys of the order's software, one per unit. */
    licenses?: { title: string; key: string; expires_at: EmailDate | null }[]
  }
}

/** `welcome`: sent when a customer creates an account. */
export type WelcomeEmailData = EmailDataBase

/** `email-verification`: a link that proves the address belongs to the customer. */
export type EmailVerificationEmailData = EmailDataBase & {
  /** http(s) link carrying the verification token. */
  url: string
  /** How long the link stays valid, shown when given. */
  expires_in_minutes?: number | null
}

/** `password-reset`: a link to choose a new password. */
export type PasswordResetEmailData = EmailVerificationEmailData

/** `invoice-issued`: the invoice's PDF comes as the notification's attachment. */
export type InvoiceIssuedEmailData = EmailDataBase & {
  invoice: {
    /** The invoice's id: a resent e-mail attaches its PDF again. */
    id?: string
    /** "INV-2026-000001". */
    number: string
    issued_at: EmailDate
    total: EmailAmount
    currency_code: string
    order_display_id?: number | string | null
  }
}

/** `message`: a message from the shop, in plain text (blank lines separate paragraphs). */
export type MessageEmailData = EmailDataBase & {
  subject: string
  body: string
}

/** `cart-reminder`: an abandoned cart's reminder (first, then a last one). */
export type CartReminderEmailData = EmailDataBase & {
  /** 1 for the first reminder, 2 for the last one. */
  reminder: 1 | 2
  cart: {
    currency_code: string
    items: { title: string; variant_title?: string | null; quantity: number; total: EmailAmount; thumbnail?: string | null }[]
    /** The cart's total as Medusa computes it (with tax). */
    total: EmailAmount
  }
  /** Signed link that brings this cart back on any device (expires after 7 days). */
  restore_url: string
  /** Signed link that stops every cart reminder to this address. */
  opt_out_url: string
}

/** Every template's name and the data it expects. */
export type EmailTemplateData = {
  "order-placed": OrderPlacedEmailData
  welcome: WelcomeEmailData
  "email-verification": EmailVerificationEmailData
  "password-reset": PasswordResetEmailData
  "invoice-issued": InvoiceIssuedEmailData
  message: MessageEmailData
  "cart-reminder": CartReminderEmailData
}

export type EmailTemplateName = keyof EmailTemplateData

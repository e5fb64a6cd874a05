import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CART_REMINDER_MODULE } from "../../modules/cart-reminder"
import type CartReminderModuleService from "../../modules/cart-reminder/service"
import type { CartReminderEmailData } from "../../providers/smtp/types"
import { sendCartReminderWorkflow } from "../../workflows/cart-reminder/send-cart-reminder"
import { emailLocale } from "../email/locale"
import { accountLinkContext, storefrontPageUrl, storefrontUrlOf } from "../storefront/storefront-links"
import { dueReminder } from "./due-reminder"
import { optOutSignature, reminderLinkKey, RESTORE_LINK_DAYS, restoreSignature } from "./signed-links"

const CART_FIELDS = [
  "id",
  "email",
  "currency_code",
  "total",
  "updated_at",
  "metadata",
  "customer.first_name",
  "customer.metadata",
  "region.countries.iso_2",
  "items.title",
  "items.variant_title",
  "items.quantity",
  "items.total",
  "items.thumbnail",
  "items.updated_at",
]

type Cart = {
  id: string
  email: string
  currency_code: string
  total: unknown
  updated_at: string | Date
  metadata?: unknown
  customer?: { first_name?: string | null; metadata?: unknown } | null
  region?: { countries?: { iso_2?: string | null }[] | null } | null
  items?: { title: string; variant_title?: string | null; quantity: unknown; total: unknown; thumbnail?: string | null; updated_at: string | Date }[] | null
}

const latest = (cart: Cart) =>
  new Date(Math.max(new Date(cart.updated_at).getTime(), ...(cart.items ?? []).map((item) => new Date(item.updated_at).getTime())))

/**
 * Sends the reminders due at `now` (the scheduled job passes the clock; tests pass theirs):
 * carts with an e-mail and lines, not completed, younger than `max_cart_age_days`, idle long
 * enough. Each reminder is claimed in the workflow that sends it, so it goes out once.
 */
export async function remindAbandonedCarts(container: MedusaContainer, now = new Date()) {
  const reminders: CartReminderModuleService = container.resolve(CART_REMINDER_MODULE)
  const settings = reminders.settings()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: CART_FIELDS,
    filters: {
      completed_at: null,
      email: { $ne: null },
      created_at: { $gte: new Date(now.getTime() - settings.max_cart_age_days * 86_400_000) },
    },
  })
  const carts = (data as Cart[]).filter((cart) => cart.items?.length)
  if (!carts.length) return { first: 0, second: 0 }

  const ids = carts.map((cart) => cart.id)
  const sent = new Map((await reminders.listCartReminders({ cart_id: ids })).map((row) => [row.cart_id, row]))
  const optedOut = new Set(
    (await reminders.listCartReminderOptOuts({ email: [...new Set(carts.map((cart) => cart.email.toLowerCase()))] })).map((row) => row.email)
  )
  const key = reminderLinkKey(container)
  const counts = { first: 0, second: 0 }

  for (const cart of carts) {
    const previous = sent.get(cart.id)
    const stage = dueReminder(
      {
        last_activity_at: latest(cart),
        reminders_sent: previous?.reminders_sent ?? 0,
        first_sent_at: previous?.first_sent_at ? new Date(previous.first_sent_at) : null,
        opted_out: optedOut.has(cart.email.toLowerCase()),
      },
      now,
      settings
    )
    if (!stage) continue
    const { result: claimed } = await sendCartReminderWorkflow(container).run({
      input: { cart_id: cart.id, email: cart.email, stage, now: now.toISOString(), data: reminderEmail(cart, stage, now, key) },
    })
    if (claimed) counts[stage === 1 ? "first" : "second"]++
  }
  return counts
}

function reminderEmail(cart: Cart, stage: 1 | 2, now: Date, key: string): CartReminderEmailData {
  const context = accountLinkContext({
    locale: emailLocale(cart.metadata, cart.customer?.metadata),
    country_code: cart.region?.countries?.[0]?.iso_2 ?? undefined,
  })
  const expires = Math.floor(now.getTime() / 1000) + RESTORE_LINK_DAYS * 86_400
  return {
    locale: context.locale,
    first_name: cart.customer?.first_name ?? null,
    reminder: stage,
    cart: {
      currency_code: cart.currency_code,
      total: Number(cart.total),
      items: (cart.items ?? []).map((item) => ({
        title: item.title,
        variant_title: item.variant_title ?? null,
        quantity: Number(item.quantity),
        total: Number(item.total),
        thumbnail: item.thumbnail ?? null,
      })),
    },
    restore_url: storefrontUrlOf("/api/cart/restore", context, {
      cart_id: cart.id,
      expires: String(expires),
      signature: restoreSignature(key, cart.id, expires),
      country: context.country_code,
    }),
    opt_out_url: storefrontPageUrl("/reminders/opt-out", context, { email: cart.email, signature: optOutSignature(key, cart.email) }),
  }
}

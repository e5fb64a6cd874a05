import { generateEntityId, InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { CartReminder } from "./models/cart-reminder"
import { CartReminderOptOut } from "./models/cart-reminder-opt-out"
import { parseCartReminderOptions, type ResolvedCartReminderOptions } from "./options"

type StatsRow = { first_sent: string; second_sent: string; restored: string; recovered: string }
type TotalRow = { currency_code: string; total: string }

/** Abandoned-cart reminders: which cart got which, opt-outs, and what reminders brought back. */
class CartReminderModuleService extends MedusaService({ CartReminder, CartReminderOptOut }) {
  protected readonly settings_: ResolvedCartReminderOptions

  constructor(container: Record<string, unknown>, options?: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.settings_ = parseCartReminderOptions(options)
  }

  /** The delays in force (plugin options `cart_reminders`). */
  settings(): ResolvedCartReminderOptions {
    return this.settings_
  }

  /**
   * Claims reminder `stage` (1 or 2) of a cart; true when this caller is the one to send it.
   * One statement each: two job runs at once cannot both claim the same reminder.
   */
  @InjectManager()
  async claimReminder(
    input: { cart_id: string; email: string; stage: 1 | 2; now: Date },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<boolean> {
    const manager = sharedContext.manager as EntityManager
    const rows =
      input.stage === 1
        ? await manager.execute(
            `INSERT INTO cart_reminder (id, cart_id, email, reminders_sent, first_sent_at, created_at, updated_at)
             VALUES (?, ?, ?, 1, ?, now(), now())
             ON CONFLICT (cart_id) WHERE deleted_at IS NULL DO NOTHING RETURNING id`,
            [generateEntityId(undefined, "crem"), input.cart_id, input.email, input.now]
          )
        : await manager.execute(
            `UPDATE cart_reminder SET reminders_sent = 2, second_sent_at = ?, updated_at = now()
             WHERE cart_id = ? AND reminders_sent = 1 AND deleted_at IS NULL RETURNING id`,
            [input.now, input.cart_id]
          )
    return rows.length === 1
  }

  /** Takes back a claim whose e-mail could not be queued (a workflow's compensation). */
  @InjectManager()
  async releaseReminder(
    input: { cart_id: string; stage: 1 | 2 },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    const manager = sharedContext.manager as EntityManager
    if (input.stage === 1) {
      await manager.execute(`DELETE FROM cart_reminder WHERE cart_id = ? AND reminders_sent = 1`, [input.cart_id])
    } else {
      await manager.execute(
        `UPDATE cart_reminder SET reminders_sent = 1, second_sent_at = NULL, updated_at = now() WHERE cart_id = ? AND reminders_sent = 2`,
        [input.cart_id]
      )
    }
  }

  /** Records that an address wants no more reminders; true when it is new (again is fine). */
  @InjectManager()
  async optOut(email: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<boolean> {
    const rows = await (sharedContext.manager as EntityManager).execute(
      `INSERT INTO cart_reminder_opt_out (id, email, created_at, updated_at) VALUES (?, ?, now(), now())
       ON CONFLICT (email) WHERE deleted_at IS NULL DO NOTHING RETURNING id`,
      [generateEntityId(undefined, "cropt"), email.trim().toLowerCase()]
    )
    return rows.length === 1
  }

  /** Counts over reminders first sent since `since`, and all-time opt-outs. */
  @InjectManager()
  async summarize(since: Date, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    const manager = sharedContext.manager as EntityManager
    const [counts] = (await manager.execute(
      `SELECT count(*) AS first_sent, count(second_sent_at) AS second_sent, count(restored_at) AS restored, count(recovered_at) AS recovered
         FROM cart_reminder WHERE deleted_at IS NULL AND first_sent_at >= ?`,
      [since]
    )) as StatsRow[]
    const totals = (await manager.execute(
      `SELECT currency_code, sum(order_total) AS total FROM cart_reminder
        WHERE deleted_at IS NULL AND first_sent_at >= ? AND recovered_at IS NOT NULL GROUP BY currency_code ORDER BY currency_code`,
      [since]
    )) as TotalRow[]
    const [{ count: optedOut }] = (await manager.execute(
      `SELECT count(*) AS count FROM cart_reminder_opt_out WHERE deleted_at IS NULL`
    )) as { count: string }[]
    return {
      first_sent: Number(counts.first_sent),
      second_sent: Number(counts.second_sent),
      restored: Number(counts.restored),
      recovered: Number(counts.recovered),
      recovered_totals: totals.map((row) => ({ currency_code: row.currency_code, total: Number(row.total) })),
      opted_out: Number(optedOut),
    }
  }
}

export default CartReminderModuleService

import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Written by hand, beside `deal_listing_state`'s version: the moment up to which the starts
 * and ends of price lists have been applied to the listing (see `refreshPriceListWindows`).
 */
export class Migration20261125140000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`ALTER TABLE "deal_listing_state" ADD COLUMN IF NOT EXISTS "price_windows_checked_at" timestamptz NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`ALTER TABLE IF EXISTS "deal_listing_state" DROP COLUMN IF EXISTS "price_windows_checked_at";`)
  }
}

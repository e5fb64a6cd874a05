import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129141719 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cart_reminder_opt_out" drop constraint if exists "cart_reminder_opt_out_email_unique";`);
    this.addSql(`alter table if exists "cart_reminder" drop constraint if exists "cart_reminder_cart_id_unique";`);
    this.addSql(`create table if not exists "cart_reminder" ("id" text not null, "cart_id" text not null, "email" text not null, "reminders_sent" integer not null, "first_sent_at" timestamptz not null, "second_sent_at" timestamptz null, "restored_at" timestamptz null, "recovered_at" timestamptz null, "order_id" text null, "order_total" numeric null, "currency_code" text null, "raw_order_total" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cart_reminder_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cart_reminder_deleted_at" ON "cart_reminder" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cart_reminder_cart_id_unique" ON "cart_reminder" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cart_reminder_first_sent_at" ON "cart_reminder" ("first_sent_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "cart_reminder_opt_out" ("id" text not null, "email" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cart_reminder_opt_out_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cart_reminder_opt_out_deleted_at" ON "cart_reminder_opt_out" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cart_reminder_opt_out_email_unique" ON "cart_reminder_opt_out" ("email") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cart_reminder" cascade;`);

    this.addSql(`drop table if exists "cart_reminder_opt_out" cascade;`);
  }

}

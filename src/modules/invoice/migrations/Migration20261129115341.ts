import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129115341 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "invoice" drop constraint if exists "invoice_number_unique";`);
    this.addSql(`create table if not exists "invoice" ("id" text not null, "kind" text check ("kind" in ('invoice', 'credit_note')) not null default 'invoice', "number" text not null, "year" integer not null, "sequence" integer not null, "status" text check ("status" in ('issued', 'paid', 'cancelled', 'refunded')) not null default 'issued', "order_id" text not null, "order_display_id" integer null, "customer_id" text null, "credited_invoice_id" text null, "reason" text null, "credit_reference" text null, "locale" text not null default 'fr', "currency_code" text not null, "issued_at" timestamptz not null, "due_at" timestamptz not null, "paid_at" timestamptz null, "seller" jsonb not null, "buyer" jsonb not null, "lines" jsonb not null, "tax_breakdown" jsonb not null, "total_net" numeric not null, "total_tax" numeric not null, "total_gross" numeric not null, "discount_total" numeric not null, "shipping_total" numeric not null, "file_id" text null, "raw_total_net" jsonb not null, "raw_total_tax" jsonb not null, "raw_total_gross" jsonb not null, "raw_discount_total" jsonb not null, "raw_shipping_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "invoice_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_deleted_at" ON "invoice" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoice_number_unique" ON "invoice" ("number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoice_one_per_order" ON "invoice" ("order_id") WHERE kind = 'invoice' AND deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoice_credit_reference" ON "invoice" ("credit_reference") WHERE credit_reference IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_credited_invoice_id" ON "invoice" ("credited_invoice_id") WHERE credited_invoice_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_issued_at" ON "invoice" ("issued_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_status_issued_at" ON "invoice" ("status", "issued_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_customer_id" ON "invoice" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "invoice_sequence" ("id" text not null, "kind" text not null, "year" integer not null, "last_number" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "invoice_sequence_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_sequence_deleted_at" ON "invoice_sequence" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoice_sequence_kind_year" ON "invoice_sequence" ("kind", "year") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "invoice" cascade;`);

    this.addSql(`drop table if exists "invoice_sequence" cascade;`);
  }

}

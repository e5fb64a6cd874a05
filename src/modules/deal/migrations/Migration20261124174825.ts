import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124174825 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "deal" drop constraint if exists "deal_product_id_unique";`);
    this.addSql(`create table if not exists "deal" ("id" text not null, "product_id" text not null, "subtitle" text null, "highlights" text[] not null default '{}', "included" text[] not null default '{}', "how_it_works" text null, "conditions" text null, "faq" jsonb not null default '[]', "location_address" text null, "location_city" text null, "location_lat" real null, "location_lng" real null, "starts_at" timestamptz null, "ends_at" timestamptz null, "is_featured" boolean not null default false, "is_deal_of_day" boolean not null default false, "min_quantity" integer not null default 1, "max_quantity" integer null, "bought_count" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "deal_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_deal_deleted_at" ON "deal" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_deal_product_id_unique" ON "deal" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_deal_single_deal_of_day" ON "deal" ("is_deal_of_day") WHERE is_deal_of_day = true AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_deal_ends_at" ON "deal" ("ends_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_deal_is_featured" ON "deal" ("is_featured") WHERE is_featured = true AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "deal" cascade;`);
  }

}

import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125093855 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "deal_listing_price" drop constraint if exists "deal_listing_price_deal_id_region_id_unique";`);
    this.addSql(`alter table if exists "deal_listing" drop constraint if exists "deal_listing_product_id_unique";`);
    this.addSql(`create table if not exists "deal_listing" ("id" text not null, "product_id" text not null, "product_status" text not null, "handle" text not null, "title" text not null, "subtitle" text null, "thumbnail" text null, "location_address" text null, "location_city" text null, "location_lat" real null, "location_lng" real null, "starts_at" timestamptz null, "ends_at" timestamptz null, "is_featured" boolean not null default false, "is_deal_of_day" boolean not null default false, "bought_count" integer not null default 0, "deal_created_at" timestamptz not null, "category_ids" text[] not null default '{}', "sales_channel_ids" text[] not null default '{}', "search_text" text not null default '', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "deal_listing_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_deal_listing_deleted_at" ON "deal_listing" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_deal_listing_product_id_unique" ON "deal_listing" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_deal_listing_bought_count_deal_created_at_id" ON "deal_listing" ("bought_count", "deal_created_at", "id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_deal_listing_deal_created_at_id" ON "deal_listing" ("deal_created_at", "id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_deal_listing_ends_at_id" ON "deal_listing" ("ends_at", "id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_deal_listing_starts_at" ON "deal_listing" ("starts_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_deal_listing_category_ids" ON "deal_listing" USING GIN ("category_ids") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_deal_listing_sales_channel_ids" ON "deal_listing" USING GIN ("sales_channel_ids") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_deal_listing_location_city" ON "deal_listing" ("location_city") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "deal_listing_price" ("id" text not null, "deal_id" text not null, "region_id" text not null, "currency_code" text not null, "variant_id" text not null, "amount" numeric not null, "original_amount" numeric not null, "raw_amount" jsonb not null, "raw_original_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "deal_listing_price_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_deal_listing_price_deleted_at" ON "deal_listing_price" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_deal_listing_price_deal_id_region_id_unique" ON "deal_listing_price" ("deal_id", "region_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_deal_listing_price_region_id_amount_deal_id" ON "deal_listing_price" ("region_id", "amount", "deal_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "deal" add constraint CK_deal_quantity_bounds check(min_quantity >= 1 AND (max_quantity IS NULL OR max_quantity >= min_quantity));`);
    this.addSql(`alter table if exists "deal" add constraint CK_deal_offer_window check(starts_at IS NULL OR ends_at IS NULL OR ends_at > starts_at);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "deal_listing" cascade;`);

    this.addSql(`drop table if exists "deal_listing_price" cascade;`);

    this.addSql(`alter table if exists "deal" drop constraint if exists CK_deal_quantity_bounds;`);
    this.addSql(`alter table if exists "deal" drop constraint if exists CK_deal_offer_window;`);
  }

}

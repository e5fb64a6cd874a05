import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129172255 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "license_policy" drop constraint if exists "license_policy_variant_id_unique";`);
    this.addSql(`alter table if exists "license_activation" drop constraint if exists "license_activation_license_id_fingerprint_unique";`);
    this.addSql(`alter table if exists "license" drop constraint if exists "license_line_item_id_unit_index_unique";`);
    this.addSql(`alter table if exists "license" drop constraint if exists "license_key_unique";`);
    this.addSql(`alter table if exists "digital_asset" drop constraint if exists "digital_asset_variant_id_name_version_unique";`);
    this.addSql(`create table if not exists "digital_asset" ("id" text not null, "variant_id" text not null, "product_id" text not null, "name" text not null, "file_id" text not null, "mime_type" text not null, "size" integer not null, "checksum_sha256" text not null, "version" text not null, "changelog" text null, "is_current" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "digital_asset_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_digital_asset_deleted_at" ON "digital_asset" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_digital_asset_variant_id_name_version_unique" ON "digital_asset" ("variant_id", "name", "version") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_digital_asset_one_current" ON "digital_asset" ("variant_id", "name") WHERE is_current AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "download" ("id" text not null, "asset_id" text not null, "order_id" text not null, "customer_id" text null, "email" text not null, "ip" text null, "bytes" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "download_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_download_deleted_at" ON "download" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_download_asset_id_created_at" ON "download" ("asset_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_download_customer_id_created_at" ON "download" ("customer_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "license" ("id" text not null, "key" text not null, "policy_id" text not null, "variant_id" text not null, "product_id" text not null, "order_id" text not null, "line_item_id" text not null, "unit_index" integer not null, "customer_id" text null, "email" text not null, "status" text check ("status" in ('active', 'suspended', 'revoked', 'expired')) not null default 'active', "status_reason" text null, "expires_at" timestamptz null, "max_activations_override" integer null, "expiry_warned_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "license_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_license_deleted_at" ON "license" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_license_key_unique" ON "license" ("key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_license_line_item_id_unit_index_unique" ON "license" ("line_item_id", "unit_index") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_license_customer_id" ON "license" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_license_order_id" ON "license" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_license_email" ON "license" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_license_expires_at" ON "license" ("expires_at") WHERE status = 'active' AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "license_activation" ("id" text not null, "license_id" text not null, "fingerprint" text not null, "name" text null, "platform" text null, "ip" text null, "last_validated_at" timestamptz null, "deactivated_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "license_activation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_license_activation_deleted_at" ON "license_activation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_license_activation_license_id_fingerprint_unique" ON "license_activation" ("license_id", "fingerprint") WHERE deactivated_at IS NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_license_activation_license_id_created_at" ON "license_activation" ("license_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "license_policy" ("id" text not null, "variant_id" text not null, "product_id" text not null, "max_activations" integer not null default 3, "duration_days" integer null, "transferable" boolean not null default false, "key_prefix" text not null default 'CPT', "suspend_on_refund" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "license_policy_pkey" primary key ("id"), constraint license_policy_max_activations_positive check (max_activations >= 1), constraint license_policy_duration_positive check (duration_days IS NULL OR duration_days >= 1));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_license_policy_deleted_at" ON "license_policy" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_license_policy_variant_id_unique" ON "license_policy" ("variant_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "digital_asset" cascade;`);

    this.addSql(`drop table if exists "download" cascade;`);

    this.addSql(`drop table if exists "license" cascade;`);

    this.addSql(`drop table if exists "license_activation" cascade;`);

    this.addSql(`drop table if exists "license_policy" cascade;`);
  }

}

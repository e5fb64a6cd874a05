import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129163812 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "webhook_attempt" ("id" text not null, "delivery_id" text not null, "endpoint_id" text not null, "attempt" integer not null, "succeeded" boolean not null, "status" integer null, "latency_ms" integer not null, "request_headers" jsonb not null, "request_body" text not null, "response_excerpt" text null, "error" text null, "next_attempt_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "webhook_attempt_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_webhook_attempt_deleted_at" ON "webhook_attempt" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_webhook_attempt_delivery_id_attempt" ON "webhook_attempt" ("delivery_id", "attempt") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "webhook_delivery" ("id" text not null, "endpoint_id" text not null, "message_id" text not null, "event_type" text not null, "state" text check ("state" in ('pending', 'succeeded', 'failed')) not null default 'pending', "attempts" integer not null default 0, "next_attempt_at" timestamptz null, "locked_until" timestamptz null, "last_status" integer null, "last_error" text null, "delivered_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "webhook_delivery_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_webhook_delivery_deleted_at" ON "webhook_delivery" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_webhook_delivery_next_attempt_at" ON "webhook_delivery" ("next_attempt_at") WHERE state = 'pending' AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_webhook_delivery_endpoint_id_created_at" ON "webhook_delivery" ("endpoint_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_webhook_delivery_message_id" ON "webhook_delivery" ("message_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_webhook_delivery_state_created_at" ON "webhook_delivery" ("state", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "webhook_endpoint" ("id" text not null, "url" text not null, "description" text null, "event_types" jsonb not null, "status" text check ("status" in ('active', 'disabled')) not null default 'active', "disabled_reason" text null, "disabled_at" timestamptz null, "failing_since" timestamptz null, "secret" text not null, "previous_secret" text null, "previous_secret_expires_at" timestamptz null, "headers" jsonb null, "timeout_ms" integer not null default 15000, "payload_template" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "webhook_endpoint_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_webhook_endpoint_deleted_at" ON "webhook_endpoint" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_webhook_endpoint_status" ON "webhook_endpoint" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "webhook_message" ("id" text not null, "event_type" text not null, "data" jsonb not null, "occurred_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "webhook_message_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_webhook_message_deleted_at" ON "webhook_message" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_webhook_message_event_type" ON "webhook_message" ("event_type") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_webhook_message_created_at" ON "webhook_message" ("created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "webhook_attempt" cascade;`);

    this.addSql(`drop table if exists "webhook_delivery" cascade;`);

    this.addSql(`drop table if exists "webhook_endpoint" cascade;`);

    this.addSql(`drop table if exists "webhook_message" cascade;`);
  }

}

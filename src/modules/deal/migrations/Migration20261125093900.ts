import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Written by hand: what the data-model DSL cannot express for the deal listing's search.
 * - `unaccent` and `pg_trgm` (trusted extensions: a database owner may create them);
 * - text search configurations `comptoir_french` / `comptoir_english` that fold accents
 *   before stemming ("Fès" and "fes" give the same lexeme);
 * - the weighted `search_vector` (title A, subtitle/categories/city B, description C)
 *   with its GIN index, and a trigram index on `search_text` for typo tolerance;
 * - `deal_listing_state`, the listing's version, bumped by every write in the same
 *   transaction so that cached counts and facets of an older version are never served.
 */
export class Migration20261125093900 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE EXTENSION IF NOT EXISTS unaccent;`)
    this.addSql(`CREATE EXTENSION IF NOT EXISTS pg_trgm;`)
    for (const language of ["french", "english"]) {
      this.addSql(`DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'comptoir_${language}') THEN
          CREATE TEXT SEARCH CONFIGURATION comptoir_${language} (COPY = ${language});
          ALTER TEXT SEARCH CONFIGURATION comptoir_${language}
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, ${language}_stem;
        END IF;
      END $$;`)
    }
    this.addSql(`ALTER TABLE "deal_listing" ADD COLUMN IF NOT EXISTS "search_vector" tsvector NOT NULL DEFAULT ''::tsvector;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_deal_listing_search_vector" ON "deal_listing" USING GIN ("search_vector");`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_deal_listing_search_text_trgm" ON "deal_listing" USING GIN ("search_text" gin_trgm_ops);`)
    this.addSql(`CREATE TABLE IF NOT EXISTS "deal_listing_state" (
      "id" integer PRIMARY KEY CHECK ("id" = 1),
      "version" bigint NOT NULL DEFAULT 0,
      "updated_at" timestamptz NOT NULL DEFAULT now()
    );`)
    this.addSql(`INSERT INTO "deal_listing_state" ("id", "version") VALUES (1, 0) ON CONFLICT DO NOTHING;`)
  }

  override async down(): Promise<void> {
    this.addSql(`DROP TABLE IF EXISTS "deal_listing_state";`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_deal_listing_search_text_trgm";`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_deal_listing_search_vector";`)
    this.addSql(`ALTER TABLE IF EXISTS "deal_listing" DROP COLUMN IF EXISTS "search_vector";`)
    this.addSql(`DROP TEXT SEARCH CONFIGURATION IF EXISTS comptoir_french;`)
    this.addSql(`DROP TEXT SEARCH CONFIGURATION IF EXISTS comptoir_english;`)
  }
}

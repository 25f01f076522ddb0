import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'

/**
 * Hand-written: each office's audit chain head (last sequence and hash) in its own row. An
 * appender locks and reads it in one statement (`INSERT ... ON CONFLICT DO UPDATE ... RETURNING`
 * always sees the latest committed head), and moves it in the same statement that inserts the
 * events: two round trips per append instead of an advisory lock, a read and an insert. The head
 * also records where a chain ends, so a truncated tail is visible. Backfilled from the events.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE IF NOT EXISTS "audit_chain_heads" (
    "tenant_id" integer PRIMARY KEY REFERENCES "offices"("id") ON DELETE CASCADE,
    "sequence" bigint NOT NULL,
    "hash" varchar(64) NOT NULL
  );
  INSERT INTO "audit_chain_heads" ("tenant_id", "sequence", "hash")
    SELECT DISTINCT ON ("tenant_id") "tenant_id", "sequence", "hash" FROM "audit_events"
    WHERE "tenant_id" IS NOT NULL ORDER BY "tenant_id", "sequence" DESC
  ON CONFLICT ("tenant_id") DO NOTHING;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "audit_chain_heads";`)
}

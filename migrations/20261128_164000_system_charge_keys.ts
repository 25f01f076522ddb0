import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'

/**
 * Hand-written: a charge the system creates (a late fee, a bulk issue, a recurring charge) carries
 * its natural key in `source_reference`; this index makes creating it twice impossible, whatever
 * retries, replays or concurrent workers do. Manual charges are left free: an accountant may
 * reuse an invoice number.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE UNIQUE INDEX IF NOT EXISTS "charges_system_key_idx" ON "charges" USING btree ("apartment_id", "source", "source_reference")
    WHERE "source" <> 'manual' AND "source_reference" IS NOT NULL;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP INDEX IF EXISTS "charges_system_key_idx";`)
}

import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'

/**
 * Hand-written: the debt report reads the open charges of a page of debtors; this partial index
 * holds only open charges, by apartment, so it reads those rows and nothing of the paid history.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE INDEX IF NOT EXISTS "charges_open_by_apartment_idx" ON "charges" USING btree ("apartment_id")
    INCLUDE ("open_amount", "due_date") WHERE "open_amount" > 0;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP INDEX IF EXISTS "charges_open_by_apartment_idx";`)
}

import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'

/**
 * Hand-written: the rate-limit counters (`src/lib/rateLimits`) when no Redis is configured, in the
 * shape `rate-limiter-flexible`'s PostgreSQL store reads and writes (one row per policy and key:
 * the points consumed in the current window and when it ends, in epoch milliseconds). A plain
 * table shared by every app instance; the store's own CREATE TABLE is off, so the schema comes
 * from here. `expire` is indexed for the daily cleanup of ended windows.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "rate_limits" (
    "key" varchar(255) PRIMARY KEY NOT NULL,
    "points" integer DEFAULT 0 NOT NULL,
    "expire" bigint
  );
  CREATE INDEX "rate_limits_expire_idx" ON "rate_limits" USING btree ("expire");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE "rate_limits";`)
}

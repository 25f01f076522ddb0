import type { MigrateUpArgs, MigrateDownArgs } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "dunning_runs" ADD COLUMN "scheduled_for" timestamp(3) with time zone;
  CREATE UNIQUE INDEX "policy_scheduledFor_idx" ON "dunning_runs" USING btree ("policy_id","scheduled_for");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "policy_scheduledFor_idx";
  ALTER TABLE "dunning_runs" DROP COLUMN "scheduled_for";`)
}

import type { MigrateUpArgs, MigrateDownArgs } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "dunning_runs" ADD COLUMN "requested_by_id" integer;
  ALTER TABLE "dunning_runs" ADD CONSTRAINT "dunning_runs_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "dunning_runs_requested_by_idx" ON "dunning_runs" USING btree ("requested_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "dunning_runs" DROP CONSTRAINT "dunning_runs_requested_by_id_users_id_fk";
  
  DROP INDEX "dunning_runs_requested_by_idx";
  ALTER TABLE "dunning_runs" DROP COLUMN "requested_by_id";`)
}

import type { MigrateUpArgs, MigrateDownArgs } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_dunning_tasks_kind" AS ENUM('follow-up', 'legal-notice');
  CREATE TYPE "public"."enum_dunning_tasks_status" AS ENUM('open', 'done', 'dismissed');
  CREATE TABLE "dunning_tasks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"title" varchar NOT NULL,
  	"kind" "enum_dunning_tasks_kind" NOT NULL,
  	"status" "enum_dunning_tasks_status" DEFAULT 'open' NOT NULL,
  	"apartment_id" integer NOT NULL,
  	"building_id" integer,
  	"run_id" integer,
  	"step_index" numeric,
  	"amount_overdue" numeric,
  	"days_overdue" numeric,
  	"idempotency_key" varchar,
  	"note" varchar,
  	"closed_at" timestamp(3) with time zone,
  	"closed_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "dunning_events" ADD COLUMN "late_fee" numeric;
  ALTER TABLE "dunning_events" ADD COLUMN "late_fee_charge_id" integer;
  ALTER TABLE "dunning_events" ADD COLUMN "task_id" integer;
  ALTER TABLE "dunning_events" ADD COLUMN "is_legal_notice" boolean DEFAULT false;
  ALTER TABLE "promises_to_pay" ADD COLUMN "paid" numeric DEFAULT 0;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "dunning_tasks_id" integer;
  ALTER TABLE "dunning_tasks" ADD CONSTRAINT "dunning_tasks_tenant_id_offices_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."offices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dunning_tasks" ADD CONSTRAINT "dunning_tasks_apartment_id_apartments_id_fk" FOREIGN KEY ("apartment_id") REFERENCES "public"."apartments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dunning_tasks" ADD CONSTRAINT "dunning_tasks_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dunning_tasks" ADD CONSTRAINT "dunning_tasks_run_id_dunning_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."dunning_runs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dunning_tasks" ADD CONSTRAINT "dunning_tasks_closed_by_id_users_id_fk" FOREIGN KEY ("closed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "dunning_tasks_tenant_idx" ON "dunning_tasks" USING btree ("tenant_id");
  CREATE INDEX "dunning_tasks_status_idx" ON "dunning_tasks" USING btree ("status");
  CREATE INDEX "dunning_tasks_apartment_idx" ON "dunning_tasks" USING btree ("apartment_id");
  CREATE INDEX "dunning_tasks_building_idx" ON "dunning_tasks" USING btree ("building_id");
  CREATE INDEX "dunning_tasks_run_idx" ON "dunning_tasks" USING btree ("run_id");
  CREATE UNIQUE INDEX "dunning_tasks_idempotency_key_idx" ON "dunning_tasks" USING btree ("idempotency_key");
  CREATE INDEX "dunning_tasks_closed_by_idx" ON "dunning_tasks" USING btree ("closed_by_id");
  CREATE INDEX "dunning_tasks_updated_at_idx" ON "dunning_tasks" USING btree ("updated_at");
  CREATE INDEX "dunning_tasks_created_at_idx" ON "dunning_tasks" USING btree ("created_at");
  ALTER TABLE "dunning_events" ADD CONSTRAINT "dunning_events_late_fee_charge_id_charges_id_fk" FOREIGN KEY ("late_fee_charge_id") REFERENCES "public"."charges"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dunning_events" ADD CONSTRAINT "dunning_events_task_id_dunning_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."dunning_tasks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_dunning_tasks_fk" FOREIGN KEY ("dunning_tasks_id") REFERENCES "public"."dunning_tasks"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "dunning_events_late_fee_charge_idx" ON "dunning_events" USING btree ("late_fee_charge_id");
  CREATE INDEX "dunning_events_task_idx" ON "dunning_events" USING btree ("task_id");
  CREATE INDEX "payload_locked_documents_rels_dunning_tasks_id_idx" ON "payload_locked_documents_rels" USING btree ("dunning_tasks_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "dunning_tasks" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "dunning_tasks" CASCADE;
  ALTER TABLE "dunning_events" DROP CONSTRAINT "dunning_events_late_fee_charge_id_charges_id_fk";
  
  ALTER TABLE "dunning_events" DROP CONSTRAINT "dunning_events_task_id_dunning_tasks_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_dunning_tasks_fk";
  
  DROP INDEX "dunning_events_late_fee_charge_idx";
  DROP INDEX "dunning_events_task_idx";
  DROP INDEX "payload_locked_documents_rels_dunning_tasks_id_idx";
  ALTER TABLE "dunning_events" DROP COLUMN "late_fee";
  ALTER TABLE "dunning_events" DROP COLUMN "late_fee_charge_id";
  ALTER TABLE "dunning_events" DROP COLUMN "task_id";
  ALTER TABLE "dunning_events" DROP COLUMN "is_legal_notice";
  ALTER TABLE "promises_to_pay" DROP COLUMN "paid";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "dunning_tasks_id";
  DROP TYPE "public"."enum_dunning_tasks_kind";
  DROP TYPE "public"."enum_dunning_tasks_status";`)
}

import type { MigrateUpArgs, MigrateDownArgs } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_bulk_jobs_action" AS ENUM('common-expense-issue', 'recurring-expenses', 'reminders', 'export', 'reversal');
  CREATE TYPE "public"."enum_bulk_jobs_status" AS ENUM('draft', 'dry-run-ready', 'executing', 'completed', 'completed-with-errors', 'failed', 'cancelled');
  CREATE TYPE "public"."enum_bulk_job_items_status" AS ENUM('pending', 'succeeded', 'failed', 'skipped');
  CREATE TYPE "public"."enum_bulk_templates_action" AS ENUM('common-expense-issue', 'recurring-expenses', 'reminders', 'export', 'reversal');
  CREATE TABLE "bulk_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"action" "enum_bulk_jobs_action" NOT NULL,
  	"scope_period" varchar,
  	"parameters" jsonb,
  	"status" "enum_bulk_jobs_status" DEFAULT 'draft' NOT NULL,
  	"plan_hash" varchar,
  	"estimated_impact" jsonb,
  	"dry_run_at" timestamp(3) with time zone,
  	"items_total" numeric DEFAULT 0,
  	"items_succeeded" numeric DEFAULT 0,
  	"items_failed" numeric DEFAULT 0,
  	"items_skipped" numeric DEFAULT 0,
  	"validation_error_count" numeric DEFAULT 0,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"trace_id" varchar,
  	"created_by_id" integer,
  	"reverses_id" integer,
  	"export_file_id" integer,
  	"error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "bulk_jobs_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"buildings_id" integer,
  	"apartments_id" integer
  );
  
  CREATE TABLE "bulk_job_items" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"job_id" integer NOT NULL,
  	"building_id" integer,
  	"apartment_id" integer,
  	"status" "enum_bulk_job_items_status" DEFAULT 'pending' NOT NULL,
  	"attempts" numeric DEFAULT 0,
  	"preview" jsonb,
  	"validation_errors" jsonb,
  	"amount" numeric,
  	"effect_type" varchar,
  	"effect_ids" jsonb,
  	"idempotency_key" varchar,
  	"error" varchar,
  	"finished_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "bulk_job_errors" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"job_id" integer NOT NULL,
  	"item_id" integer NOT NULL,
  	"building_id" integer,
  	"code" varchar NOT NULL,
  	"message" varchar NOT NULL,
  	"attempt" numeric NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "bulk_templates" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"name" varchar NOT NULL,
  	"action" "enum_bulk_templates_action" NOT NULL,
  	"scope_period" varchar,
  	"parameters" jsonb,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "bulk_templates_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"buildings_id" integer,
  	"apartments_id" integer
  );
  
  CREATE TABLE "bulk_exports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"job_id" integer,
  	"rows" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "bulk_jobs_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "bulk_job_items_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "bulk_job_errors_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "bulk_templates_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "bulk_exports_id" integer;
  ALTER TABLE "bulk_jobs" ADD CONSTRAINT "bulk_jobs_tenant_id_offices_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."offices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bulk_jobs" ADD CONSTRAINT "bulk_jobs_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bulk_jobs" ADD CONSTRAINT "bulk_jobs_reverses_id_bulk_jobs_id_fk" FOREIGN KEY ("reverses_id") REFERENCES "public"."bulk_jobs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bulk_jobs" ADD CONSTRAINT "bulk_jobs_export_file_id_bulk_exports_id_fk" FOREIGN KEY ("export_file_id") REFERENCES "public"."bulk_exports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bulk_jobs_rels" ADD CONSTRAINT "bulk_jobs_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."bulk_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bulk_jobs_rels" ADD CONSTRAINT "bulk_jobs_rels_buildings_fk" FOREIGN KEY ("buildings_id") REFERENCES "public"."buildings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bulk_jobs_rels" ADD CONSTRAINT "bulk_jobs_rels_apartments_fk" FOREIGN KEY ("apartments_id") REFERENCES "public"."apartments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bulk_job_items" ADD CONSTRAINT "bulk_job_items_tenant_id_offices_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."offices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bulk_job_items" ADD CONSTRAINT "bulk_job_items_job_id_bulk_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."bulk_jobs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bulk_job_items" ADD CONSTRAINT "bulk_job_items_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bulk_job_items" ADD CONSTRAINT "bulk_job_items_apartment_id_apartments_id_fk" FOREIGN KEY ("apartment_id") REFERENCES "public"."apartments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bulk_job_errors" ADD CONSTRAINT "bulk_job_errors_tenant_id_offices_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."offices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bulk_job_errors" ADD CONSTRAINT "bulk_job_errors_job_id_bulk_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."bulk_jobs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bulk_job_errors" ADD CONSTRAINT "bulk_job_errors_item_id_bulk_job_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."bulk_job_items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bulk_job_errors" ADD CONSTRAINT "bulk_job_errors_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bulk_templates" ADD CONSTRAINT "bulk_templates_tenant_id_offices_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."offices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bulk_templates" ADD CONSTRAINT "bulk_templates_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bulk_templates_rels" ADD CONSTRAINT "bulk_templates_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."bulk_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bulk_templates_rels" ADD CONSTRAINT "bulk_templates_rels_buildings_fk" FOREIGN KEY ("buildings_id") REFERENCES "public"."buildings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bulk_templates_rels" ADD CONSTRAINT "bulk_templates_rels_apartments_fk" FOREIGN KEY ("apartments_id") REFERENCES "public"."apartments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bulk_exports" ADD CONSTRAINT "bulk_exports_tenant_id_offices_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."offices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bulk_exports" ADD CONSTRAINT "bulk_exports_job_id_bulk_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."bulk_jobs"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "bulk_jobs_tenant_idx" ON "bulk_jobs" USING btree ("tenant_id");
  CREATE INDEX "bulk_jobs_action_idx" ON "bulk_jobs" USING btree ("action");
  CREATE INDEX "bulk_jobs_status_idx" ON "bulk_jobs" USING btree ("status");
  CREATE INDEX "bulk_jobs_trace_id_idx" ON "bulk_jobs" USING btree ("trace_id");
  CREATE INDEX "bulk_jobs_created_by_idx" ON "bulk_jobs" USING btree ("created_by_id");
  CREATE INDEX "bulk_jobs_reverses_idx" ON "bulk_jobs" USING btree ("reverses_id");
  CREATE INDEX "bulk_jobs_export_file_idx" ON "bulk_jobs" USING btree ("export_file_id");
  CREATE INDEX "bulk_jobs_updated_at_idx" ON "bulk_jobs" USING btree ("updated_at");
  CREATE INDEX "bulk_jobs_created_at_idx" ON "bulk_jobs" USING btree ("created_at");
  CREATE INDEX "bulk_jobs_rels_order_idx" ON "bulk_jobs_rels" USING btree ("order");
  CREATE INDEX "bulk_jobs_rels_parent_idx" ON "bulk_jobs_rels" USING btree ("parent_id");
  CREATE INDEX "bulk_jobs_rels_path_idx" ON "bulk_jobs_rels" USING btree ("path");
  CREATE INDEX "bulk_jobs_rels_buildings_id_idx" ON "bulk_jobs_rels" USING btree ("buildings_id");
  CREATE INDEX "bulk_jobs_rels_apartments_id_idx" ON "bulk_jobs_rels" USING btree ("apartments_id");
  CREATE INDEX "bulk_job_items_tenant_idx" ON "bulk_job_items" USING btree ("tenant_id");
  CREATE INDEX "bulk_job_items_job_idx" ON "bulk_job_items" USING btree ("job_id");
  CREATE INDEX "bulk_job_items_building_idx" ON "bulk_job_items" USING btree ("building_id");
  CREATE INDEX "bulk_job_items_apartment_idx" ON "bulk_job_items" USING btree ("apartment_id");
  CREATE INDEX "bulk_job_items_status_idx" ON "bulk_job_items" USING btree ("status");
  CREATE UNIQUE INDEX "bulk_job_items_idempotency_key_idx" ON "bulk_job_items" USING btree ("idempotency_key");
  CREATE INDEX "bulk_job_items_updated_at_idx" ON "bulk_job_items" USING btree ("updated_at");
  CREATE INDEX "bulk_job_items_created_at_idx" ON "bulk_job_items" USING btree ("created_at");
  CREATE INDEX "job_status_idx" ON "bulk_job_items" USING btree ("job_id","status");
  CREATE INDEX "bulk_job_errors_tenant_idx" ON "bulk_job_errors" USING btree ("tenant_id");
  CREATE INDEX "bulk_job_errors_job_idx" ON "bulk_job_errors" USING btree ("job_id");
  CREATE INDEX "bulk_job_errors_item_idx" ON "bulk_job_errors" USING btree ("item_id");
  CREATE INDEX "bulk_job_errors_building_idx" ON "bulk_job_errors" USING btree ("building_id");
  CREATE INDEX "bulk_job_errors_updated_at_idx" ON "bulk_job_errors" USING btree ("updated_at");
  CREATE INDEX "bulk_job_errors_created_at_idx" ON "bulk_job_errors" USING btree ("created_at");
  CREATE INDEX "bulk_templates_tenant_idx" ON "bulk_templates" USING btree ("tenant_id");
  CREATE INDEX "bulk_templates_created_by_idx" ON "bulk_templates" USING btree ("created_by_id");
  CREATE INDEX "bulk_templates_updated_at_idx" ON "bulk_templates" USING btree ("updated_at");
  CREATE INDEX "bulk_templates_created_at_idx" ON "bulk_templates" USING btree ("created_at");
  CREATE INDEX "bulk_templates_rels_order_idx" ON "bulk_templates_rels" USING btree ("order");
  CREATE INDEX "bulk_templates_rels_parent_idx" ON "bulk_templates_rels" USING btree ("parent_id");
  CREATE INDEX "bulk_templates_rels_path_idx" ON "bulk_templates_rels" USING btree ("path");
  CREATE INDEX "bulk_templates_rels_buildings_id_idx" ON "bulk_templates_rels" USING btree ("buildings_id");
  CREATE INDEX "bulk_templates_rels_apartments_id_idx" ON "bulk_templates_rels" USING btree ("apartments_id");
  CREATE INDEX "bulk_exports_tenant_idx" ON "bulk_exports" USING btree ("tenant_id");
  CREATE INDEX "bulk_exports_job_idx" ON "bulk_exports" USING btree ("job_id");
  CREATE INDEX "bulk_exports_updated_at_idx" ON "bulk_exports" USING btree ("updated_at");
  CREATE INDEX "bulk_exports_created_at_idx" ON "bulk_exports" USING btree ("created_at");
  CREATE UNIQUE INDEX "bulk_exports_filename_idx" ON "bulk_exports" USING btree ("filename");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bulk_jobs_fk" FOREIGN KEY ("bulk_jobs_id") REFERENCES "public"."bulk_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bulk_job_items_fk" FOREIGN KEY ("bulk_job_items_id") REFERENCES "public"."bulk_job_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bulk_job_errors_fk" FOREIGN KEY ("bulk_job_errors_id") REFERENCES "public"."bulk_job_errors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bulk_templates_fk" FOREIGN KEY ("bulk_templates_id") REFERENCES "public"."bulk_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bulk_exports_fk" FOREIGN KEY ("bulk_exports_id") REFERENCES "public"."bulk_exports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_bulk_jobs_id_idx" ON "payload_locked_documents_rels" USING btree ("bulk_jobs_id");
  CREATE INDEX "payload_locked_documents_rels_bulk_job_items_id_idx" ON "payload_locked_documents_rels" USING btree ("bulk_job_items_id");
  CREATE INDEX "payload_locked_documents_rels_bulk_job_errors_id_idx" ON "payload_locked_documents_rels" USING btree ("bulk_job_errors_id");
  CREATE INDEX "payload_locked_documents_rels_bulk_templates_id_idx" ON "payload_locked_documents_rels" USING btree ("bulk_templates_id");
  CREATE INDEX "payload_locked_documents_rels_bulk_exports_id_idx" ON "payload_locked_documents_rels" USING btree ("bulk_exports_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "bulk_jobs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "bulk_jobs_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "bulk_job_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "bulk_job_errors" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "bulk_templates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "bulk_templates_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "bulk_exports" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "bulk_jobs" CASCADE;
  DROP TABLE "bulk_jobs_rels" CASCADE;
  DROP TABLE "bulk_job_items" CASCADE;
  DROP TABLE "bulk_job_errors" CASCADE;
  DROP TABLE "bulk_templates" CASCADE;
  DROP TABLE "bulk_templates_rels" CASCADE;
  DROP TABLE "bulk_exports" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_bulk_jobs_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_bulk_job_items_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_bulk_job_errors_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_bulk_templates_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_bulk_exports_fk";
  
  DROP INDEX "payload_locked_documents_rels_bulk_jobs_id_idx";
  DROP INDEX "payload_locked_documents_rels_bulk_job_items_id_idx";
  DROP INDEX "payload_locked_documents_rels_bulk_job_errors_id_idx";
  DROP INDEX "payload_locked_documents_rels_bulk_templates_id_idx";
  DROP INDEX "payload_locked_documents_rels_bulk_exports_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "bulk_jobs_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "bulk_job_items_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "bulk_job_errors_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "bulk_templates_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "bulk_exports_id";
  DROP TYPE "public"."enum_bulk_jobs_action";
  DROP TYPE "public"."enum_bulk_jobs_status";
  DROP TYPE "public"."enum_bulk_job_items_status";
  DROP TYPE "public"."enum_bulk_templates_action";`)
}

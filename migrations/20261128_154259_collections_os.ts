import type { MigrateUpArgs, MigrateDownArgs } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_dunning_policies_steps_threshold_type" AS ENUM('bucket', 'days');
  CREATE TYPE "public"."enum_dunning_policies_steps_threshold_bucket" AS ENUM('0-30', '31-60', '61-90', '90+');
  CREATE TYPE "public"."enum_dunning_policies_steps_channel" AS ENUM('email', 'sms', 'in-app', 'letter');
  CREATE TYPE "public"."enum_dunning_policies_steps_action_late_fee_type" AS ENUM('none', 'fixed', 'percent');
  CREATE TYPE "public"."enum_dunning_runs_trigger" AS ENUM('scheduled', 'manual');
  CREATE TYPE "public"."enum_dunning_runs_status" AS ENUM('queued', 'running', 'completed', 'failed', 'dead-letter');
  CREATE TYPE "public"."enum_dunning_events_outcome" AS ENUM('sent', 'skipped');
  CREATE TYPE "public"."enum_dunning_events_skip_reason" AS ENUM('not-overdue', 'below-minimum', 'no-step', 'promise-active', 'max-contacts', 'contacted-too-recently', 'no-contact-data');
  CREATE TYPE "public"."enum_dunning_events_channel" AS ENUM('email', 'sms', 'in-app', 'letter');
  CREATE TYPE "public"."enum_promises_to_pay_status" AS ENUM('active', 'kept', 'broken', 'cancelled');
  CREATE TABLE "dunning_policies_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"threshold_type" "enum_dunning_policies_steps_threshold_type" DEFAULT 'bucket' NOT NULL,
  	"threshold_bucket" "enum_dunning_policies_steps_threshold_bucket",
  	"threshold_min_days_overdue" numeric,
  	"channel" "enum_dunning_policies_steps_channel" DEFAULT 'email' NOT NULL,
  	"template_el" varchar,
  	"template_en" varchar,
  	"min_days_between_contacts" numeric DEFAULT 14 NOT NULL,
  	"max_contacts" numeric DEFAULT 1 NOT NULL,
  	"action_late_fee_type" "enum_dunning_policies_steps_action_late_fee_type" DEFAULT 'none',
  	"action_late_fee_amount" numeric,
  	"action_late_fee_basis_points" numeric,
  	"action_should_create_manager_task" boolean,
  	"action_is_legal_notice" boolean
  );
  
  CREATE TABLE "dunning_policies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"name" varchar NOT NULL,
  	"building_id" integer,
  	"is_active" boolean DEFAULT true,
  	"minimum_balance" numeric DEFAULT 0 NOT NULL,
  	"schedule" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "dunning_runs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"policy_id" integer NOT NULL,
  	"building_id" integer,
  	"trigger" "enum_dunning_runs_trigger" NOT NULL,
  	"is_dry_run" boolean DEFAULT false,
  	"status" "enum_dunning_runs_status" DEFAULT 'queued' NOT NULL,
  	"as_of" varchar,
  	"evaluated" numeric DEFAULT 0,
  	"contacted" numeric DEFAULT 0,
  	"skipped" jsonb,
  	"attempts" numeric DEFAULT 0,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"trace_id" varchar,
  	"error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "dunning_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"run_id" integer NOT NULL,
  	"apartment_id" integer NOT NULL,
  	"building_id" integer,
  	"outcome" "enum_dunning_events_outcome" NOT NULL,
  	"skip_reason" "enum_dunning_events_skip_reason",
  	"step_index" numeric,
  	"channel" "enum_dunning_events_channel",
  	"amount_overdue" numeric,
  	"days_overdue" numeric,
  	"idempotency_key" varchar,
  	"delivery_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "promises_to_pay_installments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"amount" numeric NOT NULL,
  	"due_date" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "promises_to_pay" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"apartment_id" integer NOT NULL,
  	"building_id" integer,
  	"amount" numeric NOT NULL,
  	"due_date" timestamp(3) with time zone NOT NULL,
  	"grace_days" numeric DEFAULT 3,
  	"status" "enum_promises_to_pay_status" DEFAULT 'active' NOT NULL,
  	"resolved_on" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "dunning_policies_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "dunning_runs_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "dunning_events_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "promises_to_pay_id" integer;
  ALTER TABLE "dunning_policies_steps" ADD CONSTRAINT "dunning_policies_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."dunning_policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dunning_policies" ADD CONSTRAINT "dunning_policies_tenant_id_offices_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."offices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dunning_policies" ADD CONSTRAINT "dunning_policies_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dunning_runs" ADD CONSTRAINT "dunning_runs_tenant_id_offices_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."offices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dunning_runs" ADD CONSTRAINT "dunning_runs_policy_id_dunning_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."dunning_policies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dunning_runs" ADD CONSTRAINT "dunning_runs_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dunning_events" ADD CONSTRAINT "dunning_events_tenant_id_offices_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."offices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dunning_events" ADD CONSTRAINT "dunning_events_run_id_dunning_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."dunning_runs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dunning_events" ADD CONSTRAINT "dunning_events_apartment_id_apartments_id_fk" FOREIGN KEY ("apartment_id") REFERENCES "public"."apartments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dunning_events" ADD CONSTRAINT "dunning_events_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dunning_events" ADD CONSTRAINT "dunning_events_delivery_id_deliveries_id_fk" FOREIGN KEY ("delivery_id") REFERENCES "public"."deliveries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "promises_to_pay_installments" ADD CONSTRAINT "promises_to_pay_installments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."promises_to_pay"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "promises_to_pay" ADD CONSTRAINT "promises_to_pay_tenant_id_offices_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."offices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "promises_to_pay" ADD CONSTRAINT "promises_to_pay_apartment_id_apartments_id_fk" FOREIGN KEY ("apartment_id") REFERENCES "public"."apartments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "promises_to_pay" ADD CONSTRAINT "promises_to_pay_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "promises_to_pay" ADD CONSTRAINT "promises_to_pay_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "dunning_policies_steps_order_idx" ON "dunning_policies_steps" USING btree ("_order");
  CREATE INDEX "dunning_policies_steps_parent_id_idx" ON "dunning_policies_steps" USING btree ("_parent_id");
  CREATE INDEX "dunning_policies_tenant_idx" ON "dunning_policies" USING btree ("tenant_id");
  CREATE INDEX "dunning_policies_building_idx" ON "dunning_policies" USING btree ("building_id");
  CREATE INDEX "dunning_policies_updated_at_idx" ON "dunning_policies" USING btree ("updated_at");
  CREATE INDEX "dunning_policies_created_at_idx" ON "dunning_policies" USING btree ("created_at");
  CREATE INDEX "dunning_runs_tenant_idx" ON "dunning_runs" USING btree ("tenant_id");
  CREATE INDEX "dunning_runs_policy_idx" ON "dunning_runs" USING btree ("policy_id");
  CREATE INDEX "dunning_runs_building_idx" ON "dunning_runs" USING btree ("building_id");
  CREATE INDEX "dunning_runs_status_idx" ON "dunning_runs" USING btree ("status");
  CREATE INDEX "dunning_runs_trace_id_idx" ON "dunning_runs" USING btree ("trace_id");
  CREATE INDEX "dunning_runs_updated_at_idx" ON "dunning_runs" USING btree ("updated_at");
  CREATE INDEX "dunning_runs_created_at_idx" ON "dunning_runs" USING btree ("created_at");
  CREATE INDEX "dunning_events_tenant_idx" ON "dunning_events" USING btree ("tenant_id");
  CREATE INDEX "dunning_events_run_idx" ON "dunning_events" USING btree ("run_id");
  CREATE INDEX "dunning_events_apartment_idx" ON "dunning_events" USING btree ("apartment_id");
  CREATE INDEX "dunning_events_building_idx" ON "dunning_events" USING btree ("building_id");
  CREATE UNIQUE INDEX "dunning_events_idempotency_key_idx" ON "dunning_events" USING btree ("idempotency_key");
  CREATE INDEX "dunning_events_delivery_idx" ON "dunning_events" USING btree ("delivery_id");
  CREATE INDEX "dunning_events_updated_at_idx" ON "dunning_events" USING btree ("updated_at");
  CREATE INDEX "dunning_events_created_at_idx" ON "dunning_events" USING btree ("created_at");
  CREATE INDEX "promises_to_pay_installments_order_idx" ON "promises_to_pay_installments" USING btree ("_order");
  CREATE INDEX "promises_to_pay_installments_parent_id_idx" ON "promises_to_pay_installments" USING btree ("_parent_id");
  CREATE INDEX "promises_to_pay_tenant_idx" ON "promises_to_pay" USING btree ("tenant_id");
  CREATE INDEX "promises_to_pay_apartment_idx" ON "promises_to_pay" USING btree ("apartment_id");
  CREATE INDEX "promises_to_pay_building_idx" ON "promises_to_pay" USING btree ("building_id");
  CREATE INDEX "promises_to_pay_status_idx" ON "promises_to_pay" USING btree ("status");
  CREATE INDEX "promises_to_pay_created_by_idx" ON "promises_to_pay" USING btree ("created_by_id");
  CREATE INDEX "promises_to_pay_updated_at_idx" ON "promises_to_pay" USING btree ("updated_at");
  CREATE INDEX "promises_to_pay_created_at_idx" ON "promises_to_pay" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_dunning_policies_fk" FOREIGN KEY ("dunning_policies_id") REFERENCES "public"."dunning_policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_dunning_runs_fk" FOREIGN KEY ("dunning_runs_id") REFERENCES "public"."dunning_runs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_dunning_events_fk" FOREIGN KEY ("dunning_events_id") REFERENCES "public"."dunning_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_promises_to_pay_fk" FOREIGN KEY ("promises_to_pay_id") REFERENCES "public"."promises_to_pay"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_dunning_policies_id_idx" ON "payload_locked_documents_rels" USING btree ("dunning_policies_id");
  CREATE INDEX "payload_locked_documents_rels_dunning_runs_id_idx" ON "payload_locked_documents_rels" USING btree ("dunning_runs_id");
  CREATE INDEX "payload_locked_documents_rels_dunning_events_id_idx" ON "payload_locked_documents_rels" USING btree ("dunning_events_id");
  CREATE INDEX "payload_locked_documents_rels_promises_to_pay_id_idx" ON "payload_locked_documents_rels" USING btree ("promises_to_pay_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "dunning_policies_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dunning_policies" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dunning_runs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dunning_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "promises_to_pay_installments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "promises_to_pay" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "dunning_policies_steps" CASCADE;
  DROP TABLE "dunning_policies" CASCADE;
  DROP TABLE "dunning_runs" CASCADE;
  DROP TABLE "dunning_events" CASCADE;
  DROP TABLE "promises_to_pay_installments" CASCADE;
  DROP TABLE "promises_to_pay" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_dunning_policies_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_dunning_runs_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_dunning_events_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_promises_to_pay_fk";
  
  DROP INDEX "payload_locked_documents_rels_dunning_policies_id_idx";
  DROP INDEX "payload_locked_documents_rels_dunning_runs_id_idx";
  DROP INDEX "payload_locked_documents_rels_dunning_events_id_idx";
  DROP INDEX "payload_locked_documents_rels_promises_to_pay_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "dunning_policies_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "dunning_runs_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "dunning_events_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "promises_to_pay_id";
  DROP TYPE "public"."enum_dunning_policies_steps_threshold_type";
  DROP TYPE "public"."enum_dunning_policies_steps_threshold_bucket";
  DROP TYPE "public"."enum_dunning_policies_steps_channel";
  DROP TYPE "public"."enum_dunning_policies_steps_action_late_fee_type";
  DROP TYPE "public"."enum_dunning_runs_trigger";
  DROP TYPE "public"."enum_dunning_runs_status";
  DROP TYPE "public"."enum_dunning_events_outcome";
  DROP TYPE "public"."enum_dunning_events_skip_reason";
  DROP TYPE "public"."enum_dunning_events_channel";
  DROP TYPE "public"."enum_promises_to_pay_status";`)
}

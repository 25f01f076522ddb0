import type { MigrateUpArgs, MigrateDownArgs } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_expense_categories_share_column" AS ENUM('general', 'elevator', 'heating');
  CREATE TYPE "public"."enum_recurring_expenses_active_months" AS ENUM('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12');
  CREATE TYPE "public"."enum_charges_source" AS ENUM('common-expense', 'recurring', 'penalty', 'manual');
  CREATE TYPE "public"."enum_payments_method" AS ENUM('bank-transfer', 'card', 'cash', 'direct-debit');
  CREATE TYPE "public"."enum_payments_source" AS ENUM('manual', 'webhook', 'import');
  CREATE TYPE "public"."enum_unmatched_payments_status" AS ENUM('open', 'matched', 'refunded');
  CREATE TABLE "expense_categories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"name" varchar NOT NULL,
  	"code" varchar NOT NULL,
  	"share_column" "enum_expense_categories_share_column" NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "expenses" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"building_id" integer NOT NULL,
  	"category_id" integer NOT NULL,
  	"period" varchar NOT NULL,
  	"amount" numeric NOT NULL,
  	"description" varchar NOT NULL,
  	"supplier_name" varchar,
  	"document_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "recurring_expenses_active_months" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_recurring_expenses_active_months",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "recurring_expenses" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"building_id" integer NOT NULL,
  	"category_id" integer NOT NULL,
  	"monthly_amount" numeric NOT NULL,
  	"description" varchar NOT NULL,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "charges" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"apartment_id" integer NOT NULL,
  	"building_id" integer,
  	"period" varchar NOT NULL,
  	"category_id" integer,
  	"amount" numeric NOT NULL,
  	"open_amount" numeric DEFAULT 0,
  	"due_date" timestamp(3) with time zone NOT NULL,
  	"source" "enum_charges_source" DEFAULT 'manual' NOT NULL,
  	"source_reference" varchar,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"apartment_id" integer NOT NULL,
  	"building_id" integer,
  	"amount" numeric NOT NULL,
  	"received_at" timestamp(3) with time zone NOT NULL,
  	"method" "enum_payments_method" DEFAULT 'bank-transfer' NOT NULL,
  	"external_reference" varchar,
  	"source" "enum_payments_source" DEFAULT 'manual' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "unmatched_payments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"amount" numeric NOT NULL,
  	"received_at" timestamp(3) with time zone NOT NULL,
  	"apartment_reference" varchar,
  	"external_reference" varchar,
  	"provider_event_id" varchar,
  	"raw_payload" jsonb,
  	"status" "enum_unmatched_payments_status" DEFAULT 'open' NOT NULL,
  	"matched_payment_id" integer,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "apartment_balances" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"apartment_id" integer NOT NULL,
  	"building_id" integer NOT NULL,
  	"balance" numeric DEFAULT 0 NOT NULL,
  	"open_items_count" numeric DEFAULT 0 NOT NULL,
  	"oldest_unpaid_due_date" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "allocations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"apartment_id" integer NOT NULL,
  	"charge_id" integer NOT NULL,
  	"payment_id" integer,
  	"credit_note_id" integer,
  	"amount" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"title" varchar,
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
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "expense_categories_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "expenses_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "recurring_expenses_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "charges_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "payments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "unmatched_payments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "apartment_balances_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "allocations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "documents_id" integer;
  ALTER TABLE "expense_categories" ADD CONSTRAINT "expense_categories_tenant_id_offices_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."offices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "expenses" ADD CONSTRAINT "expenses_tenant_id_offices_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."offices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "expenses" ADD CONSTRAINT "expenses_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "expenses" ADD CONSTRAINT "expenses_category_id_expense_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."expense_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "expenses" ADD CONSTRAINT "expenses_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "recurring_expenses_active_months" ADD CONSTRAINT "recurring_expenses_active_months_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."recurring_expenses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "recurring_expenses" ADD CONSTRAINT "recurring_expenses_tenant_id_offices_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."offices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "recurring_expenses" ADD CONSTRAINT "recurring_expenses_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "recurring_expenses" ADD CONSTRAINT "recurring_expenses_category_id_expense_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."expense_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "charges" ADD CONSTRAINT "charges_tenant_id_offices_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."offices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "charges" ADD CONSTRAINT "charges_apartment_id_apartments_id_fk" FOREIGN KEY ("apartment_id") REFERENCES "public"."apartments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "charges" ADD CONSTRAINT "charges_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "charges" ADD CONSTRAINT "charges_category_id_expense_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."expense_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payments" ADD CONSTRAINT "payments_tenant_id_offices_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."offices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payments" ADD CONSTRAINT "payments_apartment_id_apartments_id_fk" FOREIGN KEY ("apartment_id") REFERENCES "public"."apartments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payments" ADD CONSTRAINT "payments_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "unmatched_payments" ADD CONSTRAINT "unmatched_payments_tenant_id_offices_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."offices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "unmatched_payments" ADD CONSTRAINT "unmatched_payments_matched_payment_id_payments_id_fk" FOREIGN KEY ("matched_payment_id") REFERENCES "public"."payments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "apartment_balances" ADD CONSTRAINT "apartment_balances_tenant_id_offices_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."offices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "apartment_balances" ADD CONSTRAINT "apartment_balances_apartment_id_apartments_id_fk" FOREIGN KEY ("apartment_id") REFERENCES "public"."apartments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "apartment_balances" ADD CONSTRAINT "apartment_balances_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "allocations" ADD CONSTRAINT "allocations_tenant_id_offices_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."offices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "allocations" ADD CONSTRAINT "allocations_apartment_id_apartments_id_fk" FOREIGN KEY ("apartment_id") REFERENCES "public"."apartments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "allocations" ADD CONSTRAINT "allocations_charge_id_charges_id_fk" FOREIGN KEY ("charge_id") REFERENCES "public"."charges"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "allocations" ADD CONSTRAINT "allocations_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "allocations" ADD CONSTRAINT "allocations_credit_note_id_charges_id_fk" FOREIGN KEY ("credit_note_id") REFERENCES "public"."charges"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_tenant_id_offices_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."offices"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "expense_categories_tenant_idx" ON "expense_categories" USING btree ("tenant_id");
  CREATE INDEX "expense_categories_updated_at_idx" ON "expense_categories" USING btree ("updated_at");
  CREATE INDEX "expense_categories_created_at_idx" ON "expense_categories" USING btree ("created_at");
  CREATE UNIQUE INDEX "tenant_code_idx" ON "expense_categories" USING btree ("tenant_id","code");
  CREATE INDEX "expenses_tenant_idx" ON "expenses" USING btree ("tenant_id");
  CREATE INDEX "expenses_building_idx" ON "expenses" USING btree ("building_id");
  CREATE INDEX "expenses_category_idx" ON "expenses" USING btree ("category_id");
  CREATE INDEX "expenses_period_idx" ON "expenses" USING btree ("period");
  CREATE INDEX "expenses_document_idx" ON "expenses" USING btree ("document_id");
  CREATE INDEX "expenses_updated_at_idx" ON "expenses" USING btree ("updated_at");
  CREATE INDEX "expenses_created_at_idx" ON "expenses" USING btree ("created_at");
  CREATE INDEX "recurring_expenses_active_months_order_idx" ON "recurring_expenses_active_months" USING btree ("order");
  CREATE INDEX "recurring_expenses_active_months_parent_idx" ON "recurring_expenses_active_months" USING btree ("parent_id");
  CREATE INDEX "recurring_expenses_tenant_idx" ON "recurring_expenses" USING btree ("tenant_id");
  CREATE INDEX "recurring_expenses_building_idx" ON "recurring_expenses" USING btree ("building_id");
  CREATE INDEX "recurring_expenses_category_idx" ON "recurring_expenses" USING btree ("category_id");
  CREATE INDEX "recurring_expenses_updated_at_idx" ON "recurring_expenses" USING btree ("updated_at");
  CREATE INDEX "recurring_expenses_created_at_idx" ON "recurring_expenses" USING btree ("created_at");
  CREATE INDEX "charges_tenant_idx" ON "charges" USING btree ("tenant_id");
  CREATE INDEX "charges_apartment_idx" ON "charges" USING btree ("apartment_id");
  CREATE INDEX "charges_building_idx" ON "charges" USING btree ("building_id");
  CREATE INDEX "charges_period_idx" ON "charges" USING btree ("period");
  CREATE INDEX "charges_category_idx" ON "charges" USING btree ("category_id");
  CREATE INDEX "charges_due_date_idx" ON "charges" USING btree ("due_date");
  CREATE INDEX "charges_source_reference_idx" ON "charges" USING btree ("source_reference");
  CREATE INDEX "charges_updated_at_idx" ON "charges" USING btree ("updated_at");
  CREATE INDEX "charges_created_at_idx" ON "charges" USING btree ("created_at");
  CREATE INDEX "payments_tenant_idx" ON "payments" USING btree ("tenant_id");
  CREATE INDEX "payments_apartment_idx" ON "payments" USING btree ("apartment_id");
  CREATE INDEX "payments_building_idx" ON "payments" USING btree ("building_id");
  CREATE INDEX "payments_received_at_idx" ON "payments" USING btree ("received_at");
  CREATE INDEX "payments_updated_at_idx" ON "payments" USING btree ("updated_at");
  CREATE INDEX "payments_created_at_idx" ON "payments" USING btree ("created_at");
  CREATE UNIQUE INDEX "tenant_externalReference_idx" ON "payments" USING btree ("tenant_id","external_reference");
  CREATE INDEX "unmatched_payments_tenant_idx" ON "unmatched_payments" USING btree ("tenant_id");
  CREATE INDEX "unmatched_payments_external_reference_idx" ON "unmatched_payments" USING btree ("external_reference");
  CREATE INDEX "unmatched_payments_matched_payment_idx" ON "unmatched_payments" USING btree ("matched_payment_id");
  CREATE INDEX "unmatched_payments_updated_at_idx" ON "unmatched_payments" USING btree ("updated_at");
  CREATE INDEX "unmatched_payments_created_at_idx" ON "unmatched_payments" USING btree ("created_at");
  CREATE INDEX "apartment_balances_tenant_idx" ON "apartment_balances" USING btree ("tenant_id");
  CREATE UNIQUE INDEX "apartment_balances_apartment_idx" ON "apartment_balances" USING btree ("apartment_id");
  CREATE INDEX "apartment_balances_building_idx" ON "apartment_balances" USING btree ("building_id");
  CREATE INDEX "apartment_balances_updated_at_idx" ON "apartment_balances" USING btree ("updated_at");
  CREATE INDEX "apartment_balances_created_at_idx" ON "apartment_balances" USING btree ("created_at");
  CREATE INDEX "allocations_tenant_idx" ON "allocations" USING btree ("tenant_id");
  CREATE INDEX "allocations_apartment_idx" ON "allocations" USING btree ("apartment_id");
  CREATE INDEX "allocations_charge_idx" ON "allocations" USING btree ("charge_id");
  CREATE INDEX "allocations_payment_idx" ON "allocations" USING btree ("payment_id");
  CREATE INDEX "allocations_credit_note_idx" ON "allocations" USING btree ("credit_note_id");
  CREATE INDEX "allocations_updated_at_idx" ON "allocations" USING btree ("updated_at");
  CREATE INDEX "allocations_created_at_idx" ON "allocations" USING btree ("created_at");
  CREATE INDEX "documents_tenant_idx" ON "documents" USING btree ("tenant_id");
  CREATE INDEX "documents_updated_at_idx" ON "documents" USING btree ("updated_at");
  CREATE INDEX "documents_created_at_idx" ON "documents" USING btree ("created_at");
  CREATE UNIQUE INDEX "documents_filename_idx" ON "documents" USING btree ("filename");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_expense_categories_fk" FOREIGN KEY ("expense_categories_id") REFERENCES "public"."expense_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_expenses_fk" FOREIGN KEY ("expenses_id") REFERENCES "public"."expenses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_recurring_expenses_fk" FOREIGN KEY ("recurring_expenses_id") REFERENCES "public"."recurring_expenses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_charges_fk" FOREIGN KEY ("charges_id") REFERENCES "public"."charges"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_payments_fk" FOREIGN KEY ("payments_id") REFERENCES "public"."payments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_unmatched_payments_fk" FOREIGN KEY ("unmatched_payments_id") REFERENCES "public"."unmatched_payments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_apartment_balances_fk" FOREIGN KEY ("apartment_balances_id") REFERENCES "public"."apartment_balances"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_allocations_fk" FOREIGN KEY ("allocations_id") REFERENCES "public"."allocations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_expense_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("expense_categories_id");
  CREATE INDEX "payload_locked_documents_rels_expenses_id_idx" ON "payload_locked_documents_rels" USING btree ("expenses_id");
  CREATE INDEX "payload_locked_documents_rels_recurring_expenses_id_idx" ON "payload_locked_documents_rels" USING btree ("recurring_expenses_id");
  CREATE INDEX "payload_locked_documents_rels_charges_id_idx" ON "payload_locked_documents_rels" USING btree ("charges_id");
  CREATE INDEX "payload_locked_documents_rels_payments_id_idx" ON "payload_locked_documents_rels" USING btree ("payments_id");
  CREATE INDEX "payload_locked_documents_rels_unmatched_payments_id_idx" ON "payload_locked_documents_rels" USING btree ("unmatched_payments_id");
  CREATE INDEX "payload_locked_documents_rels_apartment_balances_id_idx" ON "payload_locked_documents_rels" USING btree ("apartment_balances_id");
  CREATE INDEX "payload_locked_documents_rels_allocations_id_idx" ON "payload_locked_documents_rels" USING btree ("allocations_id");
  CREATE INDEX "payload_locked_documents_rels_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("documents_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "expense_categories" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "expenses" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "recurring_expenses_active_months" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "recurring_expenses" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "charges" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "unmatched_payments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "apartment_balances" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "allocations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "documents" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "expense_categories" CASCADE;
  DROP TABLE "expenses" CASCADE;
  DROP TABLE "recurring_expenses_active_months" CASCADE;
  DROP TABLE "recurring_expenses" CASCADE;
  DROP TABLE "charges" CASCADE;
  DROP TABLE "payments" CASCADE;
  DROP TABLE "unmatched_payments" CASCADE;
  DROP TABLE "apartment_balances" CASCADE;
  DROP TABLE "allocations" CASCADE;
  DROP TABLE "documents" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_expense_categories_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_expenses_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_recurring_expenses_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_charges_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_payments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_unmatched_payments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_apartment_balances_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_allocations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_documents_fk";
  
  DROP INDEX "payload_locked_documents_rels_expense_categories_id_idx";
  DROP INDEX "payload_locked_documents_rels_expenses_id_idx";
  DROP INDEX "payload_locked_documents_rels_recurring_expenses_id_idx";
  DROP INDEX "payload_locked_documents_rels_charges_id_idx";
  DROP INDEX "payload_locked_documents_rels_payments_id_idx";
  DROP INDEX "payload_locked_documents_rels_unmatched_payments_id_idx";
  DROP INDEX "payload_locked_documents_rels_apartment_balances_id_idx";
  DROP INDEX "payload_locked_documents_rels_allocations_id_idx";
  DROP INDEX "payload_locked_documents_rels_documents_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "expense_categories_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "expenses_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "recurring_expenses_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "charges_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "payments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "unmatched_payments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "apartment_balances_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "allocations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "documents_id";
  DROP TYPE "public"."enum_expense_categories_share_column";
  DROP TYPE "public"."enum_recurring_expenses_active_months";
  DROP TYPE "public"."enum_charges_source";
  DROP TYPE "public"."enum_payments_method";
  DROP TYPE "public"."enum_payments_source";
  DROP TYPE "public"."enum_unmatched_payments_status";`)
}

import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'

/**
 * Hand-written: the `security-events` collection (collections/SecurityEvents.ts), as Payload's
 * schema declares it, plus what Payload cannot declare:
 *
 * - `tenant_id` is nullable: a sign-in attempt or a webhook for an unknown office has no office.
 *   Deleting an office or a user keeps their events, with the reference emptied.
 * - Append-only below Payload too: a trigger refuses any UPDATE except the foreign keys' own
 *   `SET NULL`; DELETE stays possible for the daily prune by age.
 * - The Security view's indexes: an office's latest rows (`tenant_id, created_at`), a kind's rows
 *   (`kind, created_at`); `created_at` alone serves the platform view and the prune.
 *
 * The kinds are a database enum, like every Payload select: a new kind is a migration
 * (`ALTER TYPE ... ADD VALUE`).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TYPE "public"."enum_security_events_kind" AS ENUM('login-failed', 'login-rate-limited', 'rate-limited', 'refresh-reuse', 'webhook-bad-signature', 'public-link-refused', 'forbidden', 'cross-office');
  CREATE TABLE "security_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"kind" "enum_security_events_kind" NOT NULL,
  	"actor_id" integer,
  	"account_key" varchar,
  	"address" varchar,
  	"trace_id" varchar,
  	"detail" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "security_events_id" integer;
  ALTER TABLE "security_events" ADD CONSTRAINT "security_events_tenant_id_offices_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."offices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "security_events" ADD CONSTRAINT "security_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "security_events_tenant_idx" ON "security_events" USING btree ("tenant_id");
  CREATE INDEX "security_events_actor_idx" ON "security_events" USING btree ("actor_id");
  CREATE INDEX "security_events_updated_at_idx" ON "security_events" USING btree ("updated_at");
  CREATE INDEX "security_events_created_at_idx" ON "security_events" USING btree ("created_at");
  CREATE INDEX "security_events_tenant_created_idx" ON "security_events" USING btree ("tenant_id", "created_at");
  CREATE INDEX "security_events_kind_created_idx" ON "security_events" USING btree ("kind", "created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_security_events_fk" FOREIGN KEY ("security_events_id") REFERENCES "public"."security_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_security_events_id_idx" ON "payload_locked_documents_rels" USING btree ("security_events_id");

  CREATE FUNCTION "security_events_refuse_update"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    -- Only a foreign key's ON DELETE SET NULL may touch a row: an office or user deleted.
    IF (NEW.tenant_id IS NULL OR NEW.tenant_id = OLD.tenant_id)
       AND (NEW.actor_id IS NULL OR NEW.actor_id = OLD.actor_id)
       AND (to_jsonb(NEW) - 'tenant_id' - 'actor_id') = (to_jsonb(OLD) - 'tenant_id' - 'actor_id') THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION 'security_events is append-only: UPDATE refused';
  END $$;
  CREATE TRIGGER "security_events_append_only" BEFORE UPDATE ON "security_events"
    FOR EACH ROW EXECUTE FUNCTION "security_events_refuse_update"();`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_security_events_fk";
  DROP INDEX "payload_locked_documents_rels_security_events_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "security_events_id";
  DROP TABLE "security_events" CASCADE;
  DROP FUNCTION "security_events_refuse_update"();
  DROP TYPE "public"."enum_security_events_kind";`)
}

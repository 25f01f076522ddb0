import type { MigrateUpArgs, MigrateDownArgs } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'

/**
 * Hand-written: what Payload's schema cannot declare. The `audit_events` table itself comes from
 * the AuditEvents collection (created by 20261128_144114_ledger_webhook).
 *
 * 1. Append-only audit trail: a trigger refuses UPDATE, DELETE and TRUNCATE of `audit_events` from
 *    any code, overrideAccess and raw SQL included. The one update let through is the users
 *    foreign key (ON DELETE SET NULL) unlinking a deleted user, which changes nothing the hash
 *    covers. A table owner can still disable the trigger: `verifyAuditChain` finds what they change.
 * 2. One sequence number per office (the hash chain's order), and lookups by entity.
 * 3. `idempotency_keys`, a plain table rather than a Payload collection: only `withIdempotency`
 *    reads and writes it, with raw SQL on the pool; its unique index is on an expression
 *    (`coalesce(tenant_id, 0)`, so platform-level keys without an office are unique too), which
 *    Payload's `indexes` cannot declare; and a collection would add admin, REST and GraphQL surface
 *    that would only have to be locked down again. It stays in `public` so `migrate:fresh` and
 *    `migrate:down` handle it like every other table (the project never uses dev push, whose
 *    prompt about foreign tables in `public` is why pg-boss has its own schema).
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE FUNCTION "audit_events_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'UPDATE' AND OLD."actor_id" IS NOT NULL AND NEW."actor_id" IS NULL
       AND (to_jsonb(NEW) - 'actor_id') = (to_jsonb(OLD) - 'actor_id') THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP
      USING ERRCODE = 'insufficient_privilege', HINT = 'Record a correcting event with writeAuditEvents instead.';
  END;
  $$;
  CREATE TRIGGER "audit_events_append_only" BEFORE UPDATE OR DELETE ON "audit_events"
    FOR EACH ROW EXECUTE FUNCTION "audit_events_refuse_change"();
  CREATE TRIGGER "audit_events_no_truncate" BEFORE TRUNCATE ON "audit_events"
    FOR EACH STATEMENT EXECUTE FUNCTION "audit_events_refuse_change"();

  CREATE UNIQUE INDEX "audit_events_tenant_sequence_idx" ON "audit_events" USING btree ("tenant_id", "sequence");
  CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("tenant_id", "entity_type", "entity_id");

  CREATE TABLE "idempotency_keys" (
    "id" bigserial PRIMARY KEY NOT NULL,
    "tenant_id" integer REFERENCES "public"."offices"("id") ON DELETE CASCADE,
    "key" varchar(255) NOT NULL,
    "request_method" varchar(16) NOT NULL,
    "request_path" text NOT NULL,
    "request_hash" char(64) NOT NULL,
    "actor" text DEFAULT '' NOT NULL,
    "status" varchar(16) DEFAULT 'in_flight' NOT NULL CHECK ("status" IN ('in_flight', 'completed')),
    "claim_token" uuid NOT NULL,
    "claimed_at" timestamp with time zone DEFAULT now() NOT NULL,
    "response_status" integer,
    "response_body" jsonb,
    "response_text" text,
    "response_content_type" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "completed_at" timestamp with time zone
  );
  CREATE UNIQUE INDEX "idempotency_keys_scope_key_idx" ON "idempotency_keys" USING btree ((coalesce("tenant_id", 0)), "key");
  CREATE INDEX "idempotency_keys_created_at_idx" ON "idempotency_keys" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TABLE IF EXISTS "idempotency_keys";
  DROP INDEX IF EXISTS "audit_events_entity_idx";
  DROP INDEX IF EXISTS "audit_events_tenant_sequence_idx";
  DROP TRIGGER IF EXISTS "audit_events_no_truncate" ON "audit_events";
  DROP TRIGGER IF EXISTS "audit_events_append_only" ON "audit_events";
  DROP FUNCTION IF EXISTS "audit_events_refuse_change"();`)
}

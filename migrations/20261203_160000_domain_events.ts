import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'

/**
 * Hand-written: the transactional outbox of domain events (`src/lib/events`). Plain tables, like
 * `idempotency_keys`: only the events code reads and writes them, with raw SQL, and a collection
 * would add admin, REST and GraphQL surface that would only have to be locked down again.
 *
 * `domain_events`: one row per event, inserted in the transaction of the change it reports, so an
 * event exists exactly when its change committed. `dispatched_at` is set when the dispatcher has
 * queued a job for every listener of its type; the partial index keeps finding the undispatched
 * ones a small index scan however long the table grows, and the retention's index holds only
 * dispatched rows, so an insert maintains two indexes. `tenant_id` has no foreign key: a bulk
 * issue writes tens of thousands of events, a foreign-key check per row is most of an insert's
 * cost, and the outbox is a log of facts already written (an office with a ledger is never
 * deleted: its audit events keep it).
 *
 * `domain_event_receipts`: one row per (event, listener) whose effect happened, written in the
 * listener's own transaction: a second delivery of the same event to the same listener finds it
 * and does nothing. Removed with the event (cleanup after the retention).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "domain_events" (
    "id" bigserial PRIMARY KEY NOT NULL,
    "tenant_id" integer,
    "type" varchar(100) NOT NULL,
    "data" jsonb NOT NULL,
    "trace_id" varchar(32),
    "created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
    "dispatched_at" timestamp(3) with time zone
  );
  CREATE INDEX "domain_events_undispatched_idx" ON "domain_events" USING btree ("id") WHERE "dispatched_at" IS NULL;
  CREATE INDEX "domain_events_dispatched_at_idx" ON "domain_events" USING btree ("dispatched_at") WHERE "dispatched_at" IS NOT NULL;
  CREATE TABLE "domain_event_receipts" (
    "event_id" bigint NOT NULL REFERENCES "public"."domain_events"("id") ON DELETE CASCADE,
    "listener" varchar(100) NOT NULL,
    "outcome" varchar(16) NOT NULL CHECK ("outcome" IN ('handled', 'skipped')),
    "received_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
    PRIMARY KEY ("event_id", "listener")
  );`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(
    sql`DROP TABLE IF EXISTS "domain_event_receipts"; DROP TABLE IF EXISTS "domain_events";`,
  )
}

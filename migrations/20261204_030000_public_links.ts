import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'

/**
 * Hand-written: what public links (`src/lib/publicLinks`) need besides their signature. Plain
 * tables, like `domain_events`: only that code reads and writes them, with raw SQL, and a
 * collection would add admin, REST and GraphQL surface that would have to be locked down again.
 *
 * `public_link_revocations`: one row per (office, purpose, subject) whose links issued before
 * `revoked_before` are void (an apartment changed owner). Read by primary key on every link
 * opened; few rows, so the office's foreign key costs nothing.
 *
 * `public_link_uses`: the first use of each one-time link (vendor invitations), keyed by the
 * token's random link id; inserted in the transaction of what the use does. `expires_at` is the
 * token's own expiry: past it the token is refused anyway, so the row can be pruned, and the
 * index makes that a range scan.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "public_link_revocations" (
    "tenant_id" integer NOT NULL REFERENCES "public"."offices"("id") ON DELETE CASCADE,
    "purpose" varchar(32) NOT NULL,
    "subject_id" integer NOT NULL,
    "revoked_before" timestamp(6) with time zone NOT NULL,
    PRIMARY KEY ("tenant_id", "purpose", "subject_id")
  );
  CREATE TABLE "public_link_uses" (
    "link_id" varchar(64) PRIMARY KEY NOT NULL,
    "purpose" varchar(32) NOT NULL,
    "tenant_id" integer NOT NULL REFERENCES "public"."offices"("id") ON DELETE CASCADE,
    "used_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
    "expires_at" timestamp(3) with time zone NOT NULL
  );
  CREATE INDEX "public_link_uses_expires_at_idx" ON "public_link_uses" USING btree ("expires_at");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(
    sql`DROP TABLE IF EXISTS "public_link_uses"; DROP TABLE IF EXISTS "public_link_revocations";`,
  )
}

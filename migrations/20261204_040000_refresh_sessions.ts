import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'

/**
 * Hand-written: the rotating refresh sessions of `ENABLE_HTTPONLY_AUTH` (`src/lib/auth`). One row
 * per refresh token ever issued, never the token itself: its SHA-256. A family is one sign-in:
 * every rotation adds a row to it and marks its predecessor rotated; the family ends at its
 * absolute expiry whatever the rotations, and a token used again after its rotation (outside the
 * concurrent-tabs leeway) revokes the whole family. `sid` is the Payload session the family keeps
 * alive, ended with it. A plain table: only the auth code reads it, with raw SQL. `user_id` has no
 * foreign key: a renewal writes here on its own connection while Payload's refresh holds the
 * user's row in its transaction, and a key check would wait on that lock; a deleted user's rows
 * lead nowhere (their sessions are gone) and age out with the family.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "refresh_sessions" (
    "id" bigserial PRIMARY KEY NOT NULL,
    "token_hash" char(64) NOT NULL,
    "family_id" uuid NOT NULL,
    "user_id" integer NOT NULL,
    "sid" varchar(64) NOT NULL,
    "issued_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
    "idle_expires_at" timestamp(3) with time zone NOT NULL,
    "family_expires_at" timestamp(3) with time zone NOT NULL,
    "rotated_at" timestamp(3) with time zone,
    "revoked_at" timestamp(3) with time zone,
    "revoke_reason" varchar(40)
  );
  CREATE UNIQUE INDEX "refresh_sessions_token_hash_idx" ON "refresh_sessions" USING btree ("token_hash");
  CREATE INDEX "refresh_sessions_family_idx" ON "refresh_sessions" USING btree ("family_id");
  CREATE INDEX "refresh_sessions_user_live_idx" ON "refresh_sessions" USING btree ("user_id") WHERE "revoked_at" IS NULL;
  CREATE INDEX "refresh_sessions_family_expires_idx" ON "refresh_sessions" USING btree ("family_expires_at");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE "refresh_sessions";`)
}

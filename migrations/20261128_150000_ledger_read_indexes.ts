import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'

/**
 * Hand-written: partial and covering indexes for the financial read paths, which Payload's
 * `indexes` option cannot express. Each serves one query in src/ledger/operations:
 * - open items (aging, overview, summary, debt report): only charges still open, as of any day;
 * - billed this period and collected this period;
 * - apartment balances sorted by balance or oldest due date, and the debt report's debtors;
 * - the per-apartment open-items upkeep (FIFO by due date) on every ledger write.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE INDEX "charges_open_items_idx" ON "charges" USING btree ("tenant_id", "due_date")
    INCLUDE ("open_amount", "apartment_id", "building_id") WHERE "open_amount" > 0;
  CREATE INDEX "charges_tenant_period_idx" ON "charges" USING btree ("tenant_id", "period")
    INCLUDE ("amount", "building_id");
  CREATE INDEX "charges_apartment_fifo_idx" ON "charges" USING btree ("apartment_id", "due_date", "id")
    INCLUDE ("amount", "open_amount");
  CREATE INDEX "payments_tenant_received_idx" ON "payments" USING btree ("tenant_id", "received_at")
    INCLUDE ("amount", "building_id", "source");
  CREATE INDEX "apartment_balances_tenant_balance_idx" ON "apartment_balances" USING btree ("tenant_id", "balance" DESC, "apartment_id");
  CREATE INDEX "apartment_balances_tenant_oldest_idx" ON "apartment_balances" USING btree ("tenant_id", "oldest_unpaid_due_date", "apartment_id");
  CREATE INDEX "apartment_balances_debtors_idx" ON "apartment_balances" USING btree ("tenant_id", "building_id")
    INCLUDE ("balance", "oldest_unpaid_due_date") WHERE "balance" > 0;
  CREATE INDEX "unmatched_payments_tenant_received_idx" ON "unmatched_payments" USING btree ("tenant_id", "received_at");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS "charges_open_items_idx";
  DROP INDEX IF EXISTS "charges_tenant_period_idx";
  DROP INDEX IF EXISTS "charges_apartment_fifo_idx";
  DROP INDEX IF EXISTS "payments_tenant_received_idx";
  DROP INDEX IF EXISTS "apartment_balances_tenant_balance_idx";
  DROP INDEX IF EXISTS "apartment_balances_tenant_oldest_idx";
  DROP INDEX IF EXISTS "apartment_balances_debtors_idx";
  DROP INDEX IF EXISTS "unmatched_payments_tenant_received_idx";`)
}

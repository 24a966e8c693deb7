import { eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { recordAudit } from "@/lib/identity/audit";
import { describeEachDatabase } from "./support/databases";
import { errorText, rejectionOf, rowsOf } from "./support/assertions";

describeEachDatabase("the audit log is append-only", (context) => {
  const db = () => context.handle.db;
  let original: (typeof auditLog.$inferSelect)[];

  beforeAll(async () => {
    await recordAudit(db(), { actorId: null, action: "test.first", outcome: "ok", details: { n: 1 } });
    await recordAudit(db(), { actorId: null, action: "test.second", outcome: "denied" });
    original = await db().select().from(auditLog).orderBy(auditLog.id);
  });

  async function expectRefused(statement: Promise<unknown>) {
    const error = await rejectionOf(statement);
    expect(errorText(error)).toMatch(/append-only/);
    expect(await db().select().from(auditLog).orderBy(auditLog.id)).toEqual(original);
  }

  it("holds the rows written so far", () => {
    expect(original.map((row) => row.action).filter((action) => action.startsWith("test."))).toEqual([
      "test.first",
      "test.second",
    ]);
  });

  it("refuses UPDATE", async () => {
    await expectRefused(db().update(auditLog).set({ outcome: "failed" }).where(eq(auditLog.action, "test.first")));
    await expectRefused(db().execute(sql`update audit_log set action = 'rewritten'`));
  });

  it("refuses DELETE", async () => {
    await expectRefused(db().delete(auditLog).where(eq(auditLog.action, "test.second")));
    await expectRefused(db().execute(sql`delete from audit_log`));
  });

  it("refuses TRUNCATE", async () => {
    await expectRefused(db().execute(sql`truncate audit_log`));
  });

  it("refuses them inside a transaction too, and the transaction rolls back", async () => {
    await expectRefused(
      db().transaction(async (tx) => {
        await recordAudit(tx, { actorId: null, action: "test.in_transaction", outcome: "ok" });
        await tx.execute(sql`delete from audit_log where action = 'test.first'`);
      }),
    );
  });

  it("still accepts new rows", async () => {
    await recordAudit(db(), { actorId: null, action: "test.third", outcome: "ok" });
    const rows = await rowsOf<{ n: number | string }>(db(), sql`select count(*) as n from audit_log`);
    expect(Number(rows[0]!.n)).toBe(original.length + 1);
  });
});

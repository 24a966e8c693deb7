import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeEachDatabase } from "./support/databases";

describeEachDatabase("database harness", (context) => {
  it("opens a migrated database with the foundation tables", async () => {
    const result = await context.handle.db.execute(
      sql`select to_regclass('public.users') as users, to_regclass('public.audit_log') as audit`,
    );
    const row = (Array.isArray(result) ? result[0] : (result as { rows: unknown[] }).rows[0]) as {
      users: string;
      audit: string;
    };
    expect(row.users).toBe("users");
    expect(row.audit).toBe("audit_log");
  });
});

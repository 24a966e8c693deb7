import { describe, expect, it } from "vitest";
import { DELETION_GRACE_DAYS, deletionDueAt, inGracePeriod } from "@/lib/domain/record-deletion";

describe("the grace period of a record's deletion", () => {
  it("ends 14 days to the millisecond after the request, across a daylight-saving change", () => {
    expect(DELETION_GRACE_DAYS).toBe(14);
    expect(deletionDueAt(new Date("2026-10-25T23:30:00.000Z")).toISOString()).toBe("2026-11-08T23:30:00.000Z");
  });

  it("lasts up to, not including, the due moment; nothing scheduled is never in grace", () => {
    const due = new Date("2026-11-16T10:00:00.000Z");
    expect(inGracePeriod(due, new Date("2026-11-16T09:59:59.999Z"))).toBe(true);
    expect(inGracePeriod(due, due)).toBe(false);
    expect(inGracePeriod(null, new Date("2026-11-01T00:00:00.000Z"))).toBe(false);
  });
});

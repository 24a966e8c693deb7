import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, addMonths, daysBetween, isIsoDate, isoDateIn } from "@/lib/core/dates";
import { stepDates } from "@/lib/domain/gaps";

describe("ISO calendar dates", () => {
  it.each(["2026-02-28", "2024-02-29", "1999-12-31"])("accepts %s", (date) => expect(isIsoDate(date)).toBe(true));
  it.each([
    "0000-00-00",
    "2026-02-30",
    "2025-02-29",
    "2026-13-01",
    "2026-1-01",
    "26-01-01",
    "2026-01-01T00:00:00Z",
    "",
    "1800-01-01",
  ])("refuses %s", (date) => expect(isIsoDate(date)).toBe(false));

  it("adds days across months, years and daylight-saving changes", () => {
    expect(addDays("2026-03-07", 2)).toBe("2026-03-09");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("adds months, clamping to the end of shorter months", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2026-11-15", 3)).toBe("2027-02-15");
  });

  it("counts days both ways, consistently with addDays", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: -3_000, max: 3_000 }), (offset, days) => {
        const from = addDays("1950-01-01", offset);
        expect(daysBetween(from, addDays(from, days))).toBe(days);
      }),
    );
  });

  it("reads today in the practice's time zone, not the server's", () => {
    const lateEveningInOregon = new Date("2026-11-26T05:30:00Z");
    expect(isoDateIn("America/Los_Angeles", lateEveningInOregon)).toBe("2026-11-25");
    expect(isoDateIn("UTC", lateEveningInOregon)).toBe("2026-11-26");
  });

  it("steps weekly and monthly from the first date, never past the last, and ends on the last", () => {
    expect(stepDates("2026-01-01", "2026-01-20", "week")).toEqual([
      "2026-01-01",
      "2026-01-08",
      "2026-01-15",
      "2026-01-20",
    ]);
    expect(stepDates("2026-01-01", "2026-01-01", "month")).toEqual(["2026-01-01"]);
    expect(stepDates("2026-01-01", "2026-01-29", "week")).toEqual([
      "2026-01-01",
      "2026-01-08",
      "2026-01-15",
      "2026-01-22",
      "2026-01-29",
    ]);
    expect(stepDates("2026-01-31", "2026-04-30", "month")).toEqual([
      "2026-01-31",
      "2026-02-28",
      "2026-03-31",
      "2026-04-30",
    ]);
    expect(stepDates("2026-02-01", "2026-01-01", "week")).toEqual([]);
  });
});

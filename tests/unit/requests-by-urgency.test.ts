import { describe, expect, it } from "vitest";
import { byUrgency } from "@/app/_components/requests/by-urgency";

type Row = {
  id: string;
  status: "open" | "answered" | "granted" | "denied" | "withdrawn";
  overdue: boolean;
  dueOn: string;
  askedOn: string;
};
const row = (id: string, status: Row["status"], overdue: boolean, askedOn: string, dueOn: string): Row => ({
  id,
  status,
  overdue,
  askedOn,
  dueOn,
});

describe("the Requests page's order", () => {
  const rows = [
    row("open-late-due", "open", false, "2026-03-01", "2026-04-30"),
    row("granted-old", "granted", false, "2026-01-02", "2026-01-16"),
    row("overdue-recent", "open", true, "2026-02-01", "2026-02-15"),
    row("open-soon", "open", false, "2026-03-02", "2026-03-16"),
    row("denied-new", "denied", false, "2026-02-20", "2026-03-06"),
    row("overdue-oldest", "open", true, "2026-01-05", "2026-01-19"),
  ];

  it("puts overdue first (longest late on top), then open by due date, then closed newest first", () => {
    const { overdue, open, closed } = byUrgency(rows);
    expect(overdue.map((r) => r.id)).toEqual(["overdue-oldest", "overdue-recent"]);
    expect(open.map((r) => r.id)).toEqual(["open-soon", "open-late-due"]);
    expect(closed.map((r) => r.id)).toEqual(["denied-new", "granted-old"]);
  });

  it("counts a closed request as closed even when its date has passed", () => {
    const { overdue, closed } = byUrgency([row("answered-late", "answered", true, "2026-01-05", "2026-01-19")]);
    expect(overdue).toEqual([]);
    expect(closed.map((r) => r.id)).toEqual(["answered-late"]);
  });
});

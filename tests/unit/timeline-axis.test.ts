import { describe, expect, it } from "vitest";
import { axisPosition, axisSpan, axisTicks, markerRows, tickEvery, timelineEvents } from "@/lib/domain/gaps";

const dates = (from: string, to: string) => axisTicks(from, to).map((tick) => tick.date);

describe("the timeline's axis", () => {
  it("labels every month that begins inside a year, each once", () => {
    expect(dates("2025-12-05", "2026-12-05")).toEqual([
      "2026-01-01",
      "2026-02-01",
      "2026-03-01",
      "2026-04-01",
      "2026-05-01",
      "2026-06-01",
      "2026-07-01",
      "2026-08-01",
      "2026-09-01",
      "2026-10-01",
      "2026-11-01",
      "2026-12-01",
    ]);
  });

  it("ticks the first month when the range starts on its first day", () => {
    expect(dates("2026-03-01", "2026-05-15")).toEqual(["2026-03-01", "2026-04-01", "2026-05-01"]);
  });

  it("labels quarters (January, April, July, October) past a year, half-years past three", () => {
    expect(tickEvery("2024-12-05", "2026-12-05")).toBe(3);
    expect(dates("2024-12-05", "2026-12-05")).toEqual([
      "2025-01-01",
      "2025-04-01",
      "2025-07-01",
      "2025-10-01",
      "2026-01-01",
      "2026-04-01",
      "2026-07-01",
      "2026-10-01",
    ]);
    expect(tickEvery("2021-06-10", "2026-06-10")).toBe(6);
    expect(dates("2021-06-10", "2022-08-01")).toHaveLength(5);
    expect(dates("2021-06-10", "2026-06-10").every((date) => /-(01|07)-01$/.test(date))).toBe(true);
  });

  it("never repeats a month, whatever the range", () => {
    for (const [from, to] of [
      ["2026-01-31", "2026-03-01"],
      ["2023-12-05", "2026-12-05"],
      ["2026-02-28", "2026-02-28"],
    ] as const) {
      const months = dates(from, to).map((date) => date.slice(0, 7));
      expect(new Set(months).size).toBe(months.length);
    }
  });

  it("gives each tick its period's end, and says whether the whole period is inside the range", () => {
    const ticks = axisTicks("2026-01-15", "2026-03-10");
    expect(ticks.map(({ date, whole }) => ({ date, whole }))).toEqual([
      { date: "2026-02-01", whole: true },
      { date: "2026-03-01", whole: false },
    ]);
    expect(ticks[0]!.end).toBe(ticks[1]!.at);
    expect(ticks[1]!.end).toBe(1);
    expect(axisTicks("2026-01-15", "2026-03-31").at(-1)!.whole).toBe(true);
  });

  it("has no ticks for a range inside one month or a reversed one", () => {
    expect(dates("2026-02-02", "2026-02-27")).toEqual([]);
    expect(dates("2026-03-01", "2026-02-01")).toEqual([]);
  });

  it("places a tick by days: February 1 of a Jan 1 – Mar 31 range is 31 of 90 days along", () => {
    const [february] = axisTicks("2026-01-01", "2026-03-31").slice(1);
    expect(february!.date).toBe("2026-02-01");
    expect(february!.at).toBeCloseTo(31 / 90, 10);
    expect(axisPosition("2025-01-01", "2026-01-01", "2026-03-31")).toBe(0);
    expect(axisPosition("2027-01-01", "2026-01-01", "2026-03-31")).toBe(1);
  });
});

describe("a status interval on the axis", () => {
  const from = "2026-01-01";
  const to = "2026-01-10";

  it("runs from its first day to the end of its last day", () => {
    expect(axisSpan("2026-01-03", "2026-01-04", from, to)).toEqual({ left: 0.2, width: 0.2 });
  });

  it("runs to the end of the range while it lasts, and is clipped at the start", () => {
    expect(axisSpan("2025-12-01", null, from, to)).toEqual({ left: 0, width: 1 });
    expect(axisSpan("2026-01-10", null, from, to)).toEqual({ left: 0.9, width: expect.closeTo(0.1, 10) });
  });

  it("is not drawn when it ended before the range or starts after it", () => {
    expect(axisSpan("2025-11-01", "2025-12-31", from, to)).toBeNull();
    expect(axisSpan("2026-01-11", null, from, to)).toBeNull();
  });
});

describe("markers that would touch", () => {
  it("take the next row, and go back to the first once there is room", () => {
    expect(markerRows([0.1, 0.11, 0.115, 0.5, 0.505], 0.02)).toEqual([0, 1, 2, 0, 1]);
  });

  it("share the row whose last marker is furthest back when every row is taken", () => {
    expect(markerRows([0.1, 0.101, 0.102, 0.103], 0.02, 3)).toEqual([0, 1, 2, 0]);
  });
});

describe("the timeline's events", () => {
  const child = {
    id: "c1",
    needs: [
      { id: "n1", needId: "trauma", identifiedOn: "2026-01-05", resolvedOn: "2026-06-30" },
      { id: "n0", needId: "anxiety", identifiedOn: "2025-06-01", resolvedOn: null },
    ],
    serviceMarks: [{ id: "m1", serviceId: "medication-management", markedOn: "2026-01-05", clearedOn: null }],
  };
  const provider = (id: string, startOn: string, endOn: string | null, childIds = ["c1"]) => ({
    id,
    statedTitle: "Therapist",
    credentialIds: ["lcsw"],
    supervisor: null,
    servicesDelivered: ["individual-therapy"],
    trainedIn: [],
    childIds,
    startOn,
    endOn,
  });

  it("lists what changed inside the range by date, needs before providers on one day", () => {
    const events = timelineEvents(
      child,
      [
        provider("p2", "2026-03-01", "2026-05-31"),
        provider("p1", "2026-01-05", null),
        provider("p3", "2026-02-01", null, ["c2"]),
      ],
      "2026-01-01",
      "2026-06-15",
    );
    expect(events).toEqual([
      { date: "2026-01-05", kind: "need-identified", subjectId: "n1", catalogId: "trauma" },
      { date: "2026-01-05", kind: "service-marked", subjectId: "m1", catalogId: "medication-management" },
      { date: "2026-01-05", kind: "provider-started", subjectId: "p1" },
      { date: "2026-03-01", kind: "provider-started", subjectId: "p2" },
      { date: "2026-05-31", kind: "provider-ended", subjectId: "p2" },
    ]);
  });

  it("orders two needs of one day by what they are, not by their random ids", () => {
    const twoNeeds = {
      id: "c1",
      needs: [
        { id: "b-id", needId: "trauma", identifiedOn: "2026-01-05", resolvedOn: null },
        { id: "a-id", needId: "aggression", identifiedOn: "2026-01-05", resolvedOn: null },
      ],
      serviceMarks: [],
    };
    expect(timelineEvents(twoNeeds, [], "2026-01-01", "2026-02-01").map((event) => event.catalogId)).toEqual([
      "aggression",
      "trauma",
    ]);
  });
});

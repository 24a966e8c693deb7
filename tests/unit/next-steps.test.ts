import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  familyGapsOn,
  isSafetyGap,
  nextSteps,
  MAX_NEXT_STEPS,
  type NextStepKind,
  type NextStepsInput,
} from "@/lib/domain/gaps";
import { dateArb, familyArb } from "../support/care-records";

const ON = "2026-06-01";

type Service = NextStepsInput["children"][number]["services"][number];
const service = (serviceId: string, status: Service["status"], days: number, neededFor = ["trauma"]): Service => ({
  serviceId,
  status,
  days,
  since: "2025-01-01",
  needed: status !== "covered" || neededFor.length > 0,
  neededFor,
  providerIds: status === "mismatch" ? ["kayla"] : [],
});
const input = (overrides: Partial<NextStepsInput> = {}): NextStepsInput => ({
  on: ON,
  children: [],
  flags: [],
  providers: [],
  ...overrides,
});
const flag = (providerId: string, questionIds = ["licensed", "oversight"]) => ({
  providerId,
  kind: "title-not-clinical" as const,
  statedTitle: "Therapist",
  questionIds,
});
const KIND_RANK: Record<NextStepKind, number> = {
  safety: 0,
  "overdue-request": 1,
  missing: 2,
  title: 3,
  mismatch: 4,
};

describe("what to do first", () => {
  it("says nothing when nothing is missing or doubtful", () => {
    expect(
      nextSteps(input({ children: [{ childId: "mateo", services: [service("family-therapy", "covered", 90)] }] })),
    ).toEqual([]);
  });

  it("puts a safety gap first, then the longest-missing service, then a title to check", () => {
    const steps = nextSteps(
      input({
        children: [
          {
            childId: "mateo",
            services: [
              service("family-therapy", "missing", 340),
              service("individual-therapy", "missing", 400),
              service("safety-planning", "missing", 20, ["self-harm"]),
            ],
          },
        ],
        flags: [flag("kayla")],
        providers: [{ id: "kayla", startOn: "2025-12-01" }],
      }),
    );
    expect(steps.map((step) => step.kind)).toEqual(["safety", "missing", "title"]);
    expect(steps[0]).toMatchObject({
      serviceId: "safety-planning",
      days: 20,
      childId: "mateo",
      questionId: "oversight",
    });
    // The longest of the two missing services, with the catalog's first question for it.
    expect(steps[1]).toMatchObject({ serviceId: "individual-therapy", days: 400, questionId: "licensed" });
    expect(steps[2]).toMatchObject({
      providerId: "kayla",
      days: 182,
      questionId: "licensed",
      statedTitle: "Therapist",
    });
  });

  it("does not let a long list of missing services hide a misleading title", () => {
    const steps = nextSteps(
      input({
        children: [
          {
            childId: "mateo",
            services: ["a", "b", "c", "d"].map((id, index) => service(`svc-${id}`, "missing", 100 + index)),
          },
        ],
        flags: [flag("kayla")],
        providers: [{ id: "kayla", startOn: "2026-05-01" }],
      }),
    );
    expect(
      steps.map((step) => (step.kind === "title" ? step.providerId : step.kind === "missing" ? step.serviceId : "")),
    ).toEqual(["svc-d", "svc-c", "kayla"]);
  });

  it("fills the places left with more of the same kind, longest first", () => {
    const steps = nextSteps(
      input({
        children: [
          { childId: "mateo", services: [service("family-therapy", "missing", 30)] },
          {
            childId: "sofia",
            services: [service("family-therapy", "missing", 60), service("psych-testing", "missing", 45)],
          },
        ],
      }),
    );
    expect(steps.map((step) => (step.kind === "missing" ? `${step.childId}:${step.serviceId}` : step.kind))).toEqual([
      "sofia:family-therapy",
      "sofia:psych-testing",
      "mateo:family-therapy",
    ]);
  });

  it("ranks every safety gap above anything else, even three of them", () => {
    const safety = (childId: string, days: number) => ({
      childId,
      services: [
        service("safety-planning", "missing", days, ["aggression"]),
        service("family-therapy", "missing", 900),
      ],
    });
    const steps = nextSteps(
      input({ children: [safety("a", 10), safety("b", 30), safety("c", 20)], flags: [flag("k")] }),
    );
    expect(steps.map((step) => (step.kind === "safety" ? step.childId : step.kind))).toEqual(["b", "c", "a"]);
  });

  it("counts safety planning as a safety gap only when a safety-relevant need calls for it, as the caseload does", () => {
    const marked = service("safety-planning", "missing", 50, ["marked"]);
    expect(isSafetyGap(marked)).toBe(false);
    const [step] = nextSteps(input({ children: [{ childId: "mateo", services: [marked] }] }));
    expect(step?.kind).toBe("missing");
    // Not qualified safety planning for self-harm is still a safety gap.
    const [mismatch] = nextSteps(
      input({ children: [{ childId: "mateo", services: [service("safety-planning", "mismatch", 5, ["self-harm"])] }] }),
    );
    expect(mismatch).toMatchObject({ kind: "safety", status: "mismatch", providerIds: ["kayla"] });
  });

  it("puts an overdue request right after safety, counting the days late from its due date", () => {
    const steps = nextSteps(
      input({
        children: [
          {
            childId: "mateo",
            services: [
              service("safety-planning", "missing", 5, ["self-harm"]),
              service("family-therapy", "missing", 300),
            ],
          },
        ],
        overdueRequests: [
          { id: "r-late", dueOn: "2026-05-20" },
          { id: "r-later", dueOn: "2026-04-01" },
          // Due today or later is not overdue.
          { id: "r-due-today", dueOn: ON },
        ],
      }),
    );
    expect(steps.map((step) => (step.kind === "overdue-request" ? step.requestId : step.kind))).toEqual([
      "safety",
      "r-later",
      "missing",
    ]);
    expect(steps[1]).toMatchObject({ days: 61, dueOn: "2026-04-01" });
  });

  it("lists a mismatch after titles, and a title without a start date or questions left still counts", () => {
    const steps = nextSteps(
      input({
        children: [{ childId: "mateo", services: [service("individual-therapy", "mismatch", 70)] }],
        flags: [flag("ghost", [])],
      }),
    );
    expect(steps).toEqual([
      {
        kind: "title",
        providerId: "ghost",
        flag: "title-not-clinical",
        statedTitle: "Therapist",
        days: null,
        questionId: null,
      },
      {
        kind: "mismatch",
        childId: "mateo",
        serviceId: "individual-therapy",
        since: "2025-01-01",
        days: 70,
        providerIds: ["kayla"],
        questionId: "licensed",
      },
    ]);
  });

  it("on any family and day: at most three steps, in rank order, safety gaps never left out for anything else", () => {
    fc.assert(
      fc.property(familyArb, dateArb, ({ children, providers }, on) => {
        const gaps = familyGapsOn(children, providers, on);
        const steps = nextSteps({ ...gaps, providers });
        expect(steps.length).toBeLessThanOrEqual(MAX_NEXT_STEPS);
        const ranks = steps.map((step) => KIND_RANK[step.kind]);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        const safetyGaps = gaps.children.flatMap((child) => child.services).filter(isSafetyGap).length;
        expect(steps.filter((step) => step.kind === "safety")).toHaveLength(Math.min(safetyGaps, MAX_NEXT_STEPS));
        const anything =
          gaps.flags.length > 0 ||
          gaps.children.some((child) =>
            child.services.some((s) => s.needed && s.status !== "covered" && s.status !== "unverified"),
          );
        expect(steps.length > 0).toBe(anything);
        // The same answer every time: nothing in it depends on anything but its input.
        expect(nextSteps({ ...gaps, providers })).toEqual(steps);
      }),
      { numRuns: 150 },
    );
  });
});

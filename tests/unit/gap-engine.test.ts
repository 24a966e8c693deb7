import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { credentials } from "@/lib/domain/catalog";
import { addDays, daysBetween } from "@/lib/core/dates";
import {
  childGapsOn,
  evaluateChildOn,
  familyGapsOn,
  judge,
  timeline,
  type ChildRecord,
  type GapStatus,
  type ProviderRecord,
} from "@/lib/domain/gaps";
import { dateArb, familyArb } from "../support/care-records";

const child = (overrides: Partial<ChildRecord> = {}): ChildRecord => ({
  id: "jordan",
  needs: [],
  serviceMarks: [],
  ...overrides,
});
const provider = (
  overrides: Partial<ProviderRecord> & Pick<ProviderRecord, "id" | "credentialIds" | "servicesDelivered">,
): ProviderRecord => ({
  statedTitle: "Worker",
  supervisor: null,
  trainedIn: [],
  childIds: ["jordan"],
  startOn: "2026-01-01",
  endOn: null,
  ...overrides,
});
// A property run takes about a second alone; the machine is shared, so they get room.
const PROPERTY_TIMEOUT_MS = 60_000;
const statusOf = (gaps: ReturnType<typeof childGapsOn>, serviceId: string) =>
  gaps.services.find((service) => service.serviceId === serviceId);

describe("the gap engine on the story in the issue", () => {
  const jordan = child({
    needs: [
      { id: "n1", needId: "trauma", identifiedOn: "2026-01-05", resolvedOn: null },
      { id: "n2", needId: "aggression", identifiedOn: "2026-01-05", resolvedOn: null },
    ],
  });
  const qmha = provider({
    id: "qmha",
    credentialIds: ["qmha"],
    statedTitle: "Therapist",
    servicesDelivered: ["individual-therapy", "skills-training"],
    // A QMHA works under a QMHP: with one on record, the skills training counts (R4).
    supervisor: { name: "Dana Reyes", credentialId: "qmhp" },
    startOn: "2026-02-01",
  });
  const lcsw = provider({
    id: "lcsw",
    credentialIds: ["lcsw"],
    statedTitle: "Therapist",
    servicesDelivered: ["trauma-treatment", "diagnostic-assessment"],
    trainedIn: ["tf-cbt"],
    startOn: "2026-06-01",
  });

  it("shows a QMHA doing therapy as a mismatch, even though no need calls for therapy, and flags the title", () => {
    const gaps = familyGapsOn([jordan], [qmha], "2026-03-01");
    const therapy = statusOf(gaps.children[0]!, "individual-therapy");
    expect(therapy).toMatchObject({
      status: "mismatch",
      needed: false,
      providerIds: ["qmha"],
      since: "2026-02-01",
      days: 28,
    });
    expect(therapy?.reason).toEqual({
      code: "not-qualified",
      credentialId: "or:qmha",
      serviceId: "individual-therapy",
      stateCode: "OR",
    });
    expect(gaps.flags).toEqual([expect.objectContaining({ providerId: "qmha", kind: "title-not-clinical" })]);
  });

  it("counts trauma treatment missing from the day the need was identified", () => {
    const gaps = childGapsOn(jordan, [qmha], "2026-03-01");
    expect(statusOf(gaps, "trauma-treatment")).toMatchObject({
      status: "missing",
      needed: true,
      neededFor: ["trauma"],
      since: "2026-01-05",
      days: 55,
    });
    expect(statusOf(gaps, "skills-training")).toBeUndefined();
  });

  it("covers trauma treatment from the LCSW's first day, and the timeline shows both periods", () => {
    expect(statusOf(childGapsOn(jordan, [qmha, lcsw], "2026-05-31"), "trauma-treatment")?.status).toBe("missing");
    expect(statusOf(childGapsOn(jordan, [qmha, lcsw], "2026-06-01"), "trauma-treatment")).toMatchObject({
      status: "covered",
      since: "2026-06-01",
      providerIds: ["lcsw"],
    });
    const picture = timeline([jordan], [qmha, lcsw], "2026-01-05", "2026-08-31", "week");
    const trauma = picture.children[0]!.services.find((service) => service.serviceId === "trauma-treatment")!;
    expect(trauma.periods.map((period) => period.status)).toEqual(["missing", "covered"]);
    expect(trauma.periods[0]).toMatchObject({ from: "2026-01-05", to: "2026-05-25", steps: 21 });
  });

  it("a licensed clinician without trauma training is a mismatch for trauma treatment, with the reason", () => {
    const untrained = { ...lcsw, trainedIn: [] };
    const trauma = statusOf(childGapsOn(jordan, [untrained], "2026-07-01"), "trauma-treatment");
    expect(trauma).toMatchObject({ status: "mismatch", reason: { code: "no-model-training" } });
  });

  it("only an unknown credential makes a service unverified, and flags the provider", () => {
    const unknown = provider({
      id: "x",
      credentialIds: ["unknown"],
      statedTitle: "Skills trainer",
      servicesDelivered: ["behavior-plan"],
    });
    const gaps = familyGapsOn([jordan], [unknown], "2026-03-01");
    expect(statusOf(gaps.children[0]!, "behavior-plan")).toMatchObject({ status: "unverified", providerIds: ["x"] });
    expect(gaps.flags).toEqual([expect.objectContaining({ providerId: "x", kind: "credential-unknown" })]);
  });

  it.each([
    ["School counselor", "school-counselor"],
    ["School Psychologist", "school-psychologist"],
    ["Alcohol and drug counselor", "cadc"],
  ])("does not flag %s on a %s: the title names the role truthfully", (statedTitle, credentialId) => {
    const honest = provider({
      id: "h",
      credentialIds: [credentialId],
      statedTitle,
      servicesDelivered: ["school-supports"],
    });
    expect(familyGapsOn([jordan], [honest], "2026-03-01").flags).toEqual([]);
  });

  it.each([
    ["Therapist", "school-counselor"],
    ["Counselor", "peer-support"],
    ["Family therapist", "lmsw"],
    ["Clinician", "bcba"],
  ])("flags %s on a %s", (statedTitle, credentialId) => {
    const misleading = provider({ id: "m", credentialIds: [credentialId], statedTitle, servicesDelivered: [] });
    expect(familyGapsOn([jordan], [misleading], "2026-03-01").flags).toEqual([
      expect.objectContaining({ providerId: "m", kind: "title-not-clinical" }),
    ]);
  });

  it("drops answered questions from a flag", () => {
    const answered = { ...qmha, answeredQuestionIds: ["licensed", "oversight"] };
    expect(familyGapsOn([jordan], [answered], "2026-03-01").flags[0]?.questionIds).toEqual([
      "therapy-or-support",
      "interventions",
    ]);
  });

  it("a resolved need stops calling for its services on the day it was resolved", () => {
    const resolved = child({
      needs: [{ id: "n", needId: "school-refusal", identifiedOn: "2026-01-01", resolvedOn: "2026-04-01" }],
    });
    expect(statusOf(childGapsOn(resolved, [], "2026-03-31"), "school-supports")?.status).toBe("missing");
    expect(childGapsOn(resolved, [], "2026-04-01").services).toEqual([]);
  });

  it("a provider's end date is their last day", () => {
    const psychiatrist = provider({
      id: "md",
      credentialIds: ["psychiatrist"],
      servicesDelivered: ["medication-management"],
      startOn: "2026-01-01",
      endOn: "2026-03-31",
    });
    const marked = child({
      serviceMarks: [{ id: "m", serviceId: "medication-management", markedOn: "2026-01-01", clearedOn: null }],
    });
    expect(statusOf(childGapsOn(marked, [psychiatrist], "2026-03-31"), "medication-management")?.status).toBe(
      "covered",
    );
    expect(statusOf(childGapsOn(marked, [psychiatrist], "2026-04-01"), "medication-management")).toMatchObject({
      status: "missing",
      since: "2026-04-01",
      neededFor: ["marked"],
    });
  });

  it("another child's provider covers nothing for this child", () => {
    const sibling = provider({
      id: "s",
      credentialIds: ["lmft"],
      servicesDelivered: ["family-therapy"],
      childIds: ["sam"],
    });
    const stressed = child({
      needs: [{ id: "n", needId: "family-stress", identifiedOn: "2026-01-01", resolvedOn: null }],
    });
    expect(statusOf(childGapsOn(stressed, [sibling], "2026-02-01"), "family-therapy")?.status).toBe("missing");
  });
});

// Mismatch and unverified rank alike: someone delivers the service, but nobody known to qualify.
// (Ending a mismatched provider beside an unknown one turns mismatch into unverified, and that is
// no improvement.)
const GOODNESS: Record<GapStatus, number> = { missing: 0, mismatch: 1, unverified: 1, covered: 2 };
const neededStatuses = (record: ChildRecord, providers: readonly ProviderRecord[], on: string) =>
  new Map(
    [...evaluateChildOn(record, providers, on)]
      .filter(([, state]) => state.needed)
      .map(([id, state]) => [id, GOODNESS[state.status]]),
  );

describe("properties of the gap engine", () => {
  it(
    "adding a qualifying provider never makes anything worse",
    () => {
      // Services the credential qualifies for on its own (supervised ones have their own property).
      const ownServices = (credential: (typeof credentials)[number]) =>
        Object.keys(credential.services).filter(
          (serviceId) =>
            judge({ credentialIds: [credential.id], trainedIn: ["tf-cbt"] }, serviceId).kind === "qualified",
        );
      const qualifyingArb = fc
        .constantFrom(...credentials.filter((c) => ownServices(c).length > 0))
        .chain((credential) =>
          fc.record({
            credential: fc.constant(credential),
            services: fc.subarray(ownServices(credential), { minLength: 1 }),
          }),
        );
      fc.assert(
        fc.property(familyArb, dateArb, qualifyingArb, ({ children, providers }, on, { credential, services }) => {
          const added: ProviderRecord = provider({
            id: "added",
            credentialIds: [credential.id],
            servicesDelivered: services,
            trainedIn: ["tf-cbt"],
            childIds: [children[0]!.id],
            startOn: addDays(on, -30),
          });
          const before = evaluateChildOn(children[0]!, providers, on);
          const after = evaluateChildOn(children[0]!, [...providers, added], on);
          for (const [serviceId, state] of after) {
            const previous = before.get(serviceId);
            expect(previous, `${serviceId} appeared as ${state.status}`).toBeDefined();
            expect(GOODNESS[state.status]).toBeGreaterThanOrEqual(GOODNESS[previous!.status]);
          }
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    "ending a provider never makes a needed service better",
    () => {
      fc.assert(
        fc.property(familyArb, dateArb, fc.nat(), ({ children, providers }, on, pick) => {
          const active = providers.filter((p) => p.startOn < on && (p.endOn === null || p.endOn >= on));
          fc.pre(active.length > 0);
          const ending = active[pick % active.length]!;
          const ended = providers.map((p) => (p === ending ? { ...p, endOn: addDays(on, -1) } : p));
          for (const record of children) {
            const before = neededStatuses(record, providers, on);
            const after = neededStatuses(record, ended, on);
            expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
            for (const [serviceId, goodness] of after) expect(goodness).toBeLessThanOrEqual(before.get(serviceId)!);
          }
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    "a status's since never lies in the future, and is exactly when the status began",
    () => {
      fc.assert(
        fc.property(familyArb, dateArb, ({ children, providers }, on) => {
          for (const record of children) {
            for (const gap of childGapsOn(record, providers, on).services) {
              expect(gap.since <= on).toBe(true);
              expect(gap.days).toBe(daysBetween(gap.since, on));
              // The status held on every day from since to on …
              for (let day = gap.since; day <= on; day = addDays(day, 17))
                expect(evaluateChildOn(record, providers, day).get(gap.serviceId)?.status).toBe(gap.status);
              expect(evaluateChildOn(record, providers, gap.since).get(gap.serviceId)?.status).toBe(gap.status);
              // … and not on the day before.
              expect(evaluateChildOn(record, providers, addDays(gap.since, -1)).get(gap.serviceId)?.status).not.toBe(
                gap.status,
              );
            }
          }
        }),
        { numRuns: 200 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    "a gap's since is the from of its current interval, and its days that interval's length so far",
    () => {
      fc.assert(
        fc.property(familyArb, dateArb, fc.integer({ min: 0, max: 400 }), ({ children, providers }, on, back) => {
          const picture = timeline(children, providers, addDays(on, -back), on, "month");
          children.forEach((record, childIndex) => {
            const intervals = picture.children[childIndex]!.intervals;
            const current = intervals.filter((interval) => interval.to === null);
            const gaps = childGapsOn(record, providers, on).services;
            // Exactly the services the gaps list are still open at the timeline's end, with the same status.
            expect(current.map((interval) => interval.serviceId).sort()).toEqual(
              gaps.map((gap) => gap.serviceId).sort(),
            );
            for (const gap of gaps) {
              const interval = current.find((candidate) => candidate.serviceId === gap.serviceId)!;
              expect(interval.status).toBe(gap.status);
              expect(interval.from).toBe(gap.since);
              expect(gap.days).toBe(daysBetween(interval.from, on));
            }
            // Intervals of one service never overlap and each holds its status on its first and last day.
            for (const interval of intervals) {
              expect(evaluateChildOn(record, providers, interval.from).get(interval.serviceId)?.status).toBe(
                interval.status,
              );
              if (interval.to !== null) {
                expect(interval.to >= interval.from).toBe(true);
                expect(evaluateChildOn(record, providers, interval.to).get(interval.serviceId)?.status).toBe(
                  interval.status,
                );
                expect(
                  evaluateChildOn(record, providers, addDays(interval.to, 1)).get(interval.serviceId)?.status,
                ).not.toBe(interval.status);
              }
            }
          });
        }),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    "the timeline agrees with the gaps on every step",
    () => {
      fc.assert(
        fc.property(familyArb, dateArb, ({ children, providers }, from) => {
          const picture = timeline(children, providers, from, addDays(from, 120), "week");
          picture.dates.forEach((date, index) => {
            children.forEach((record, childIndex) => {
              const expected = evaluateChildOn(record, providers, date);
              for (const service of picture.children[childIndex]!.services)
                expect(service.statuses[index]).toBe(expected.get(service.serviceId)?.status ?? null);
              for (const [serviceId] of expected)
                expect(picture.children[childIndex]!.services.some((s) => s.serviceId === serviceId)).toBe(true);
            });
          });
        }),
        { numRuns: 100 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});

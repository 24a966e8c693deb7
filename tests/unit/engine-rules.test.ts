import { describe, expect, it } from "vitest";
import { canonicalCredentialId, credentialById, credentials, needById, treatmentModelById } from "@/lib/domain/catalog";
import {
  childGapsOn,
  CRISIS_LINE,
  judge,
  judgeOn,
  timeline,
  type ChildRecord,
  type ProviderRecord,
} from "@/lib/domain/gaps";
import { mismatchReasonWords } from "@/lib/domain/gaps/mismatch-reason-text";

// The engine rules R1–R12 of states.md §5, one describe per rule, each test named after its rule.

const ON = "2026-03-01";
const child = (needIds: string[], marks: string[] = []): ChildRecord => ({
  id: "kid",
  needs: needIds.map((needId, index) => ({ id: `n${index}`, needId, identifiedOn: "2026-01-01", resolvedOn: null })),
  serviceMarks: marks.map((serviceId, index) => ({
    id: `m${index}`,
    serviceId,
    markedOn: "2026-01-01",
    clearedOn: null,
  })),
});
const provider = (
  id: string,
  credentialIds: string[],
  servicesDelivered: string[],
  more: Partial<ProviderRecord> = {},
): ProviderRecord => ({
  id,
  statedTitle: "Worker",
  credentialIds,
  supervisor: null,
  servicesDelivered,
  trainedIn: [],
  childIds: ["kid"],
  startOn: "2026-01-01",
  endOn: null,
  ...more,
});
const gap = (record: ChildRecord, team: ProviderRecord[], serviceId: string, on = ON) =>
  childGapsOn(record, team, on).services.find((service) => service.serviceId === serviceId);

const THERAPY_LIKE = ["individual-therapy", "family-therapy", "trauma-treatment", "diagnostic-assessment"];
const CLINICAL = [...THERAPY_LIKE, "psych-testing", "medication-management", "safety-planning", "behavior-plan"];

describe("R1: a behavior technician carries out a behavior analyst's plan", () => {
  const aggression = child(["aggression"]);
  const rbt = provider("rbt", ["rbt"], ["behavior-plan"]);

  it("R1: an RBT alone does not cover a behavior plan, and the reason asks for a behavior analyst", () => {
    expect(gap(aggression, [rbt], "behavior-plan")).toMatchObject({
      status: "mismatch",
      reason: { code: "needs-behavior-analyst", credentialId: "rbt", serviceId: "behavior-plan" },
    });
    expect(mismatchReasonWords(gap(aggression, [rbt], "behavior-plan")!.reason!, "en")).toMatch(/BCBA/);
  });

  it("R1: the RBT's plan counts from the day a BCBA joins the team, and stops after the BCBA's last day", () => {
    const bcba = provider("bcba", ["bcba"], [], { startOn: "2026-02-10", endOn: "2026-04-30" });
    expect(gap(aggression, [rbt, bcba], "behavior-plan", "2026-02-09")?.status).toBe("mismatch");
    expect(gap(aggression, [rbt, bcba], "behavior-plan", "2026-02-10")).toMatchObject({
      status: "covered",
      providerIds: ["rbt"],
      since: "2026-02-10",
    });
    expect(gap(aggression, [rbt, bcba], "behavior-plan", "2026-04-30")?.status).toBe("covered");
    expect(gap(aggression, [rbt, bcba], "behavior-plan", "2026-05-01")).toMatchObject({
      status: "mismatch",
      since: "2026-05-01",
    });
  });

  it("R1: a behavior analyst as the RBT's supervisor counts, named or on the team", () => {
    const named = { ...rbt, supervisor: { name: "Ana", credentialId: "bcba" } };
    expect(gap(aggression, [named], "behavior-plan")?.status).toBe("covered");
    const supervisor = provider("sup", ["bcba"], [], { childIds: ["other-child"] });
    const byId = { ...rbt, supervisor: { providerId: "sup" } };
    expect(gap(aggression, [byId, supervisor], "behavior-plan")?.status).toBe("covered");
    // A licensed therapist is not a behavior analyst.
    expect(
      gap(aggression, [{ ...rbt, supervisor: { name: "Lee", credentialId: "lcsw" } }], "behavior-plan")?.status,
    ).toBe("mismatch");
  });

  it.each(["wa:cbt", "pa:bht-aba", "rbt"])("R1: %s needs a behavior analyst too", (credentialId) => {
    expect(judge({ credentialIds: [credentialId], trainedIn: [] }, "behavior-plan")).toMatchObject({
      kind: "conditional",
      reason: { code: "needs-behavior-analyst" },
    });
  });
});

describe("R2: behavior analysts do not diagnose or provide psychotherapy", () => {
  it.each(["individual-therapy", "family-therapy", "diagnostic-assessment", "psych-testing"])(
    "R2: a BCBA alone never covers %s",
    (serviceId) => {
      const bcba = provider("bcba", ["bcba"], [serviceId]);
      expect(gap(child([], [serviceId]), [bcba], serviceId)).toMatchObject({
        status: "mismatch",
        reason: { code: "not-qualified" },
      });
    },
  );

  it("R2: a BCBA covers the behavior plan and the caregiver training that goes with it", () => {
    const bcba = provider("bcba", ["bcba"], ["behavior-plan", "parent-training"]);
    expect(gap(child(["aggression"]), [bcba], "behavior-plan")?.status).toBe("covered");
    expect(gap(child(["aggression"]), [bcba], "parent-training")?.status).toBe("covered");
  });
});

describe("R3: associates count only with a named, qualified supervisor", () => {
  const schoolRefusal = child(["school-refusal"]);
  const associate = provider("a", ["lpc-associate"], ["individual-therapy"]);

  it("R3: an LPC associate's therapy without a supervisor is not covered, and the reason says whom to ask for", () => {
    const therapy = gap(schoolRefusal, [associate], "individual-therapy");
    expect(therapy).toMatchObject({
      status: "mismatch",
      reason: { code: "needs-supervisor", credentialId: "or:lpc-associate", stateCode: "OR" },
    });
    expect(mismatchReasonWords(therapy!.reason!, "en")).toMatch(/LCSW/);
    expect(mismatchReasonWords(therapy!.reason!, "es")).toMatch(/supervisor/);
  });

  it("R3: the same therapy is covered once a licensed supervisor is named", () => {
    const supervised = { ...associate, supervisor: { name: "Dr. Kim", credentialId: "lpc" } };
    expect(gap(schoolRefusal, [supervised], "individual-therapy")?.status).toBe("covered");
  });

  it("R3: a supervisor who is not qualified for the service does not count", () => {
    const badly = { ...associate, supervisor: { name: "Sam", credentialId: "qmha" } };
    expect(gap(schoolRefusal, [badly], "individual-therapy")?.reason?.code).toBe("needs-supervisor");
    const associateSupervisor = { ...associate, supervisor: { name: "Sam", credentialId: "or:cswa" } };
    expect(gap(schoolRefusal, [associateSupervisor], "individual-therapy")?.status).toBe("mismatch");
  });

  it("R3: a supervisor on the team counts only while active, to the exact day", () => {
    const lcsw = provider("lcsw", ["lcsw"], [], { childIds: ["sibling"], startOn: "2026-01-15", endOn: "2026-02-20" });
    const byId = { ...associate, supervisor: { providerId: "lcsw" } };
    expect(gap(schoolRefusal, [byId, lcsw], "individual-therapy", "2026-01-14")?.status).toBe("mismatch");
    expect(gap(schoolRefusal, [byId, lcsw], "individual-therapy", "2026-02-20")).toMatchObject({
      status: "covered",
      since: "2026-01-15",
    });
    expect(gap(schoolRefusal, [byId, lcsw], "individual-therapy", "2026-02-21")).toMatchObject({
      status: "mismatch",
      since: "2026-02-21",
      reason: { code: "needs-supervisor" },
    });
  });

  it.each([
    "or:cswa",
    "or:lpc-associate",
    "or:mft-associate",
    "ca:asw",
    "ca:amft",
    "ca:apcc",
    "tx:lpc-associate",
    "tx:lmft-associate",
    "tx:lmsw",
    "wa:lmhca",
    "wa:lmfta",
    "mi:llpc",
    "mi:llmsw",
    "mi:llp",
    "ny:lmsw",
    "oh:lpc",
    "oh:lsw",
    "fl:csw-intern",
    "fl:mft-intern",
    "fl:mhc-intern",
    "va:resident-in-counseling",
    "va:psychology-resident",
    "va:social-work-supervisee",
    "nc:lcmhca",
    "az:lac",
    "az:lmsw",
    "az:lamft",
    "associate-social-worker",
    "associate-counselor",
    "associate-family-therapist",
  ])("R3: %s provides therapy only under a supervisor", (credentialId) => {
    const entry = credentialById(credentialId)!;
    expect(entry).toMatchObject({ level: "associate", requiresSupervisor: true });
    expect(judge({ credentialIds: [credentialId], trainedIn: [] }, "individual-therapy")).toMatchObject({
      kind: "conditional",
      reason: entry.states[0] ? { code: "needs-supervisor", stateCode: entry.states[0] } : { code: "needs-supervisor" },
    });
    const team = [
      provider("a", [credentialId], ["individual-therapy"], { supervisor: { name: "S", credentialId: "lcsw" } }),
    ];
    expect(judgeOn(team[0]!, "individual-therapy", team, "kid", ON).kind).toBe("qualified");
  });
});

describe("R4: paraprofessionals work from a clinician's plan", () => {
  const paraprofessionals = credentials.filter(
    (entry) => entry.level === "paraprofessional" && entry.family !== "peer-support",
  );

  it("R4: the catalog's paraprofessionals include the titles the rule names", () => {
    expect(paraprofessionals.map((entry) => entry.id)).toEqual(
      expect.arrayContaining([
        "or:qmha",
        "or:skills-trainer",
        "va:qmhp",
        "va:bht",
        "tx:qmhp-cs",
        "tx:cssp",
        "nc:ap",
        "nc:paraprofessional",
        "oh:qbhs",
        "az:bht",
        "az:bhpp",
        "pa:bht",
        "ca:mhrs",
      ]),
    );
  });

  it("R4: no paraprofessional covers therapy, family therapy, trauma treatment or a diagnostic assessment, trained and supervised or not", () => {
    for (const entry of paraprofessionals) {
      for (const serviceId of THERAPY_LIKE) {
        const team = [
          provider("p", [entry.id], [serviceId], {
            trainedIn: ["tf-cbt", "cpp", "emdr"],
            supervisor: { name: "S", credentialId: "lcsw" },
          }),
        ];
        expect(judgeOn(team[0]!, serviceId, team, "kid", ON).kind, `${entry.id} → ${serviceId}`).toBe("mismatch");
      }
    }
  });

  it("R4: a QMHA's skills training counts with a QMHP supervisor on the team", () => {
    const qmhp = provider("qmhp", ["qmhp"], []);
    const qmha = provider("qmha", ["qmha"], ["skills-training"], { supervisor: { providerId: "qmhp" } });
    expect(gap(child([], ["skills-training"]), [qmha, qmhp], "skills-training")?.status).toBe("covered");
    expect(gap(child([], ["skills-training"]), [{ ...qmha, supervisor: null }], "skills-training")?.reason?.code).toBe(
      "needs-supervisor",
    );
  });
});

describe("R5: peers and family partners are never clinical", () => {
  it("R5: no peer or family partner covers a clinical service", () => {
    const peers = credentials.filter((entry) => entry.family === "peer-support");
    expect(peers.map((entry) => entry.id)).toEqual(
      expect.arrayContaining([
        "peer-support",
        "tx:family-partner",
        "ny:family-peer-advocate",
        "ca:peer-support-specialist",
      ]),
    );
    for (const entry of peers) {
      expect(entry.clinical, entry.id).toBe(false);
      for (const serviceId of CLINICAL)
        expect(
          judge({ credentialIds: [entry.id], trainedIn: ["tf-cbt"] }, serviceId).kind,
          `${entry.id} → ${serviceId}`,
        ).toBe("mismatch");
      expect(judge({ credentialIds: [entry.id], trainedIn: [] }, "peer-family-support").kind).toBe("qualified");
    }
  });
});

describe("R6: medication management by any prescriber", () => {
  it.each(["psychiatrist", "pmhnp", "pediatrician", "developmental-behavioral-pediatrician", "family-physician"])(
    "R6: a %s prescribing covers medication management",
    (credentialId) => {
      const prescriber = provider("rx", [credentialId], ["medication-management"]);
      expect(gap(child(["psychosis"]), [prescriber], "medication-management")?.status).toBe("covered");
    },
  );

  it("R6: a pediatrician prescribing ADHD medication covers it, and no psychiatrist gap appears", () => {
    const adhd = child(["neurodivergent-overwhelm"], ["medication-management"]);
    const pediatrician = provider("ped", ["pediatrician"], ["medication-management"], { statedTitle: "Pediatrician" });
    const gaps = childGapsOn(adhd, [pediatrician], ON).services;
    expect(gaps.find((service) => service.serviceId === "medication-management")?.status).toBe("covered");
    expect(gaps.filter((service) => service.status !== "covered").map((service) => service.serviceId)).not.toContain(
      "medication-management",
    );
  });

  it("R6: nurse practitioners' and physician assistants' authority is marked to check locally", () => {
    for (const id of ["pediatric-np", "family-np", "physician-assistant", "pmhnp"])
      expect(credentialById(id)?.unverified, id).toMatch(/check locally/);
  });
});

describe("R7: an eating disorder calls for medical monitoring and family-based treatment", () => {
  it("R7: the need calls for medical monitoring and family therapy, not medication", () => {
    const need = needById("eating-disorder")!;
    expect(need.services).toEqual(expect.arrayContaining(["medical-monitoring", "family-therapy"]));
    expect([...need.services, ...(need.servicesWhereIndicated ?? [])]).not.toContain("medication-management");
    const gaps = childGapsOn(child(["eating-disorder"]), [], ON).services.map((service) => service.serviceId);
    expect(gaps).toContain("medical-monitoring");
    expect(gaps).not.toContain("medication-management");
  });

  it("R7: a pediatrician covers medical monitoring; a therapist does not", () => {
    const ed = child(["eating-disorder"]);
    expect(gap(ed, [provider("ped", ["pediatrician"], ["medical-monitoring"])], "medical-monitoring")?.status).toBe(
      "covered",
    );
    expect(gap(ed, [provider("t", ["lmft"], ["medical-monitoring"])], "medical-monitoring")?.status).toBe("mismatch");
  });

  it("R7: FBT is a family-therapy model for adolescents", () => {
    expect(treatmentModelById("fbt")).toMatchObject({ trauma: false, services: ["family-therapy"] });
  });
});

describe("R8: trauma treatment needs a therapist and a trauma-focused model", () => {
  const trauma = child(["trauma"]);

  it("R8: PCIT alone does not count, and the reason names the trauma models", () => {
    const pcit = provider("t", ["lpc"], ["trauma-treatment"], { trainedIn: ["pcit"] });
    const state = gap(trauma, [pcit], "trauma-treatment");
    expect(state).toMatchObject({ status: "mismatch", reason: { code: "no-trauma-model" } });
    expect(mismatchReasonWords(state!.reason!, "en")).toContain("TF-CBT, CPP, or EMDR");
  });

  it("R8: TF-CBT, CPP or EMDR with a therapist counts", () => {
    for (const model of ["tf-cbt", "cpp", "emdr"])
      expect(
        gap(trauma, [provider("t", ["lmft"], ["trauma-treatment"], { trainedIn: [model] })], "trauma-treatment")
          ?.status,
      ).toBe("covered");
  });

  it("R8: a trauma model without a therapist-level credential does not count", () => {
    const qmha = provider("q", ["qmha"], ["trauma-treatment"], { trainedIn: ["tf-cbt"] });
    expect(gap(trauma, [qmha], "trauma-treatment")?.reason?.code).toBe("not-qualified");
  });

  it("R8: the trauma flags and age bands of the models follow states.md §4", () => {
    expect(treatmentModelById("pcit")).toMatchObject({ trauma: false, ages: { min: 2, max: 7 } });
    expect(treatmentModelById("cpp")).toMatchObject({ trauma: true, ages: { min: 0, max: 5 } });
    expect(treatmentModelById("tf-cbt")).toMatchObject({ trauma: true, ages: { min: 3, max: 18 } });
    expect(treatmentModelById("emdr")?.trauma).toBe(true);
    for (const id of ["psb-cbt", "mst", "fft", "mdft", "a-cra", "dbt-a", "fbt"])
      expect(treatmentModelById(id)?.trauma, id).toBe(false);
  });
});

describe("R9: sexualized behavior is met by PSB-CBT with caregivers", () => {
  const sexualized = child(["sexualized-behavior"]);
  const psb = provider("t", ["lpc"], ["parent-training"], { trainedIn: ["psb-cbt"] });

  it("R9: a therapist trained in PSB-CBT working with caregivers meets the trauma-treatment call", () => {
    expect(gap(sexualized, [psb], "trauma-treatment")).toMatchObject({ status: "covered", providerIds: ["t"] });
  });

  it("R9: without PSB-CBT training, or without a qualified therapist, it stays missing", () => {
    expect(gap(sexualized, [{ ...psb, trainedIn: [] }], "trauma-treatment")?.status).toBe("missing");
    const qmha = provider("q", ["qmha"], ["parent-training"], { trainedIn: ["psb-cbt"] });
    expect(gap(sexualized, [qmha], "trauma-treatment")?.status).toBe("missing");
  });

  it("R9: a trauma need beside it still calls for trauma treatment itself", () => {
    expect(gap(child(["sexualized-behavior", "trauma"]), [psb], "trauma-treatment")?.status).toBe("missing");
  });
});

describe("R10: 988 beside every safety-planning gap", () => {
  it("R10: a missing, mismatched or unverified safety plan carries the crisis line; a covered one does not", () => {
    const selfHarm = child(["self-harm"]);
    expect(CRISIS_LINE).toBe("988");
    expect(gap(selfHarm, [], "safety-planning")).toMatchObject({ status: "missing", crisisLine: "988" });
    expect(gap(selfHarm, [provider("q", ["qmha"], ["safety-planning"])], "safety-planning")).toMatchObject({
      status: "mismatch",
      crisisLine: "988",
    });
    expect(gap(selfHarm, [provider("u", ["unknown"], ["safety-planning"])], "safety-planning")).toMatchObject({
      status: "unverified",
      crisisLine: "988",
    });
    expect(
      gap(selfHarm, [provider("l", ["lcsw"], ["safety-planning"])], "safety-planning")?.crisisLine,
    ).toBeUndefined();
    expect(gap(selfHarm, [], "individual-therapy")?.crisisLine).toBeUndefined();
  });
});

describe("R11: a state's own title wins", () => {
  it("R11: a Texas family's QMHP doing therapy is a mismatch; an Oregon family's is covered", () => {
    const record = child(["school-refusal"]);
    const asEntered = (state: "TX" | "OR") =>
      provider("q", [canonicalCredentialId("qmhp", state)!], ["individual-therapy"]);
    expect(asEntered("TX").credentialIds).toEqual(["tx:qmhp-cs"]);
    expect(gap(record, [asEntered("TX")], "individual-therapy")).toMatchObject({
      status: "mismatch",
      reason: { code: "not-qualified", credentialId: "tx:qmhp-cs", stateCode: "TX" },
    });
    expect(mismatchReasonWords(gap(record, [asEntered("TX")], "individual-therapy")!.reason!, "en")).toBe(
      "The QMHP-CS credential does not cover individual psychotherapy.",
    );
    expect(asEntered("OR").credentialIds).toEqual(["or:qmhp"]);
    expect(gap(record, [asEntered("OR")], "individual-therapy")?.status).toBe("covered");
  });

  it("R11: in Ohio an LPC is supervised; in Michigan the clinical LMSW is independent", () => {
    expect(canonicalCredentialId("lpc", "OH")).toBe("oh:lpc");
    expect(canonicalCredentialId("lpc", "TX")).toBe("lpc");
    const record = child(["school-refusal"]);
    expect(gap(record, [provider("c", ["oh:lpc"], ["individual-therapy"])], "individual-therapy")).toMatchObject({
      status: "mismatch",
      reason: { code: "needs-supervisor", stateCode: "OH" },
    });
    expect(
      gap(record, [provider("s", ["mi:lmsw-clinical"], ["individual-therapy"])], "individual-therapy")?.status,
    ).toBe("covered");
  });
});

describe("R12: Virginia's QMHP-A and QMHP-C are one QMHP since 2025-05-07", () => {
  it("R12: QMHP-A, QMHP-C and QMHP on a Virginia plan are the registered QMHP, which provides no therapy", () => {
    for (const id of ["qmhp-a", "QMHP-C", "qmhp"]) expect(canonicalCredentialId(id, "VA"), id).toBe("va:qmhp");
    expect(judge({ credentialIds: ["va:qmhp"], trainedIn: [] }, "individual-therapy").kind).toBe("mismatch");
  });

  it("R12: Virginia's BHT and BHTA are supervised registrations", () => {
    expect(canonicalCredentialId("bhta", "VA")).toBe("va:bht");
    expect(credentialById("va:bht")).toMatchObject({ kind: "registration", requiresSupervisor: true });
  });
});

describe("within scope: not mismatches (issue 16)", () => {
  it.each([
    ["a psychologist writing a behavior plan", ["psychologist"], "behavior-plan"],
    ["an LPC coordinating care", ["lpc"], "care-coordination"],
    ["an MSW case manager coordinating care", ["msw"], "care-coordination"],
    ["a psychiatrist doing family sessions", ["psychiatrist"], "family-therapy"],
    ["a pediatrician prescribing ADHD medication", ["pediatrician"], "medication-management"],
  ])("%s is covered", (_name, credentialIds, serviceId) => {
    expect(gap(child([], [serviceId]), [provider("p", credentialIds, [serviceId])], serviceId)?.status).toBe("covered");
  });

  it("an LPC associate doing family sessions under a supervisor is covered", () => {
    const associate = provider("a", ["lpc-associate"], ["family-therapy"], {
      supervisor: { name: "Dr. Ruiz", credentialId: "lmft" },
    });
    expect(gap(child(["family-stress"]), [associate], "family-therapy")?.status).toBe("covered");
  });

  it("a person with several credentials is qualified if any one is (LPC + CADC, MSW working as a QMHP)", () => {
    const both = provider("p", ["cadc", "lpc"], ["substance-use-treatment", "individual-therapy"]);
    expect(gap(child(["substance-use"]), [both], "substance-use-treatment")?.status).toBe("covered");
    expect(gap(child(["school-refusal"]), [both], "individual-therapy")?.status).toBe("covered");
    const mswQmhp = provider("m", ["msw", "qmhp"], ["individual-therapy"]);
    expect(gap(child(["school-refusal"]), [mswQmhp], "individual-therapy")?.status).toBe("covered");
  });
});

describe("one clock: statuses change on the exact day, whatever the timeline's step", () => {
  it("a psychiatrist's last day is the end date, in the gaps and in the timeline's intervals", () => {
    const marked = child([], ["medication-management"]);
    const psychiatrist = provider("md", ["psychiatrist"], ["medication-management"], { endOn: "2026-03-31" });
    const picture = timeline([marked], [psychiatrist], "2026-01-01", "2026-06-30", "month");
    expect(picture.children[0]!.intervals).toEqual([
      { serviceId: "medication-management", status: "covered", from: "2026-01-01", to: "2026-03-31" },
      { serviceId: "medication-management", status: "missing", from: "2026-04-01", to: null },
    ]);
    expect(gap(marked, [psychiatrist], "medication-management", "2026-06-30")).toMatchObject({
      since: "2026-04-01",
      days: 90,
    });
  });
});

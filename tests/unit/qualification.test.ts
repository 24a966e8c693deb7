import { describe, expect, it } from "vitest";
import { credentials, serviceIds } from "@/lib/domain/catalog";
import { judge, type MismatchReason } from "@/lib/domain/gaps";
import { MISMATCH_MESSAGES, mismatchReasonText, mismatchReasonWords } from "@/lib/domain/gaps/mismatch-reason-text";
import { translatorFor } from "@/lib/core/i18n/translator";

const t = translatorFor("en");
const reasonText = (reason: MismatchReason) => mismatchReasonWords(reason, "en");

// Table 2 of the domain reference and states.md §1, written out again here on purpose: the
// catalog must agree with it, for the national families and Oregon's titles. Trauma treatment is
// judged with a trauma-model training recorded. "conditional" = only with a qualified supervisor
// (associates, paraprofessionals under supervision: R3, R4) or a behavior analyst (R1).
const THERAPISTS = ["lcsw", "lpc", "lmft", "psychologist"];
const ASSOCIATES = [
  "or:cswa",
  "or:lpc-associate",
  "or:mft-associate",
  "associate-social-worker",
  "associate-counselor",
  "associate-family-therapist",
];
const PRESCRIBERS = [
  "psychiatrist",
  "pmhnp",
  "pediatrician",
  "developmental-behavioral-pediatrician",
  "family-physician",
  "pediatric-np",
  "family-np",
  "physician-assistant",
];
const QUALIFIED: Record<string, { qualified: string[]; conditional?: string[] }> = {
  "diagnostic-assessment": { qualified: [...THERAPISTS, "psychiatrist", "pmhnp", "or:qmhp"], conditional: ASSOCIATES },
  "psych-testing": { qualified: ["psychologist", "school-psychologist"] },
  "individual-therapy": { qualified: [...THERAPISTS, "psychiatrist", "pmhnp", "or:qmhp"], conditional: ASSOCIATES },
  "family-therapy": { qualified: [...THERAPISTS, "psychiatrist", "or:qmhp"], conditional: ASSOCIATES },
  "trauma-treatment": { qualified: [...THERAPISTS, "psychiatrist", "pmhnp", "or:qmhp"], conditional: ASSOCIATES },
  "medication-management": { qualified: PRESCRIBERS },
  "medical-monitoring": { qualified: PRESCRIBERS },
  "safety-planning": {
    qualified: [
      ...THERAPISTS,
      "psychiatrist",
      "pmhnp",
      "or:qmhp",
      "wraparound-coordinator",
      "or:cadc",
      "substance-use-counselor",
    ],
    conditional: ASSOCIATES,
  },
  "substance-use-treatment": {
    qualified: ["or:cadc", "substance-use-counselor", ...THERAPISTS, "psychiatrist", "pmhnp"],
  },
  "behavior-plan": { qualified: ["bcba", "psychologist"], conditional: ["bcaba", "rbt"] },
  "skills-training": {
    qualified: ["or:qmhp", "behavioral-health-technician", ...THERAPISTS],
    conditional: ["or:qmha", "or:skills-trainer", ...ASSOCIATES],
  },
  "care-coordination": {
    qualified: [
      "or:qmhp",
      "wraparound-coordinator",
      "case-manager",
      "behavioral-health-technician",
      "or:lmsw",
      "msw",
      ...THERAPISTS,
      "psychiatrist",
      "pmhnp",
    ],
    conditional: ["or:qmha", ...ASSOCIATES],
  },
  "peer-family-support": { qualified: ["peer-support"] },
  "parent-training": { qualified: [...THERAPISTS, "psychiatrist", "or:qmhp", "bcba"], conditional: ASSOCIATES },
  "school-supports": { qualified: ["school-psychologist", "school-counselor"] },
};

const trained = (credentialId: string) => ({ credentialIds: [credentialId], trainedIn: ["tf-cbt"] });
const nationalAndOregon = credentials
  .filter((entry) => entry.states.length === 0 || entry.states.includes("OR"))
  .map((entry) => entry.id)
  .filter((id) => id !== "unknown");

describe("who may deliver what (every national and Oregon credential × service in the references)", () => {
  for (const [serviceId, { qualified, conditional = [] }] of Object.entries(QUALIFIED)) {
    for (const credentialId of nationalAndOregon) {
      const expected = qualified.includes(credentialId)
        ? "qualified"
        : conditional.includes(credentialId)
          ? "conditional"
          : "mismatch";
      it(`${credentialId} → ${serviceId}: ${expected}`, () => {
        expect(judge(trained(credentialId), serviceId).kind).toBe(expected);
      });
    }
  }

  it("covers every service of the catalog in the table above, respite aside", () => {
    expect([...Object.keys(QUALIFIED), "respite"].sort()).toEqual([...serviceIds].sort());
  });
});

describe("special rules", () => {
  it("a licensed therapist without a trauma model does not qualify for trauma treatment, and says why", () => {
    const judgement = judge({ credentialIds: ["lcsw"], trainedIn: [] }, "trauma-treatment");
    expect(judgement.kind).toBe("mismatch");
    if (judgement.kind !== "mismatch") return;
    expect(judgement.reason).toEqual({
      code: "no-model-training",
      credentialId: "lcsw",
      serviceId: "trauma-treatment",
    });
    expect(reasonText(judgement.reason)).toBe(
      "The LCSW credential allows therapy, but evidence-based trauma treatment also needs training in TF-CBT, CPP, or EMDR, and none is recorded.",
    );
    // The translator path words it the same as the exported words, for the keys the messages have.
    expect(
      mismatchReasonText((key, values) => t(`mismatch.${key as "notQualified"}`, values), judgement.reason, "en"),
    ).toBe(reasonText(judgement.reason));
  });

  it.each(["tf-cbt", "cpp", "emdr"])("training in %s qualifies a therapist for trauma treatment", (model) => {
    expect(judge({ credentialIds: ["lpc"], trainedIn: [model] }, "trauma-treatment").kind).toBe("qualified");
  });

  it("model training never makes a non-clinician qualified", () => {
    expect(judge({ credentialIds: ["qmha"], trainedIn: ["tf-cbt", "cpp", "emdr"] }, "trauma-treatment").kind).toBe(
      "mismatch",
    );
  });

  it("a QMHA doing therapy is a mismatch with the reason in plain words", () => {
    const judgement = judge({ credentialIds: ["qmha"], trainedIn: [] }, "individual-therapy");
    expect(judgement).toMatchObject({ kind: "mismatch", reason: { code: "not-qualified", stateCode: "OR" } });
    if (judgement.kind === "mismatch")
      expect(reasonText(judgement.reason)).toBe("The QMHA credential does not cover individual psychotherapy.");
  });

  it("an MSW degree alone qualifies for nothing clinical: care coordination (as a case manager) only", () => {
    for (const serviceId of serviceIds.filter((id) => id !== "respite"))
      expect(judge({ credentialIds: ["msw"], trainedIn: [] }, serviceId).kind, serviceId).toBe(
        serviceId === "care-coordination" ? "qualified" : "mismatch",
      );
  });

  it("an unknown or unlisted credential is unknown, never qualified", () => {
    expect(judge({ credentialIds: ["unknown"], trainedIn: [] }, "individual-therapy").kind).toBe("unknown");
    expect(judge({ credentialIds: ["not-in-catalog"], trainedIn: [] }, "family-therapy").kind).toBe("unknown");
    expect(judge({ credentialIds: [], trainedIn: [] }, "family-therapy").kind).toBe("unknown");
  });

  it("respite needs no credential: anyone delivering it covers it", () => {
    for (const { id } of credentials)
      expect(judge({ credentialIds: [id], trainedIn: [] }, "respite").kind, id).toBe("qualified");
  });

  it("has English and Spanish words for every reason code", () => {
    for (const language of ["en", "es"] as const)
      for (const text of Object.values(MISMATCH_MESSAGES[language])) expect(text.length).toBeGreaterThan(20);
  });
});

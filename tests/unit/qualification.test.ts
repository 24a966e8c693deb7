import { describe, expect, it } from "vitest";
import { credentialIds, serviceIds } from "@/lib/domain/catalog";
import { judge, type MismatchReason } from "@/lib/domain/gaps";
import { mismatchReasonText } from "@/lib/domain/gaps/mismatch-reason-text";
import { translatorFor } from "@/lib/core/i18n/translator";

const t = translatorFor("en");
const reasonText = (reason: MismatchReason) =>
  mismatchReasonText((key, values) => t(`mismatch.${key}`, values), reason, "en");

// Table 2 of the domain reference, written out again here on purpose: the catalog must agree
// with it. Trauma treatment is judged with a trauma-model training recorded.
const QUALIFIED: Record<string, string[]> = {
  "diagnostic-assessment": [
    "psychiatrist",
    "pmhnp",
    "psychologist",
    "lcsw",
    "lpc",
    "lmft",
    "lpc-associate",
    "mft-associate",
    "cswa",
    "qmhp",
  ],
  "psych-testing": ["psychologist", "school-psychologist"],
  "individual-therapy": [
    "lcsw",
    "lpc",
    "lmft",
    "psychologist",
    "psychiatrist",
    "pmhnp",
    "lpc-associate",
    "mft-associate",
    "cswa",
    "qmhp",
  ],
  "family-therapy": ["lmft", "lcsw", "lpc", "psychologist", "qmhp", "mft-associate", "cswa"],
  "trauma-treatment": [
    "lcsw",
    "lpc",
    "lmft",
    "psychologist",
    "psychiatrist",
    "pmhnp",
    "lpc-associate",
    "mft-associate",
    "cswa",
    "qmhp",
  ],
  "medication-management": ["psychiatrist", "pmhnp"],
  "safety-planning": [
    "qmhp",
    "lcsw",
    "lpc",
    "lmft",
    "psychologist",
    "psychiatrist",
    "pmhnp",
    "lpc-associate",
    "mft-associate",
    "cswa",
    "wraparound-coordinator",
    "cadc",
  ],
  "substance-use-treatment": ["cadc", "lcsw", "lpc", "lmft", "psychologist", "psychiatrist", "pmhnp"],
  "behavior-plan": ["bcba", "rbt"],
  "skills-training": [
    "qmha",
    "qmhp",
    "skills-trainer",
    "lcsw",
    "lpc",
    "lmft",
    "psychologist",
    "lpc-associate",
    "mft-associate",
    "cswa",
  ],
  "care-coordination": ["qmha", "qmhp", "wraparound-coordinator", "case-manager", "lmsw", "lcsw"],
  "peer-family-support": ["peer-support"],
  "parent-training": ["lcsw", "lpc", "lmft", "psychologist", "lpc-associate", "mft-associate", "cswa", "qmhp"],
  "school-supports": ["school-psychologist", "school-counselor"],
};

const trained = (credentialId: string) => ({ credentialId, trainedIn: ["tf-cbt"] });
const known = credentialIds.filter((id) => id !== "unknown");

describe("who may deliver what (every credential × service in the reference)", () => {
  for (const [serviceId, qualified] of Object.entries(QUALIFIED)) {
    for (const credentialId of known) {
      const expected = qualified.includes(credentialId) ? "qualified" : "mismatch";
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
    const judgement = judge({ credentialId: "lcsw", trainedIn: ["dbt"] }, "trauma-treatment");
    expect(judgement.kind).toBe("mismatch");
    if (judgement.kind !== "mismatch") return;
    expect(judgement.reason).toEqual({
      code: "no-model-training",
      credentialId: "lcsw",
      serviceId: "trauma-treatment",
    });
    expect(reasonText(judgement.reason)).toBe(
      "The LCSW credential allows therapy, but evidence-based trauma treatment also needs training in TF-CBT, PCIT, or EMDR, and none is recorded.",
    );
  });

  it.each(["tf-cbt", "pcit", "emdr"])("training in %s qualifies a therapist for trauma treatment", (model) => {
    expect(judge({ credentialId: "lpc", trainedIn: [model] }, "trauma-treatment").kind).toBe("qualified");
  });

  it("model training never makes a non-clinician qualified", () => {
    expect(judge({ credentialId: "qmha", trainedIn: ["tf-cbt", "pcit", "emdr"] }, "trauma-treatment").kind).toBe(
      "mismatch",
    );
  });

  it("a QMHA doing therapy is a mismatch with the reason in plain words", () => {
    const judgement = judge({ credentialId: "qmha", trainedIn: [] }, "individual-therapy");
    expect(judgement).toMatchObject({ kind: "mismatch", reason: { code: "not-qualified" } });
    if (judgement.kind === "mismatch")
      expect(reasonText(judgement.reason)).toBe("The QMHA credential does not cover individual psychotherapy.");
  });

  it("an MSW degree alone qualifies for nothing", () => {
    for (const serviceId of serviceIds.filter((id) => id !== "respite"))
      expect(judge({ credentialId: "msw", trainedIn: [] }, serviceId).kind).toBe("mismatch");
  });

  it("an unknown or unlisted credential is unknown, never qualified", () => {
    expect(judge({ credentialId: "unknown", trainedIn: [] }, "individual-therapy").kind).toBe("unknown");
    expect(judge({ credentialId: "not-in-catalog", trainedIn: [] }, "family-therapy").kind).toBe("unknown");
  });

  it("respite needs no credential: anyone delivering it covers it", () => {
    for (const credentialId of credentialIds)
      expect(judge({ credentialId, trainedIn: [] }, "respite").kind).toBe("qualified");
  });
});

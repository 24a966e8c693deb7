import { describe, expect, it } from "vitest";
import { credentialById, credentials } from "@/lib/domain/catalog";
import { judge } from "@/lib/domain/gaps";

// Every state title of states.md §2 (and Oregon's of reference.md), written out by hand: whether a
// person holding it may provide therapy ("qualified", "conditional" = only under a supervisor, or
// "mismatch"), and the one thing the title is for, with how it counts. A catalog edit that changes
// what a title may do must change this table too.
type Kind = "qualified" | "conditional" | "mismatch";
const TITLES: Record<string, { therapy: Kind; does: [string, Kind]; level: string }> = {
  "or:qmha": { therapy: "mismatch", does: ["skills-training", "conditional"], level: "paraprofessional" },
  "or:qmhp": { therapy: "qualified", does: ["safety-planning", "qualified"], level: "program" },
  "or:skills-trainer": { therapy: "mismatch", does: ["skills-training", "conditional"], level: "paraprofessional" },
  "or:lmsw": { therapy: "mismatch", does: ["care-coordination", "qualified"], level: "independent" },
  "or:cswa": { therapy: "conditional", does: ["diagnostic-assessment", "conditional"], level: "associate" },
  "or:lpc-associate": { therapy: "conditional", does: ["family-therapy", "conditional"], level: "associate" },
  "or:mft-associate": { therapy: "conditional", does: ["family-therapy", "conditional"], level: "associate" },
  "or:cadc": { therapy: "mismatch", does: ["substance-use-treatment", "qualified"], level: "independent" },
  "wa:lmhca": { therapy: "conditional", does: ["diagnostic-assessment", "conditional"], level: "associate" },
  "wa:lmfta": { therapy: "conditional", does: ["family-therapy", "conditional"], level: "associate" },
  "wa:bhss": { therapy: "mismatch", does: ["skills-training", "conditional"], level: "paraprofessional" },
  "wa:cbt": { therapy: "mismatch", does: ["behavior-plan", "conditional"], level: "paraprofessional" },
  "wa:sudpt": { therapy: "mismatch", does: ["substance-use-treatment", "conditional"], level: "associate" },
  "ca:asw": { therapy: "conditional", does: ["diagnostic-assessment", "conditional"], level: "associate" },
  "ca:amft": { therapy: "conditional", does: ["family-therapy", "conditional"], level: "associate" },
  "ca:apcc": { therapy: "conditional", does: ["diagnostic-assessment", "conditional"], level: "associate" },
  "ca:mhrs": { therapy: "mismatch", does: ["skills-training", "qualified"], level: "paraprofessional" },
  "ca:peer-support-specialist": {
    therapy: "mismatch",
    does: ["peer-family-support", "qualified"],
    level: "paraprofessional",
  },
  "tx:qmhp-cs": { therapy: "mismatch", does: ["skills-training", "qualified"], level: "paraprofessional" },
  "tx:cssp": { therapy: "mismatch", does: ["skills-training", "qualified"], level: "paraprofessional" },
  "tx:family-partner": { therapy: "mismatch", does: ["peer-family-support", "qualified"], level: "paraprofessional" },
  "tx:lpha": { therapy: "qualified", does: ["diagnostic-assessment", "qualified"], level: "independent" },
  "tx:lpc-associate": { therapy: "conditional", does: ["diagnostic-assessment", "conditional"], level: "associate" },
  "tx:lmft-associate": { therapy: "conditional", does: ["family-therapy", "conditional"], level: "associate" },
  "tx:lcdc": { therapy: "mismatch", does: ["substance-use-treatment", "qualified"], level: "independent" },
  "tx:counselor-intern": { therapy: "mismatch", does: ["substance-use-treatment", "conditional"], level: "associate" },
  "tx:lmsw": { therapy: "conditional", does: ["care-coordination", "qualified"], level: "associate" },
  "tx:laba": { therapy: "mismatch", does: ["behavior-plan", "conditional"], level: "associate" },
  "va:qmhp": { therapy: "mismatch", does: ["skills-training", "qualified"], level: "paraprofessional" },
  "va:qmhp-trainee": { therapy: "mismatch", does: ["skills-training", "conditional"], level: "paraprofessional" },
  "va:bht": { therapy: "mismatch", does: ["skills-training", "conditional"], level: "paraprofessional" },
  "va:resident-in-counseling": {
    therapy: "conditional",
    does: ["diagnostic-assessment", "conditional"],
    level: "associate",
  },
  "va:psychology-resident": { therapy: "conditional", does: ["psych-testing", "conditional"], level: "associate" },
  "va:social-work-supervisee": {
    therapy: "conditional",
    does: ["diagnostic-assessment", "conditional"],
    level: "associate",
  },
  "nc:qp": { therapy: "mismatch", does: ["care-coordination", "qualified"], level: "program" },
  "nc:ap": { therapy: "mismatch", does: ["skills-training", "qualified"], level: "paraprofessional" },
  "nc:paraprofessional": { therapy: "mismatch", does: ["skills-training", "conditional"], level: "paraprofessional" },
  "nc:lcmhca": { therapy: "conditional", does: ["diagnostic-assessment", "conditional"], level: "associate" },
  "nc:lcas": { therapy: "mismatch", does: ["substance-use-treatment", "qualified"], level: "independent" },
  "ny:lmsw": { therapy: "conditional", does: ["care-coordination", "qualified"], level: "associate" },
  "ny:casac": { therapy: "mismatch", does: ["substance-use-treatment", "qualified"], level: "independent" },
  "ny:casac-t": { therapy: "mismatch", does: ["substance-use-treatment", "conditional"], level: "associate" },
  "ny:family-peer-advocate": {
    therapy: "mismatch",
    does: ["peer-family-support", "qualified"],
    level: "paraprofessional",
  },
  "ny:cpst-practitioner": { therapy: "mismatch", does: ["skills-training", "qualified"], level: "paraprofessional" },
  "fl:csw-intern": { therapy: "conditional", does: ["diagnostic-assessment", "conditional"], level: "associate" },
  "fl:mft-intern": { therapy: "conditional", does: ["family-therapy", "conditional"], level: "associate" },
  "fl:mhc-intern": { therapy: "conditional", does: ["diagnostic-assessment", "conditional"], level: "associate" },
  "pa:bc": { therapy: "mismatch", does: ["behavior-plan", "qualified"], level: "independent" },
  "pa:bc-aba": { therapy: "mismatch", does: ["behavior-plan", "qualified"], level: "independent" },
  "pa:lbs": { therapy: "mismatch", does: ["behavior-plan", "qualified"], level: "independent" },
  "pa:mt": { therapy: "qualified", does: ["family-therapy", "qualified"], level: "program" },
  "pa:bht": { therapy: "mismatch", does: ["behavior-plan", "conditional"], level: "paraprofessional" },
  "pa:bht-aba": { therapy: "mismatch", does: ["behavior-plan", "conditional"], level: "paraprofessional" },
  "oh:lpc": { therapy: "conditional", does: ["diagnostic-assessment", "conditional"], level: "associate" },
  "oh:lpcc": { therapy: "qualified", does: ["diagnostic-assessment", "qualified"], level: "independent" },
  "oh:lisw": { therapy: "qualified", does: ["diagnostic-assessment", "qualified"], level: "independent" },
  "oh:lsw": { therapy: "conditional", does: ["care-coordination", "qualified"], level: "associate" },
  "oh:qbhs": { therapy: "mismatch", does: ["skills-training", "qualified"], level: "paraprofessional" },
  "mi:lmsw-clinical": { therapy: "qualified", does: ["diagnostic-assessment", "qualified"], level: "independent" },
  "mi:lmsw-macro": { therapy: "mismatch", does: ["care-coordination", "qualified"], level: "independent" },
  "mi:llmsw": { therapy: "conditional", does: ["diagnostic-assessment", "conditional"], level: "associate" },
  "mi:llpc": { therapy: "conditional", does: ["diagnostic-assessment", "conditional"], level: "associate" },
  "mi:llp": { therapy: "conditional", does: ["diagnostic-assessment", "conditional"], level: "associate" },
  "az:bht": { therapy: "mismatch", does: ["skills-training", "conditional"], level: "paraprofessional" },
  "az:bhpp": { therapy: "mismatch", does: ["skills-training", "conditional"], level: "paraprofessional" },
  "az:lac": { therapy: "conditional", does: ["diagnostic-assessment", "conditional"], level: "associate" },
  "az:lmsw": { therapy: "conditional", does: ["diagnostic-assessment", "conditional"], level: "associate" },
  "az:lbsw": { therapy: "mismatch", does: ["care-coordination", "conditional"], level: "associate" },
  "az:lamft": { therapy: "conditional", does: ["family-therapy", "conditional"], level: "associate" },
};

const kindOf = (credentialId: string, serviceId: string) =>
  judge({ credentialIds: [credentialId], trainedIn: ["tf-cbt"] }, serviceId).kind;

describe("every state title, one by one", () => {
  it("lists every state title of the catalog, and nothing else", () => {
    expect(Object.keys(TITLES).sort()).toEqual(
      credentials
        .filter((entry) => entry.states.length > 0)
        .map((entry) => entry.id)
        .sort(),
    );
  });

  for (const [id, { therapy, does, level }] of Object.entries(TITLES)) {
    it(`${id}: therapy ${therapy}; ${does[0]} ${does[1]}; ${level}`, () => {
      expect(credentialById(id)?.level).toBe(level);
      expect(kindOf(id, "individual-therapy")).toBe(therapy);
      expect(kindOf(id, does[0])).toBe(does[1]);
      // Whatever the title, it never prescribes (no state title in the catalog is a prescriber).
      expect(kindOf(id, "medication-management")).toBe("mismatch");
    });
  }
});

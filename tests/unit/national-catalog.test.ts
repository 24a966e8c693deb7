import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { catalogDto } from "@/lib/domain/catalog/dto";
import {
  canonicalCredentialId,
  CATALOG_STATES,
  credentialById,
  credentials,
  credentialsForState,
  isUsState,
  MEDICAID_SERVICE_NAMES,
  needs,
  OREGON_LEGACY_IDS,
  searchCredentials,
  searchServices,
  serviceById,
  services,
  treatmentModelById,
  treatmentModels,
  UNCHECKED_STATE_NOTE,
  US_STATES,
} from "@/lib/domain/catalog";

const ARTICLE_SLUGS = new Set(
  readdirSync(path.join(process.cwd(), "content/articles"))
    .filter((name) => name.endsWith(".md"))
    .map((name) => name.replace(/\.md$/, "")),
);
// Written on the articles branch for issue 16 (slugs agreed with it); the lead empties this at merge.
const national = credentials.filter((entry) => entry.states.length === 0);
const stateTitles = credentials.filter((entry) => entry.states.length > 0);

describe("the national catalog is complete", () => {
  it("names 50 states and DC, and twelve catalog states with titles of their own", () => {
    expect(US_STATES).toHaveLength(51);
    expect(new Set(US_STATES.map((state) => state.code)).size).toBe(51);
    expect(isUsState("TX")).toBe(true);
    expect(isUsState("tx")).toBe(false);
    expect(isUsState("XX")).toBe(false);
    expect([...CATALOG_STATES].sort()).toEqual([
      "AZ",
      "CA",
      "FL",
      "MI",
      "NC",
      "NY",
      "OH",
      "OR",
      "PA",
      "TX",
      "VA",
      "WA",
    ]);
    for (const state of CATALOG_STATES)
      expect(stateTitles.filter((entry) => entry.states.includes(state)).length, state).toBeGreaterThan(0);
  });

  it("has the national families of states.md §1 with unscoped ids", () => {
    for (const id of [
      "lcsw",
      "lpc",
      "lmft",
      "psychologist",
      "psychiatrist",
      "pmhnp",
      "pediatrician",
      "developmental-behavioral-pediatrician",
      "family-physician",
      "pediatric-np",
      "family-np",
      "physician-assistant",
      "bcba",
      "bcaba",
      "rbt",
      "substance-use-counselor",
      "peer-support",
    ])
      expect(national.map((entry) => entry.id)).toContain(id);
  });

  it("names only entries that exist: services, models, families, aliases, needs", () => {
    const ids = new Set(credentials.map((entry) => entry.id));
    for (const entry of credentials) {
      for (const serviceId of Object.keys(entry.services))
        expect(serviceById(serviceId), `${entry.id} → ${serviceId}`).toBeDefined();
      if (entry.family)
        expect(
          national.map((n) => n.id),
          `${entry.id} → family ${entry.family}`,
        ).toContain(entry.family);
      for (const alias of entry.aliases ?? [])
        expect(ids.has(alias), `${entry.id}: alias ${alias} is an id`).toBe(false);
    }
    for (const model of treatmentModels)
      for (const serviceId of model.services)
        expect(serviceById(serviceId), `${model.id} → ${serviceId}`).toBeDefined();
    for (const need of needs)
      for (const way of need.metAlsoBy ?? []) {
        expect(serviceById(way.serviceId)).toBeDefined();
        expect(treatmentModelById(way.model)).toBeDefined();
        for (const serviceId of way.through) expect(serviceById(serviceId)).toBeDefined();
      }
    for (const name of MEDICAID_SERVICE_NAMES)
      for (const serviceId of name.serviceIds)
        expect(serviceById(serviceId), `${name.id} → ${serviceId}`).toBeDefined();
  });

  it("links every entry to an article that exists (or one the articles branch adds)", () => {
    for (const entry of [...credentials, ...services])
      expect(ARTICLE_SLUGS.has(entry.articleSlug), `${entry.id} → ${entry.articleSlug}`).toBe(true);
  });

  it("maps every state title to a national family, or says why not", () => {
    for (const entry of stateTitles) {
      expect(Boolean(entry.family) !== Boolean(entry.familyNote), `${entry.id}: family xor familyNote`).toBe(true);
      if (entry.familyNote) expect(entry.familyNote.length, entry.id).toBeGreaterThan(30);
    }
    // A national entry is its own family, or belongs to another (the BCaBA to behavior analysts).
    for (const entry of national)
      expect(
        national.map((n) => n.id),
        entry.id,
      ).toContain(entry.family ?? entry.id);
  });

  it("scopes each state title's id by its one state, in lower case", () => {
    for (const entry of stateTitles) {
      expect(entry.states, entry.id).toHaveLength(1);
      expect(entry.id.startsWith(`${entry.states[0]!.toLowerCase()}:`), entry.id).toBe(true);
      expect(CATALOG_STATES, entry.id).toContain(entry.states[0]);
    }
  });

  it("dates every source of every credential, service, need and model on its own", () => {
    for (const entry of [...credentials, ...services, ...needs, ...treatmentModels]) {
      if (entry.id === "unknown") continue;
      expect(entry.sources.length, entry.id).toBeGreaterThan(0);
      for (const source of entry.sources)
        expect(source.checkedOn, `${entry.id}: ${source.citation}`).toMatch(/^2026-\d{2}(-\d{2})?$/);
    }
    // Two precisions on purpose: Oregon's reference was checked on a day, the national one in a month.
    const dates = new Set(credentials.flatMap((entry) => entry.sources.map((source) => source.checkedOn)));
    expect(dates).toEqual(new Set(["2026-11-25", "2026-12"]));
  });

  it("keeps the levels consistent: associates and technicians need a supervisor, independents do not", () => {
    for (const entry of credentials) {
      if (entry.level === "associate") expect(entry.requiresSupervisor, entry.id).toBe(true);
      if (entry.level === "independent") expect(entry.requiresSupervisor, entry.id).toBe(false);
    }
  });
});

describe("catalog facts fixed by issue 16", () => {
  it("the LPC associate carries the professional counselor code, not the mental health counselor code", () => {
    expect(credentialById("lpc-associate")?.nuccCode).toBe("101YP2500X");
  });

  it("the MSW is a degree with no provider type; Oregon's associates are registrations", () => {
    expect(credentialById("msw")).toMatchObject({ kind: "degree", level: "degree" });
    expect(credentialById("msw")?.nuccCode).toBeUndefined();
    expect(credentialById("or:lpc-associate")?.kind).toBe("registration");
    expect(credentialById("or:mft-associate")?.kind).toBe("registration");
  });

  it("the psychologist's text does not say nobody else may test (school psychologists do)", () => {
    expect(credentialById("psychologist")?.description).not.toMatch(/nobody else/i);
    expect(credentialById("school-psychologist")?.services["psych-testing"]).toBeDefined();
  });

  it("shows unverified facts as 'check locally', and words the unknown-state note", () => {
    for (const entry of credentials.filter((credential) => credential.unverified))
      expect(entry.unverified, entry.id).toMatch(/check locally|not confirmed|estimate/i);
    expect(UNCHECKED_STATE_NOTE.en).toBe("Titles and scopes vary by state; we could not check your state's rules.");
    expect(UNCHECKED_STATE_NOTE.es.length).toBeGreaterThan(30);
  });
});

describe("canonicalCredentialId: what a stored provider should hold", () => {
  it.each([
    ["tx:qmhp-cs", "OR", "tx:qmhp-cs"],
    ["lcsw", "TX", "lcsw"],
    ["qmhp", "TX", "tx:qmhp-cs"],
    ["QMHP-CS", "TX", "tx:qmhp-cs"],
    ["qmhp", "VA", "va:qmhp"],
    ["qmhp", "OR", "or:qmhp"],
    ["qmhp", null, "or:qmhp"],
    ["qmhp", "KS", "or:qmhp"],
    ["qmha", null, "or:qmha"],
    ["cswa", "OR", "or:cswa"],
    ["lpc-associate", "TX", "tx:lpc-associate"],
    ["lpc-associate", "OR", "or:lpc-associate"],
    ["mft-associate", null, "or:mft-associate"],
    ["skills-trainer", null, "or:skills-trainer"],
    ["cadc", null, "or:cadc"],
    ["lmsw", "NY", "ny:lmsw"],
    ["lmsw", "OR", "or:lmsw"],
    ["lmhca", "WA", "wa:lmhca"],
    ["lpc", "OH", "oh:lpc"],
  ] as const)("%s for a family in %s → %s", (id, state, expected) => {
    expect(canonicalCredentialId(id, state)).toBe(expected);
  });

  it("lists Oregon's old ids and the titles a migration rewrites them to", () => {
    expect(OREGON_LEGACY_IDS).toEqual({
      qmha: "or:qmha",
      qmhp: "or:qmhp",
      "skills-trainer": "or:skills-trainer",
      lmsw: "or:lmsw",
      cswa: "or:cswa",
      "lpc-associate": "or:lpc-associate",
      "mft-associate": "or:mft-associate",
      cadc: "or:cadc",
    });
    for (const [legacy, title] of Object.entries(OREGON_LEGACY_IDS))
      expect(canonicalCredentialId(legacy, "OR")).toBe(title);
  });

  it("unknown ids give undefined", () => {
    expect(canonicalCredentialId("shaman", "TX")).toBeUndefined();
    expect(canonicalCredentialId("tx:shaman", "TX")).toBeUndefined();
  });

  it("every alias and id resolves through credentialById", () => {
    for (const entry of credentials) expect(credentialById(entry.id)).toBe(entry);
    expect(credentialById("qmha")?.id).toBe("or:qmha");
  });
});

describe("credentialsForState", () => {
  it("gives the national entries plus the state's own; with no state, everything", () => {
    const texas = credentialsForState("TX");
    expect(texas.every((entry) => entry.states.length === 0 || entry.states.includes("TX"))).toBe(true);
    expect(texas.map((entry) => entry.id)).toEqual(expect.arrayContaining(["lcsw", "tx:qmhp-cs"]));
    expect(texas.map((entry) => entry.id)).not.toContain("or:qmhp");
    expect(credentialsForState(null)).toHaveLength(credentials.length);
    // A state without titles of its own gets the national entries only.
    expect(credentialsForState("KS")).toEqual(national);
  });
});

describe("the catalog as the API sends it", () => {
  it("with a state: the national entries and that state's titles, and no note for a catalog state", () => {
    const texas = catalogDto("en", "TX");
    expect(texas.credentials.map((entry) => entry.id)).toEqual(credentialsForState("TX").map((entry) => entry.id));
    expect(texas.stateNote).toBeNull();
    expect(texas.services.find((service) => service.id === "individual-therapy")?.qualifiedCredentialIds).not.toContain(
      "or:qmhp",
    );
  });

  it("for a state the catalog has no titles for: national entries and the note, in the reader's language", () => {
    expect(catalogDto("en", "KS")).toMatchObject({ stateNote: UNCHECKED_STATE_NOTE.en });
    expect(catalogDto("es", "KS").stateNote).toBe(UNCHECKED_STATE_NOTE.es);
    expect(catalogDto("en", "KS").credentials.every((entry) => entry.states.length === 0)).toBe(true);
  });

  it("without a state: every entry with its states, and the plan names in the reader's language", () => {
    const all = catalogDto("es");
    expect(all.credentials).toHaveLength(credentials.length);
    expect(all.stateNote).toBeNull();
    expect(all.medicaidServiceNames.find((name) => name.id === "cpst")?.description).toMatch(/psicoterapia/);
  });
});

describe("searchCredentials", () => {
  it.each([
    ["QMHP-CS", "TX", "tx:qmhp-cs"],
    ["qmhp cs", null, "tx:qmhp-cs"],
    ["skills trainer", "OR", "or:skills-trainer"],
    ["BHT", "AZ", "az:bht"],
    ["BHT", "PA", "pa:bht"],
    ["LMHCA", "WA", "wa:lmhca"],
    ["pediatra", null, "pediatrician"],
    ["Psicólogo", null, "psychologist"],
    ["LPC Associate", "KS", "associate-counselor"],
    ["LPC Associate", "TX", "tx:lpc-associate"],
  ] as const)("%s (family in %s) finds %s first", (query, state, expected) => {
    expect(searchCredentials(query, state)[0]?.id).toBe(expected);
  });

  it("lists the family's state first, then national entries, then other states", () => {
    const results = searchCredentials("QMHP", "TX").map((entry) => entry.id);
    expect(results[0]).toBe("tx:qmhp-cs");
    expect(results.indexOf("or:qmhp")).toBeGreaterThan(0);
    expect(results.indexOf("va:qmhp")).toBeGreaterThan(0);
    // Among partial matches too: the state's titles, then national entries, then other states'.
    const tiers = searchCredentials("counsel", "OH").map((entry) =>
      entry.states.includes("OH") ? 0 : entry.states.length === 0 ? 1 : 2,
    );
    expect(tiers).toEqual([...tiers].sort());
    expect(tiers[0]).toBe(0);
  });

  it("puts exact names before partial ones: an Oregon parent typing LPC gets the LPC first", () => {
    expect(searchCredentials("LPC", "OR")[0]?.id).toBe("lpc");
    expect(searchCredentials("LPC", "OR").map((entry) => entry.id)).toContain("or:lpc-associate");
    expect(searchCredentials("LPC", "OH")[0]?.id).toBe("oh:lpc");
  });

  it("ignores case and accents, and finds nothing for nonsense", () => {
    expect(searchCredentials("bcba", null)[0]?.id).toBe("bcba");
    expect(searchCredentials("zzzzqq", "TX")).toEqual([]);
    expect(searchCredentials("", "TX")).toEqual([]);
  });
});

describe("Medicaid service names", () => {
  it("covers the names of states.md §3", () => {
    const names = MEDICAID_SERVICE_NAMES.flatMap((entry) => [entry.name, ...entry.aliases]).join(" | ");
    for (const name of [
      "BHT",
      "BHRS",
      "CPST",
      "PSR",
      "OLP",
      "TBS",
      "IIH",
      "IHBS",
      "IHBT",
      "ICC",
      "wraparound",
      "MST",
      "FFT",
      "MDFT",
      "ABA",
      "TDT",
      "PHP",
      "mobile crisis",
      "respite",
      "family partner",
    ])
      expect(names, name).toContain(name);
    for (const entry of MEDICAID_SERVICE_NAMES) {
      expect(entry.description.en.length).toBeGreaterThan(20);
      expect(entry.description.es.length).toBeGreaterThan(20);
    }
  });

  it.each([
    ["CPST", ["skills-training", "care-coordination", "safety-planning"]],
    ["IHBT", ["family-therapy", "individual-therapy", "safety-planning", "skills-training", "care-coordination"]],
    ["wraparound", ["care-coordination", "safety-planning", "peer-family-support"]],
    ["ABA", ["behavior-plan"]],
    ["mobile crisis", ["safety-planning"]],
  ])("searchServices(%s) finds its services", (query, expected) => {
    const found = searchServices(query);
    expect(found.map((match) => match.service.id)).toEqual(expect.arrayContaining(expected));
    expect(found.every((match) => match.via !== null)).toBe(true);
  });

  it("finds a service by its own label first, in English or Spanish", () => {
    expect(searchServices("family therapy")[0]).toMatchObject({ service: { id: "family-therapy" }, via: null });
    expect(searchServices("terapia familiar")[0]?.service.id).toBe("family-therapy");
    expect(searchServices("medical monitoring")[0]?.service.id).toBe("medical-monitoring");
  });
});

import { describe, expect, it } from "vitest";
import {
  credentialById,
  credentials,
  credentialsQualifiedFor,
  needs,
  questionIdsForService,
  questions,
  serviceById,
  serviceIds,
  services,
  treatmentModelById,
  treatmentModels,
} from "@/lib/domain/catalog";

// A day, or a month when the reference gives only the month ("2026-12").
const CHECKED_ON = /^\d{4}-\d{2}(-\d{2})?$/;
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
// A state title's id is scoped by its state in lower case ("tx:qmhp-cs").
const SCOPED = /^([a-z]{2}:)?[a-z0-9]+(-[a-z0-9]+)*$/;

describe.each([
  ["credentials", credentials],
  ["services", services],
  ["needs", needs],
  ["treatment models", treatmentModels],
  ["questions", questions],
] as const)("the %s catalog", (_name, entries) => {
  it("has unique, stable kebab-case ids", () => {
    const ids = entries.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(_name === "credentials" ? SCOPED : KEBAB);
  });

  it("describes every entry in plain words", () => {
    for (const entry of entries) {
      const text = "description" in entry ? entry.description : entry.why;
      expect(text.length, entry.id).toBeGreaterThan(20);
    }
  });
});

describe("catalog sources", () => {
  it("cites a source with a check date for every credential, service and need (except the unknown credential)", () => {
    for (const entry of [...credentials, ...services, ...needs]) {
      if (entry.id === "unknown") continue;
      expect(entry.sources.length, entry.id).toBeGreaterThan(0);
      for (const source of entry.sources) {
        expect(source.citation.length).toBeGreaterThan(3);
        expect(source.checkedOn, `${entry.id}: ${source.citation}`).toMatch(CHECKED_ON);
      }
    }
  });
});

describe("catalog references", () => {
  it("names only services that exist in credential scopes and needs", () => {
    for (const credential of credentials)
      for (const id of Object.keys(credential.services))
        expect(serviceById(id), `${credential.id} → ${id}`).toBeDefined();
    for (const need of needs)
      for (const id of [...need.services, ...(need.servicesWhereIndicated ?? [])])
        expect(serviceById(id), `${need.id} → ${id}`).toBeDefined();
  });

  it("names only treatment models that exist, and trauma treatment asks for trauma models only", () => {
    for (const service of services) {
      for (const model of service.requiresTrainingIn ?? []) {
        expect(treatmentModelById(model), `${service.id} → ${model}`).toBeDefined();
        if (service.id === "trauma-treatment") expect(treatmentModelById(model)?.trauma).toBe(true);
      }
    }
  });

  it("gives every service at least one qualified credential, or flags it", () => {
    for (const service of services) {
      const qualified = credentialsQualifiedFor(service.id);
      if (qualified.length === 0) {
        expect(service.openToAnyProvider === true || typeof service.unverified === "string", service.id).toBe(true);
      }
    }
  });

  it("asks about every service with questions that exist", () => {
    for (const service of services) {
      const ids = questionIdsForService(service.id);
      expect(ids.length, service.id).toBeGreaterThan(0);
      for (const id of ids)
        expect(
          questions.some((question) => question.id === id),
          `${service.id} → ${id}`,
        ).toBe(true);
    }
  });

  it("has every need call for at least one service", () => {
    for (const need of needs) expect(need.services.length, need.id).toBeGreaterThan(0);
  });

  it("links every credential and service to an article slug", () => {
    for (const entry of [...credentials, ...services]) expect(entry.articleSlug, entry.id).toMatch(KEBAB);
  });

  it("uses NUCC taxonomy codes of the right shape, and none for Oregon program credentials or a degree", () => {
    for (const credential of credentials)
      if (credential.nuccCode) expect(credential.nuccCode, credential.id).toMatch(/^[0-9A-Z]{9}X$/);
    for (const id of ["or:qmha", "or:qmhp", "or:skills-trainer", "wraparound-coordinator", "msw"]) {
      expect(credentials.find((c) => c.id === id)?.nuccCode, id).toBeUndefined();
    }
  });

  it("holds the credentials, services and needs the domain reference names", () => {
    for (const id of [
      "qmha",
      "qmhp",
      "peer-support",
      "skills-trainer",
      "case-manager",
      "wraparound-coordinator",
      "msw",
      "lmsw",
      "cswa",
      "lcsw",
      "lpc",
      "lpc-associate",
      "lmft",
      "mft-associate",
      "psychologist",
      "psychiatrist",
      "pmhnp",
      "bcba",
      "rbt",
      "school-psychologist",
      "school-counselor",
      "cadc",
      "unknown",
    ]) {
      // Oregon's own titles moved to `or:` ids; their old ids still resolve to them.
      expect(credentialById(id), id).toBeDefined();
    }
    for (const id of ["qmha", "qmhp", "skills-trainer", "lmsw", "cswa", "lpc-associate", "mft-associate", "cadc"])
      expect(credentialById(id)?.id).toBe(`or:${id}`);
    expect(serviceIds).toHaveLength(16);
    expect(needs).toHaveLength(11);
  });

  it("marks the safety-relevant needs the caseload's safety gap depends on", () => {
    expect(
      needs
        .filter((need) => need.safetyRelevant)
        .map((need) => need.id)
        .sort(),
    ).toEqual(["aggression", "self-harm", "sexualized-behavior"]);
  });
});

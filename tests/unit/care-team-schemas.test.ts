import { describe, expect, it } from "vitest";
import {
  needCreateSchema,
  providerCreateSchema,
  providerPatchSchema,
  timelineQuerySchema,
} from "@/lib/schemas/care-team";

const CHILD = "3b241101-e2bb-4255-8caf-4136c566a962";
const provider = {
  name: "Dana",
  statedTitle: "Therapist",
  credentialId: "qmha",
  childIds: [CHILD],
  servicesDelivered: ["individual-therapy"],
  startOn: "2026-02-01",
};
const fieldsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  (result.error?.issues ?? []).map((issue) => issue.path.join("."));

describe("the provider schema", () => {
  it("takes credentialIds, or one credentialId as before, and refuses a provider with neither", () => {
    const withNone: Partial<typeof provider> = { ...provider };
    delete withNone.credentialId;
    expect(fieldsOf(providerCreateSchema.safeParse(withNone))).toEqual(["credentialIds"]);
    const several = providerCreateSchema.safeParse({ ...withNone, credentialIds: ["LPC", "cadc"] });
    expect(several.data?.credentialIds).toEqual(["lpc", "cadc"]);
    expect(providerCreateSchema.safeParse({ ...provider, credentialIds: ["qmha", "cadc"] }).success).toBe(true);
    expect(
      providerCreateSchema.safeParse({ ...provider, supervisor: { name: "Morgan Lee", credentialId: "lpc" } }).success,
    ).toBe(true);
  });

  it("accepts a provider with some questions answered, and blanks as null", () => {
    const result = providerCreateSchema.safeParse({
      ...provider,
      agency: "",
      answers: { licensed: { answer: "No", askedOn: "2026-02-03" } },
    });
    expect(result.success).toBe(true);
    expect(result.data?.agency).toBeNull();
  });

  it.each([
    [{ endOn: "2026-01-31" }, "endOn"],
    [{ startOn: "2026-02-30" }, "startOn"],
    // Which ids exist depends on the family's state: the data layer refuses unknown ones (422).
    [{ credentialId: "not an id!" }, "credentialId"],
    [{ credentialIds: [] }, "credentialIds"],
    [{ credentialIds: ["lpc", "lpc"] }, "credentialIds"],
    [{ credentialIds: ["cadc"] }, "credentialId"],
    [{ supervisorProviderId: CHILD, supervisor: { name: "Morgan", credentialId: "lpc" } }, "supervisor"],
    [{ supervisor: { name: "", credentialId: "lpc" } }, "supervisor.name"],
    [{ servicesDelivered: ["skills-training", "skills-training"] }, "servicesDelivered"],
    [{ childIds: [] }, "childIds"],
    [{ childIds: ["not-an-id"] }, "childIds.0"],
    [{ licenseState: "Oregon" }, "licenseState"],
    [{ name: "Dana\u202Eevil" }, "name"],
    [{ familyId: CHILD }, ""],
    [{ answers: { licensed: { answer: "", askedOn: "2026-02-01" } } }, "answers.licensed.answer"],
  ])("refuses %j at %s", (change, field) => {
    const result = providerCreateSchema.safeParse({ ...provider, ...change });
    expect(result.success).toBe(false);
    expect(fieldsOf(result)).toContain(field);
  });

  it("refuses an empty patch, and lets a patch clear an answer with null", () => {
    expect(providerPatchSchema.safeParse({}).success).toBe(false);
    expect(providerPatchSchema.safeParse({ answers: { licensed: null } }).success).toBe(true);
  });
});

describe("needs and timelines", () => {
  it("refuses a need resolved before it was identified", () => {
    expect(
      fieldsOf(needCreateSchema.safeParse({ needId: "trauma", identifiedOn: "2026-03-01", resolvedOn: "2026-02-01" })),
    ).toEqual(["resolvedOn"]);
  });

  it("refuses timelines that run backwards or too long", () => {
    expect(timelineQuerySchema.safeParse({ from: "2026-01-01", to: "2025-01-01" }).success).toBe(false);
    expect(timelineQuerySchema.safeParse({ from: "2000-01-01", to: "2026-01-01", step: "week" }).success).toBe(false);
    expect(timelineQuerySchema.safeParse({ from: "2010-01-01", to: "2026-01-01", step: "month" }).success).toBe(true);
  });
});

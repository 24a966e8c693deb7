import { describe, expect, it } from "vitest";
import type { Practitioner } from "@medplum/fhirtypes";
import { familyBundle, LOCAL_CREDENTIAL_SYSTEM, NUCC_SYSTEM, type FhirProvider } from "@/lib/domain/record/fhir";

const provider = (overrides: Partial<FhirProvider>): FhirProvider => ({
  id: "p1",
  name: "Robin Vale",
  agency: null,
  statedTitle: "Counselor",
  credentialIds: ["lpc"],
  licenseNumber: null,
  licenseState: null,
  servicesDelivered: [],
  childIds: ["c1"],
  startOn: "2026-01-01",
  endOn: null,
  contact: null,
  ...overrides,
});

function practitioner(providers: FhirProvider[]): Practitioner {
  let next = 0;
  const bundle = familyBundle(
    { children: [{ id: "c1", name: "Kid", birthYear: null }], providers },
    { on: "2026-03-01", timestamp: "2026-03-01T00:00:00Z", newId: () => `id-${next++}` },
  );
  return bundle
    .entry!.map((entry) => entry.resource)
    .find((resource) => resource?.resourceType === "Practitioner") as Practitioner;
}

describe("the FHIR export of a provider's credentials", () => {
  it("gives one qualification per credential, the license number on the licensed one, each with its issuer", () => {
    const exported = practitioner([
      provider({ credentialIds: ["cadc", "lpc"], licenseNumber: "C-123", licenseState: "TX" }),
    ]);
    expect(exported.qualification).toHaveLength(2);
    const [cadc, lpc] = exported.qualification!;
    // Oregon's CADC is a certification, not a board license: the number belongs to the LPC.
    expect(cadc!.identifier).toBeUndefined();
    expect(cadc!.code.coding).toContainEqual({ system: LOCAL_CREDENTIAL_SYSTEM, code: "or:cadc", display: "CADC" });
    expect(cadc!.issuer?.identifier?.value).toBe("US-OR");
    expect(lpc!.identifier).toEqual([{ use: "official", value: "C-123" }]);
    expect(lpc!.code.coding).toContainEqual({ system: NUCC_SYSTEM, code: "101YP2500X" });
    expect(lpc!.issuer).toMatchObject({ identifier: { value: "US-TX" }, display: "State of Texas" });
  });

  it("invents no issuer for a national credential with no license state, and exports no NUCC code for an MSW", () => {
    const exported = practitioner([provider({ credentialIds: ["msw"] })]);
    expect(exported.qualification![0]!.issuer).toBeUndefined();
    expect(exported.qualification![0]!.code.coding!.some((coding) => coding.system === NUCC_SYSTEM)).toBe(false);
  });
});

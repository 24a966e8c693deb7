import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/identity/actor";
import { createChild } from "@/lib/care-team/children";
import { familyGaps, familyTimeline } from "@/lib/care-team/gaps";
import { createNeed, createNeededService } from "@/lib/care-team/needs";
import { createProvider, getProvider, listProviders, updateProvider } from "@/lib/care-team/providers";
import { exportFamily } from "@/lib/records/export";
import { loadFamilyExport } from "@/lib/records/load-export";
import { familyExportSchema } from "@/lib/schemas/records";
import { daysBetween } from "@/lib/core/dates";
import type { ProviderCreateInput } from "@/lib/schemas/care-team";
import { describeEachDatabase } from "./support/databases";
import { callRoute, loadRoute } from "./support/api-routes";
import { expectAppError } from "./support/assertions";
import { makeActor, makeFamily } from "./support/factories";
import { signedIn } from "./support/signed-in";

vi.mock("@/lib/server/auth/current-user", () => import("./support/signed-in"));

// Every day is a parameter: the answers depend on the records, never on when the test runs.
const ON = "2026-11-20";

/** A family in `state` with one child whose needs call for `serviceId` from 2026-01-05. */
async function familyNeeding(db: Parameters<typeof makeFamily>[0], state: string | null, serviceId: string) {
  const parent = await makeActor(db, "parent");
  const family = await makeFamily(db, { parents: [parent], state });
  const child = await createChild(parent, family.id, { name: "Jordan" });
  await createNeededService(parent, family.id, child.id, {
    serviceId,
    markedOn: "2026-01-05",
    reason: "Discharge plan",
  });
  return { parent, familyId: family.id, childId: child.id };
}

const provider = (childId: string, fields: Partial<ProviderCreateInput>): ProviderCreateInput => ({
  name: "Sam Cole",
  statedTitle: "Therapist",
  childIds: [childId],
  servicesDelivered: ["individual-therapy"],
  startOn: "2026-02-01",
  ...fields,
});

async function statusOf(actor: Actor, familyId: string, serviceId: string, on = ON) {
  const gaps = await familyGaps(actor, familyId, on, "en");
  return gaps.children[0]!.services.find((service) => service.serviceId === serviceId)!;
}

describeEachDatabase("the verdict follows the family's state", (context) => {
  const db = () => context.handle.db;

  describe("the same QMHP doing therapy", () => {
    it("is a mismatch with the Texas reason in Texas, and covered in Oregon", async () => {
      const texas = await familyNeeding(db(), "TX", "individual-therapy");
      const oregon = await familyNeeding(db(), "OR", "individual-therapy");
      const tx = await createProvider(texas.parent, texas.familyId, provider(texas.childId, { credentialId: "qmhp" }));
      const or = await createProvider(
        oregon.parent,
        oregon.familyId,
        provider(oregon.childId, { credentialId: "qmhp" }),
      );
      // The same word, stored as each state's own title.
      expect(tx.credentialIds).toEqual(["tx:qmhp-cs"]);
      expect(or.credentialIds).toEqual(["or:qmhp"]);
      expect(tx.credentialId).toBe("tx:qmhp-cs");

      const inTexas = await statusOf(texas.parent, texas.familyId, "individual-therapy");
      expect(inTexas).toMatchObject({ status: "mismatch", reasonCode: "not-qualified", providerIds: [tx.id] });
      expect(inTexas.reason).toContain("In Texas, a QMHP-CS is not trained or allowed to provide");
      expect((await statusOf(oregon.parent, oregon.familyId, "individual-therapy")).status).toBe("covered");
    });
  });

  describe("an RBT's behavior plan", () => {
    it("is not a behavior plan alone, and becomes one the day a BCBA joins the team", async () => {
      const family = await familyNeeding(db(), "TX", "behavior-plan");
      await createProvider(
        family.parent,
        family.familyId,
        provider(family.childId, {
          credentialId: "rbt",
          statedTitle: "Behavior tech",
          servicesDelivered: ["behavior-plan"],
        }),
      );
      const alone = await statusOf(family.parent, family.familyId, "behavior-plan");
      expect(alone).toMatchObject({ status: "mismatch", reasonCode: "needs-behavior-analyst" });
      await createProvider(
        family.parent,
        family.familyId,
        provider(family.childId, {
          name: "Dr. Lee",
          credentialId: "bcba",
          statedTitle: "BCBA",
          servicesDelivered: ["parent-training"],
          startOn: "2026-06-01",
        }),
      );
      expect((await statusOf(family.parent, family.familyId, "behavior-plan")).status).toBe("covered");
      // Before the analyst came, the plan was still not covered: the record keeps its history.
      expect((await statusOf(family.parent, family.familyId, "behavior-plan", "2026-05-31")).status).toBe("mismatch");
    });
  });

  describe("an associate's therapy", () => {
    it("counts once a licensed supervisor is named, and not with an unqualified one", async () => {
      const family = await familyNeeding(db(), "OR", "individual-therapy");
      const associate = await createProvider(
        family.parent,
        family.familyId,
        provider(family.childId, { credentialId: "lpc-associate", statedTitle: "Counselor" }),
      );
      expect(associate.credentialIds).toEqual(["or:lpc-associate"]);
      const unsupervised = await statusOf(family.parent, family.familyId, "individual-therapy");
      expect(unsupervised).toMatchObject({ status: "mismatch", reasonCode: "needs-supervisor" });

      await updateProvider(family.parent, family.familyId, associate.id, {
        supervisor: { name: "Morgan Lee", credentialId: "skills-trainer" },
      });
      expect((await statusOf(family.parent, family.familyId, "individual-therapy")).status).toBe("mismatch");

      const named = await updateProvider(family.parent, family.familyId, associate.id, {
        supervisor: { name: "Morgan Lee", credentialId: "LPC" },
      });
      expect(named.supervisor).toEqual({ name: "Morgan Lee", credentialId: "lpc" });
      expect((await statusOf(family.parent, family.familyId, "individual-therapy")).status).toBe("covered");
    });

    it("counts with a supervisor on the team while that supervisor works with the family", async () => {
      const family = await familyNeeding(db(), "OR", "individual-therapy");
      const lcsw = await createProvider(
        family.parent,
        family.familyId,
        provider(family.childId, {
          name: "Erin Walsh",
          credentialId: "lcsw",
          servicesDelivered: ["care-coordination"],
          endOn: "2026-09-30",
        }),
      );
      const associate = await createProvider(
        family.parent,
        family.familyId,
        provider(family.childId, { credentialIds: ["cswa"], supervisorProviderId: lcsw.id }),
      );
      expect(associate.supervisor).toEqual({ providerId: lcsw.id });
      expect((await statusOf(family.parent, family.familyId, "individual-therapy", "2026-09-30")).status).toBe(
        "covered",
      );
      // The supervisor's last day is their end date: the next day the therapy no longer counts.
      const after = await statusOf(family.parent, family.familyId, "individual-therapy", "2026-10-01");
      expect(after).toMatchObject({ status: "mismatch", since: "2026-10-01", reasonCode: "needs-supervisor" });
    });
  });

  describe("one clock", () => {
    it("a gap's days equal the length of its current interval in the timeline on the same day", async () => {
      const family = await familyNeeding(db(), "OR", "individual-therapy");
      await createNeed(family.parent, family.familyId, family.childId, {
        needId: "trauma",
        identifiedOn: "2026-01-10",
      });
      await createProvider(
        family.parent,
        family.familyId,
        provider(family.childId, {
          name: "Dr. Priya Shah",
          credentialId: "psychiatrist",
          servicesDelivered: ["individual-therapy", "diagnostic-assessment"],
          startOn: "2026-02-04",
          endOn: "2026-07-15",
        }),
      );
      for (const step of ["week", "month"] as const) {
        const gaps = await familyGaps(family.parent, family.familyId, ON, "en");
        const timeline = await familyTimeline(family.parent, family.familyId, { to: ON, step });
        const intervals = timeline.children[0]!.intervals;
        for (const gap of gaps.children[0]!.services) {
          const current = intervals.find((interval) => interval.serviceId === gap.serviceId && interval.to === null);
          expect(current, `${gap.serviceId} by ${step}`).toBeDefined();
          expect(current!.status).toBe(gap.status);
          expect(current!.from).toBe(gap.since);
          expect(daysBetween(current!.from, ON)).toBe(gap.days);
        }
        // The psychiatrist's last day stays their last day, whatever the step.
        const therapy = intervals.filter((interval) => interval.serviceId === "individual-therapy");
        expect(therapy.find((interval) => interval.status === "covered")).toMatchObject({
          from: "2026-02-04",
          to: "2026-07-15",
        });
        expect(therapy.at(-1)).toMatchObject({ status: "missing", from: "2026-07-16", to: null });
      }
    });
  });

  describe("providers through the API", () => {
    let texas: Awaited<ReturnType<typeof familyNeeding>>;
    let other: Awaited<ReturnType<typeof familyNeeding>>;
    const PROVIDERS = "families/[familyId]/providers";
    const ONE = "families/[familyId]/providers/[providerId]";

    beforeAll(async () => {
      texas = await familyNeeding(db(), "TX", "individual-therapy");
      other = await familyNeeding(db(), "TX", "individual-therapy");
    });

    async function as(actor: Actor, method: "POST" | "PATCH", template: string, params: object, body: unknown) {
      signedIn.actor = actor;
      const answer = await callRoute(await loadRoute(template), method, template, params as never, body);
      return { status: answer.status, body: JSON.parse(answer.text) };
    }

    it("stores several credentials canonically and answers both credentialIds and credentialId", async () => {
      const created = await as(
        texas.parent,
        "POST",
        PROVIDERS,
        { familyId: texas.familyId },
        {
          ...provider(texas.childId, {}),
          credentialIds: ["LPC", "lcdc"],
        },
      );
      expect(created.status).toBe(201);
      expect(created.body.provider).toMatchObject({
        credentialIds: ["lpc", "tx:lcdc"],
        credentialId: "lpc",
        supervisor: null,
      });
    });

    it("refuses an unknown credential, and a supervisor who is not on this family's team, with 422", async () => {
      const unknown = await as(
        texas.parent,
        "POST",
        PROVIDERS,
        { familyId: texas.familyId },
        {
          ...provider(texas.childId, {}),
          credentialId: "shaman",
        },
      );
      expect(unknown.status).toBe(422);
      expect(unknown.body.error.fields).toEqual({
        credentialId: "We do not know this credential. Choose one from the list.",
      });

      const elsewhere = await createProvider(
        other.parent,
        other.familyId,
        provider(other.childId, { credentialId: "lpc" }),
      );
      const foreign = await as(
        texas.parent,
        "POST",
        PROVIDERS,
        { familyId: texas.familyId },
        {
          ...provider(texas.childId, { credentialId: "tx:lpc-associate" }),
          supervisorProviderId: elsewhere.id,
        },
      );
      expect(foreign.status).toBe(422);
      expect(foreign.body.error.fields.supervisorProviderId).toBe(
        "The supervisor must be someone else on your family's care team.",
      );
      const named = await as(
        texas.parent,
        "POST",
        PROVIDERS,
        { familyId: texas.familyId },
        {
          ...provider(texas.childId, { credentialId: "tx:lpc-associate" }),
          supervisor: { name: "Alma Reyes", credentialId: "wizard" },
        },
      );
      expect(named.status).toBe(422);
      expect(Object.keys(named.body.error.fields)).toEqual(["supervisor.credentialId"]);
    });

    it("switches a supervisor from a named person to a team member and back to nobody", async () => {
      const lpc = await createProvider(texas.parent, texas.familyId, provider(texas.childId, { credentialId: "lpc" }));
      const associate = await createProvider(
        texas.parent,
        texas.familyId,
        provider(texas.childId, {
          credentialId: "lpc-associate",
          supervisor: { name: "Alma Reyes", credentialId: "lpc" },
        }),
      );
      expect(associate.credentialIds).toEqual(["tx:lpc-associate"]);
      const toTeam = await as(
        texas.parent,
        "PATCH",
        ONE,
        { familyId: texas.familyId, providerId: associate.id },
        {
          supervisorProviderId: lpc.id,
        },
      );
      expect(toTeam.body.provider.supervisor).toEqual({ providerId: lpc.id });
      const self = await as(
        texas.parent,
        "PATCH",
        ONE,
        { familyId: texas.familyId, providerId: associate.id },
        {
          supervisorProviderId: associate.id,
        },
      );
      expect(self.status).toBe(422);
      const cleared = await as(
        texas.parent,
        "PATCH",
        ONE,
        { familyId: texas.familyId, providerId: associate.id },
        {
          supervisorProviderId: null,
          supervisor: null,
        },
      );
      expect(cleared.body.provider.supervisor).toBeNull();
      expect((await getProvider(texas.parent, texas.familyId, associate.id)).supervisor).toBeNull();
    });

    it("refuses credentialId and credentialIds that disagree, and two supervisors at once (400)", async () => {
      const both = await as(
        texas.parent,
        "POST",
        PROVIDERS,
        { familyId: texas.familyId },
        {
          ...provider(texas.childId, { credentialId: "lpc" }),
          credentialIds: ["lcsw"],
        },
      );
      expect(both.status).toBe(400);
      expect(Object.keys(both.body.error.fields)).toEqual(["credentialId"]);
    });
  });

  describe("the catalog by state", () => {
    const CATALOG = "catalog";
    async function catalog(query: string) {
      const answer = await callRoute(await loadRoute(CATALOG), "GET", `${CATALOG}${query}`, {});
      return { status: answer.status, body: JSON.parse(answer.text) };
    }

    it("gives the national entries plus the state's own titles, or everything with each entry's states", async () => {
      const texas = await catalog("?state=TX");
      expect(texas.status).toBe(200);
      const ids = texas.body.credentials.map((credential: { id: string }) => credential.id);
      expect(ids).toEqual(expect.arrayContaining(["tx:qmhp-cs", "lpc", "bcba", "pediatrician"]));
      expect(ids).not.toContain("or:qmha");
      expect(texas.body.state).toBe("TX");
      expect(texas.body.stateNote).toBeNull();
      const therapy = texas.body.services.find((service: { id: string }) => service.id === "individual-therapy");
      expect(therapy.qualifiedCredentialIds).not.toContain("or:qmhp");

      const all = await catalog("");
      const qmhpCs = all.body.credentials.find((credential: { id: string }) => credential.id === "tx:qmhp-cs");
      expect(qmhpCs).toMatchObject({ states: ["TX"], level: "paraprofessional", requiresSupervisor: false });
      expect(all.body.credentials.find((credential: { id: string }) => credential.id === "lpc")).toMatchObject({
        states: [],
        level: "independent",
      });
      expect(all.body.credentials.length).toBeGreaterThan(ids.length);
      expect(all.body.state).toBeNull();
      // A state outside the twelve: national titles only, and the note.
      const idaho = await catalog("?state=id");
      expect(idaho.body.credentials.every((credential: { states: string[] }) => credential.states.length === 0)).toBe(
        true,
      );
      expect(idaho.body.stateNote).toBe("Titles and scopes vary by state; we could not check your state's rules.");
    });

    it("refuses a state that is not a US state", async () => {
      for (const query of ["?state=XX", "?state=Texas", "?state="]) {
        const answer = await catalog(query);
        expect(answer.status, query).toBe(400);
        expect(answer.body.error.fields.state).toBe("Choose a US state by its two-letter code, such as TX.");
      }
    });
  });

  describe("the family's record travels with its credentials, supervisors and state", () => {
    it("an export loads into an empty family as it was; an export from before credentialIds still loads", async () => {
      const texas = await familyNeeding(db(), "TX", "individual-therapy");
      const lpc = await createProvider(texas.parent, texas.familyId, provider(texas.childId, { credentialId: "lpc" }));
      await createProvider(
        texas.parent,
        texas.familyId,
        provider(texas.childId, {
          name: "Kai",
          credentialIds: ["lpc-associate", "lcdc"],
          supervisorProviderId: lpc.id,
        }),
      );
      await createProvider(
        texas.parent,
        texas.familyId,
        provider(texas.childId, {
          name: "Chris",
          credentialId: "qmhp",
          supervisor: { name: "Alma", credentialId: "lpc" },
        }),
      );
      const exported = await exportFamily(texas.parent, texas.familyId, "json");
      expect(exported.family.state).toBe("TX");
      const doc = familyExportSchema.parse(JSON.parse(JSON.stringify(exported)));
      const fresh = await makeFamily(db(), { parents: [texas.parent] });
      await loadFamilyExport(texas.parent, fresh.id, doc);
      const loaded = await listProviders(texas.parent, fresh.id);
      const byName = new Map(loaded.map((entry) => [entry.name, entry]));
      expect(byName.get("Kai")).toMatchObject({
        credentialIds: ["tx:lpc-associate", "tx:lcdc"],
        supervisor: { providerId: byName.get("Sam Cole")!.id },
      });
      expect(byName.get("Chris")).toMatchObject({
        credentialIds: ["tx:qmhp-cs"],
        supervisor: { name: "Alma", credentialId: "lpc" },
      });
      expect((await exportFamily(texas.parent, fresh.id, "json")).family.state).toBe("TX");

      // A file made before: one credentialId in Oregon's old ids, no supervisor, no state.
      const old = familyExportSchema.parse({
        ...JSON.parse(JSON.stringify(exported)),
        family: { id: exported.family.id, name: "Old" },
        providers: exported.providers.slice(0, 1).map((entry) => {
          const before: Record<string, unknown> = { ...entry, credentialId: "qmha" };
          delete before.credentialIds;
          delete before.supervisor;
          return before;
        }),
        events: [],
      });
      const older = await makeFamily(db(), { parents: [texas.parent] });
      await loadFamilyExport(texas.parent, older.id, old);
      expect((await listProviders(texas.parent, older.id))[0]).toMatchObject({
        credentialIds: ["or:qmha"],
        supervisor: null,
      });
    });
  });

  it("refuses to read an unknown credential id anywhere (a 422 from the data layer, not a crash)", async () => {
    const family = await familyNeeding(db(), null, "individual-therapy");
    await expectAppError(
      createProvider(family.parent, family.familyId, provider(family.childId, { credentialIds: ["lpc", "nope"] })),
      "unprocessable",
    );
  });
});

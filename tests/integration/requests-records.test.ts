import type { Bundle, Task } from "@medplum/fhirtypes";
import { beforeAll, expect, it } from "vitest";
import type { Actor } from "@/lib/identity/actor";
import { createChild } from "@/lib/care-team/children";
import { createProvider } from "@/lib/care-team/providers";
import { exportFamily } from "@/lib/records/export";
import { toFhirBundle } from "@/lib/records/fhir-export";
import { loadFamilyExport } from "@/lib/records/load-export";
import { createRequest, listRequests } from "@/lib/requests/requests";
import { addRequestUpdate } from "@/lib/requests/updates";
import { getRequest } from "@/lib/requests/requests";
import { familyExportSchema } from "@/lib/schemas/records";
import { validateR4Bundle } from "../support/fhir-r4";
import { expectAppError } from "./support/assertions";
import { describeEachDatabase } from "./support/databases";
import { makeActor, makeFamily } from "./support/factories";

// A held clock: the record is read as of 2026-12-05 (10:00 in Oregon).
const NOW = new Date("2026-12-05T18:00:00Z");

describeEachDatabase("requests in the family's record: JSON export and import, FHIR Tasks", (context) => {
  const db = () => context.handle.db;
  let parent: Actor;
  let familyId: string;
  let appealId: string, evaluationId: string;

  beforeAll(async () => {
    parent = await makeActor(db(), "parent");
    familyId = (await makeFamily(db(), { parents: [parent], state: "OR" })).id;
    const child = await createChild(parent, familyId, { name: "Jordan" });
    const provider = await createProvider(parent, familyId, {
      name: "Dana Reyes",
      statedTitle: "Therapist",
      credentialId: "lpc",
      childIds: [child.id],
      servicesDelivered: ["individual-therapy"],
      startOn: "2026-02-01",
    });
    appealId = (
      await createRequest(
        parent,
        familyId,
        {
          kind: "appeal",
          to: { name: "Appeals unit", organization: "Coordinated care" },
          childIds: [child.id],
          serviceIds: ["family-therapy"],
          askedOn: "2026-11-02",
          channel: "letter",
          summary: "Appealed the denial of family therapy.",
        },
        null,
        NOW,
      )
    ).id;
    await addRequestUpdate(parent, familyId, appealId, { on: "2026-11-10", note: "Received, they said." }, null, NOW);
    await addRequestUpdate(
      parent,
      familyId,
      appealId,
      { on: "2026-11-18", note: "Denied again.", status: "denied" },
      null,
      NOW,
    );
    evaluationId = (
      await createRequest(
        parent,
        familyId,
        {
          kind: "school-evaluation",
          to: { name: "Ms. Lee" },
          childIds: [child.id],
          serviceIds: [],
          providerId: provider.id,
          askedOn: "2026-11-20",
          channel: "email",
          summary: "Asked the school to evaluate.",
          dueOn: "2027-02-20",
        },
        null,
        NOW,
      )
    ).id;
  });

  it("the JSON export carries each request with its updates, and loads into a fresh family the same", async () => {
    const record = await exportFamily(parent, familyId, "json", NOW);
    expect(record.requests.map((request) => request.id)).toEqual([appealId, evaluationId]);
    const appeal = record.requests[0]!;
    expect(appeal).toMatchObject({
      kind: "appeal",
      status: "denied",
      askedOn: "2026-11-02",
      dueOn: "2026-11-18",
      dueRule: { id: "or-ohp-appeal", days: 16 },
    });
    expect(appeal.updates.map((update) => [update.on, update.status])).toEqual([
      ["2026-11-10", null],
      ["2026-11-18", "denied"],
    ]);
    expect(record.requests[1]!.dueRule).toBeNull();
    expect(record.events.filter((event) => event.subjectType === "request").map((event) => event.action)).toEqual([
      "request.added",
      "request.noted",
      "request.noted",
      "request.added",
    ]);

    const fresh = await makeFamily(db(), { parents: [parent] });
    const loaded = await loadFamilyExport(parent, fresh.id, familyExportSchema.parse(record), NOW);
    expect(loaded).toMatchObject({ children: 1, providers: 1, requests: 2 });
    const again = await exportFamily(parent, fresh.id, "json", NOW);
    // Ids are new in the fresh family, and a letter does not travel: everything else is the same.
    const withoutIds = (requests: typeof record.requests) =>
      requests.map((request) => ({
        ...request,
        id: undefined,
        childIds: request.childIds.length,
        providerId: request.providerId !== null,
        letterId: undefined,
        updates: request.updates.map((update) => ({ ...update, id: undefined })),
      }));
    expect(withoutIds(again.requests)).toEqual(withoutIds(record.requests));
    const loadedRequests = await listRequests(parent, fresh.id, NOW);
    expect(loadedRequests[0]!.childIds).toEqual(again.children.map((child) => child.id));
    const thread = await getRequest(parent, fresh.id, loadedRequests[1]!.id, NOW);
    expect(thread.updates.map((update) => update.note)).toEqual(["Received, they said.", "Denied again."]);
  });

  it("an import naming a child or provider it does not carry, or due before it was asked, is refused whole", async () => {
    const record = await exportFamily(parent, familyId, "json", NOW);
    const broken = [
      { ...record.requests[0]!, childIds: [crypto.randomUUID()] },
      { ...record.requests[0]!, providerId: crypto.randomUUID() },
      { ...record.requests[0]!, dueOn: "2026-11-01" },
    ];
    for (const request of broken) {
      const fresh = await makeFamily(db(), { parents: [parent] });
      await expectAppError(
        loadFamilyExport(parent, fresh.id, familyExportSchema.parse({ ...record, requests: [request] }), NOW),
        "validation_failed",
      );
      expect(await listRequests(parent, fresh.id, NOW)).toEqual([]);
    }
  });

  it("the FHIR export has each request as a Task: status, authoredOn, the due date as the end of its restriction", async () => {
    const record = await exportFamily(parent, familyId, "fhir", NOW);
    const bundle: Bundle = toFhirBundle(record, NOW);
    expect(validateR4Bundle(bundle)).toEqual([]);
    const tasks = (bundle.entry ?? [])
      .map((entry) => entry.resource)
      .filter((r): r is Task => r?.resourceType === "Task");
    expect(tasks.map((task) => task.id)).toEqual([appealId, evaluationId]);
    expect(tasks[0]).toMatchObject({
      status: "rejected",
      intent: "order",
      authoredOn: "2026-11-02",
      restriction: { period: { start: "2026-11-02", end: "2026-11-18" } },
      owner: { display: "Appeals unit, Coordinated care" },
      note: [{ time: "2026-11-10" }, { time: "2026-11-18", text: "Denied again." }],
    });
    expect(tasks[0]!.for?.reference).toBe(`urn:uuid:${record.children[0]!.id}`);
    expect(tasks[1]).toMatchObject({
      status: "requested",
      authoredOn: "2026-11-20",
      restriction: { period: { end: "2027-02-20" } },
      owner: { reference: `urn:uuid:${record.providers[0]!.id}` },
    });
  });
});

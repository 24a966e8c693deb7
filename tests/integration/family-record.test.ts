import crypto from "node:crypto";
import type { Bundle, CareTeam, Practitioner, PractitionerRole } from "@medplum/fhirtypes";
import { asc, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { auditLog, careEvents, messages } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { createChild } from "@/lib/care-team/children";
import { createNeed, createNeededService, updateNeed } from "@/lib/care-team/needs";
import { listCareEvents } from "@/lib/care-team/events";
import { createProvider, deleteProvider, updateProvider } from "@/lib/care-team/providers";
import { LOCAL_CREDENTIAL_SYSTEM, NUCC_SYSTEM } from "@/lib/domain/record/fhir";
import { scheduleFamilyDeletion } from "@/lib/families/deletion";
import { listMessages } from "@/lib/messages/queries";
import { unreadSummary } from "@/lib/messages/reads";
import { parseSendInput, sendMessage } from "@/lib/messages/send";
import { exportFamily } from "@/lib/records/export";
import type { FamilyExport } from "@/lib/records/export-types";
import { toFhirBundle } from "@/lib/records/fhir-export";
import { loadFamilyExport } from "@/lib/records/load-export";
import { familyExportSchema } from "@/lib/schemas/records";
import { validateR4Bundle } from "../support/fhir-r4";
import { describeEachDatabase } from "./support/databases";
import { makeActor, makeFamily } from "./support/factories";

/** The document with every id replaced by its order of first appearance (and the export time dropped). */
function withoutIds(doc: FamilyExport): unknown {
  const seen = new Map<string, string>();
  const idLike = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  const walk = (value: unknown, key?: string): unknown => {
    if (typeof value === "string" && idLike.test(value)) {
      if (!seen.has(value)) seen.set(value, `#${seen.size}`);
      return seen.get(value);
    }
    if (key === "id" && typeof value === "number") return "#event";
    if (Array.isArray(value)) return value.map((item) => walk(item));
    if (value && typeof value === "object")
      return Object.fromEntries(Object.entries(value).map(([k, item]) => [k, walk(item, k)]));
    return value;
  };
  const rest = Object.fromEntries(Object.entries(doc).filter(([key]) => key !== "exportedAt" && key !== "family"));
  return walk({ family: { name: doc.family.name }, ...rest });
}

describeEachDatabase("the family's record: export and load", (context) => {
  const db = () => context.handle.db;
  const auditRows = (familyId: string) =>
    db().select().from(auditLog).where(eq(auditLog.familyId, familyId)).orderBy(asc(auditLog.id));
  let parent: Actor;
  let coach: Actor;
  let stranger: Actor;
  let familyId: string;

  beforeAll(async () => {
    [parent, coach, stranger] = await Promise.all([
      makeActor(db(), "parent"),
      makeActor(db(), "coach"),
      makeActor(db(), "parent"),
    ]);
    familyId = (await makeFamily(db(), { parents: [parent], coach, name: "Rivera" })).id;
    const jordan = await createChild(parent, familyId, { name: "Jordan", birthYear: 2014 });
    const ana = await createChild(parent, familyId, { name: "Ana", birthYear: 2017 });
    const trauma = await createNeed(parent, familyId, jordan.id, {
      needId: "trauma",
      identifiedOn: "2026-01-05",
      note: "After the move",
    });
    await updateNeed(parent, familyId, jordan.id, trauma.id, { note: "After the move in January" });
    await createNeed(coach, familyId, ana.id, {
      needId: "self-harm",
      identifiedOn: "2026-02-10",
      resolvedOn: "2026-06-01",
    });
    await createNeededService(coach, familyId, jordan.id, {
      serviceId: "respite",
      markedOn: "2026-01-01",
      reason: "Discharge plan",
    });
    await createProvider(parent, familyId, {
      name: "Lee Park",
      statedTitle: "Therapist",
      credentialId: "lcsw",
      licenseNumber: "L-4471",
      licenseState: "OR",
      childIds: [jordan.id, ana.id],
      servicesDelivered: ["individual-therapy", "trauma-treatment"],
      trainedIn: ["tf-cbt"],
      startOn: "2026-02-01",
      agency: "Cedar Clinic",
      contact: "lee@cedar.example",
      answers: { licensed: { answer: "Yes, LCSW", askedOn: "2026-02-02" } },
    });
    await createProvider(parent, familyId, {
      name: "Dr. Mira Okafor",
      statedTitle: "Psychiatrist",
      credentialId: "psychiatrist",
      licenseNumber: "MD-99812",
      licenseState: "OR",
      childIds: [jordan.id],
      servicesDelivered: ["medication-management"],
      startOn: "2026-03-01",
      contact: "503-555-0142",
    });
    const qmha = await createProvider(parent, familyId, {
      name: "Dana Reyes",
      statedTitle: "Skills trainer",
      credentialId: "qmha",
      childIds: [jordan.id],
      servicesDelivered: ["skills-training"],
      startOn: "2026-02-15",
      agency: "Cedar Clinic",
    });
    await updateProvider(parent, familyId, qmha.id, { endOn: "2026-09-30" });
    const gone = await createProvider(parent, familyId, {
      name: "Sam Ortiz",
      statedTitle: "Counselor",
      credentialId: "unknown",
      childIds: [ana.id],
      servicesDelivered: [],
      startOn: "2026-04-01",
    });
    await deleteProvider(parent, familyId, gone.id);
    await sendMessage(parent, familyId, parseSendInput({ clientMessageId: crypto.randomUUID(), body: "Hello coach" }));
    await sendMessage(
      coach,
      familyId,
      parseSendInput({ clientMessageId: crypto.randomUUID(), body: "Hello Rivera family\nSee you Tuesday" }),
    );
  });

  it("round-trips: export, load into a fresh family, export again gives the same document apart from ids", async () => {
    const first = await exportFamily(parent, familyId, "json");
    expect(first.children.map((child) => child.name)).toEqual(["Jordan", "Ana"]);
    expect(first.providers).toHaveLength(3);
    expect(first.events.map((event) => event.action)).toContain("provider.removed");
    expect(first.messages.map((message) => message.body)).toEqual([
      "Hello coach",
      "Hello Rivera family\nSee you Tuesday",
    ]);
    // It travels as JSON: read back through the import's own schema.
    const doc = familyExportSchema.parse(JSON.parse(JSON.stringify(first)));
    const freshId = (await makeFamily(db(), { parents: [parent], coach, name: "Rivera" })).id;
    const loadedAt = new Date();
    const result = await loadFamilyExport(parent, freshId, doc, loadedAt);
    expect(result).toEqual({
      children: 2,
      providers: 3,
      events: first.events.length,
      messages: 2,
      requests: 0,
      letters: 0,
      skippedDocuments: 0,
    });
    const second = await exportFamily(parent, freshId, "json");
    expect(second.family.id).not.toBe(first.family.id);
    expect(second.providers[0]!.id).not.toBe(first.providers[0]!.id);
    // The same record, except that the history and the conversation now say they were imported:
    // by whom the file named (as text), loaded by the parent.
    const asLoaded = (person: { name: string } | null) => ({
      person: { id: parent.id, name: parent.name, role: "parent" as const },
      imported: { name: person?.name ?? "", at: loadedAt.toISOString() },
    });
    const expected: FamilyExport = {
      ...first,
      events: first.events.map((event) => {
        const { person, imported } = asLoaded(event.actor);
        return { ...event, actor: person, imported };
      }),
      messages: first.messages.map((message) => {
        const { person, imported } = asLoaded(message.author);
        return { ...message, author: person, imported };
      }),
    };
    expect(withoutIds(second)).toEqual(withoutIds(expected));
    // Loaded again elsewhere, the first file's names travel on, not the parent who loaded it.
    const third = (await makeFamily(db(), { parents: [parent], name: "Rivera" })).id;
    await loadFamilyExport(parent, third, familyExportSchema.parse(JSON.parse(JSON.stringify(second))));
    const again = await exportFamily(parent, third, "json");
    expect(again.messages.map((message) => message.imported?.name)).toEqual(first.messages.map((m) => m.author.name));
  });

  it("imported words keep their real author: a file naming the coach's id never makes the coach the author", async () => {
    const freshId = (await makeFamily(db(), { parents: [parent], coach, name: "Forged" })).id;
    const coachAsAuthor = { id: coach.id, name: coach.name, role: "coach" as const };
    const forged = familyExportSchema.parse({
      format: "clarity.family-export",
      version: 1,
      exportedAt: new Date().toISOString(),
      family: { id: crypto.randomUUID(), name: "Forged" },
      children: [],
      providers: [],
      events: [
        {
          id: 1,
          at: "2025-01-10T10:00:00.000Z",
          action: "provider.removed",
          subjectType: "provider",
          subjectId: crypto.randomUUID(),
          subject: { name: "Dr. Mira Okafor" },
          changes: {},
          actor: coachAsAuthor,
        },
      ],
      messages: [
        {
          id: crypto.randomUUID(),
          at: "2025-01-10T09:00:00.000Z",
          author: coachAsAuthor,
          body: "Stop the medication.",
        },
      ],
    });
    const auditBefore = await auditRows(freshId);
    await loadFamilyExport(parent, freshId, forged);

    // Stored as imported: the parent who loaded it wrote it into Clarity; the coach's name is text.
    const [message] = (await listMessages(coach, freshId)).messages;
    expect(message).toMatchObject({
      body: "Stop the medication.",
      author: { id: parent.id },
      imported: { name: coach.name },
    });
    expect(message!.author.id).not.toBe(coach.id);
    const { events } = await listCareEvents(coach, freshId, { limit: 10 });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actor: { id: parent.id }, imported: { name: coach.name } });
    const rows = await db().select().from(messages).where(eq(messages.familyId, freshId));
    expect(rows.map((row) => row.authorId)).toEqual([parent.id]);
    const eventRows = await db().select().from(careEvents).where(eq(careEvents.familyId, freshId));
    expect(eventRows.map((row) => row.actorId)).toEqual([parent.id]);
    // Nothing in the database names the coach as author or actor of anything in this family.
    expect([...rows.map((row) => row.authorId), ...eventRows.map((row) => row.actorId)]).not.toContain(coach.id);
    // The import is one audited event, by the parent.
    const audit = (await auditRows(freshId)).slice(auditBefore.length);
    expect(audit.filter((row) => row.action === "family.import")).toEqual([
      expect.objectContaining({
        actorId: parent.id,
        outcome: "ok",
        details: expect.objectContaining({ messages: 1, events: 1 }),
      }),
    ]);
    // Loaded history is not news: nobody has it unread.
    expect((await unreadSummary(coach)).families.find((family) => family.familyId === freshId)?.unread ?? 0).toBe(0);
  });

  it("an import dated in the future, or with hidden characters in a name, is refused and writes nothing", async () => {
    const freshId = (await makeFamily(db(), { parents: [parent], name: "Future" })).id;
    const base = {
      format: "clarity.family-export",
      version: 1,
      exportedAt: new Date().toISOString(),
      family: { id: crypto.randomUUID(), name: "Future" },
      children: [],
      providers: [],
      events: [],
    };
    const person = { id: crypto.randomUUID(), name: "Morgan", role: "coach" };
    const message = (at: string, name = "Morgan") => ({
      id: crypto.randomUUID(),
      at,
      author: { ...person, name },
      body: "Hi",
    });
    const future = familyExportSchema.parse({
      ...base,
      messages: [message(new Date(Date.now() + 86_400_000).toISOString())],
    });
    await expect(loadFamilyExport(parent, freshId, future)).rejects.toMatchObject({
      code: "validation_failed",
      fields: { "messages.0.at": "validation.futureDate" },
    });
    for (const name of ["Mor\u202Egan", "Mor\u2066gan", "Morgan\u0000"]) {
      const parsed = familyExportSchema.safeParse({ ...base, messages: [message("2025-01-01T00:00:00Z", name)] });
      expect(parsed.success, name).toBe(false);
    }
    expect((await exportFamily(parent, freshId, "json")).messages).toEqual([]);
  });

  it("loads only into a family with nothing recorded, and only for the family's own members", async () => {
    const doc = familyExportSchema.parse(JSON.parse(JSON.stringify(await exportFamily(parent, familyId, "json"))));
    await expect(loadFamilyExport(parent, familyId, doc)).rejects.toMatchObject({ code: "conflict" });
    const freshId = (await makeFamily(db(), { parents: [parent], coach })).id;
    await expect(loadFamilyExport(coach, freshId, doc)).rejects.toMatchObject({ code: "forbidden" });
    await expect(loadFamilyExport(stranger, freshId, doc)).rejects.toMatchObject({ code: "not_found" });
    // Loaded by someone else entirely: every message and event is theirs to have loaded, under the
    // names the file gave, and no one else's account.
    const elsewhere = (await makeFamily(db(), { parents: [stranger] })).id;
    const result = await loadFamilyExport(stranger, elsewhere, doc);
    expect(result).toMatchObject({ messages: 2 });
    const loaded = await exportFamily(stranger, elsewhere, "json");
    expect(loaded.messages.map((message) => [message.author.id, message.imported?.name])).toEqual([
      [stranger.id, parent.name],
      [stranger.id, coach.name],
    ]);
    expect(loaded.events.every((event) => event.actor?.id === stranger.id && event.imported !== null)).toBe(true);
    expect(loaded.providers).toHaveLength(3);
    // A family scheduled for deletion takes no new records, but can still take its record out.
    const leaving = (await makeFamily(db(), { parents: [parent] })).id;
    await scheduleFamilyDeletion(parent, leaving);
    await expect(loadFamilyExport(parent, leaving, doc)).rejects.toMatchObject({ code: "family_pending_deletion" });
    expect((await exportFamily(parent, leaving, "json")).children).toEqual([]);
  });

  it("a broken file writes nothing: a provider naming a child not in the file is a field error", async () => {
    const doc = familyExportSchema.parse(JSON.parse(JSON.stringify(await exportFamily(parent, familyId, "json"))));
    doc.providers[1]!.childIds = [crypto.randomUUID()];
    const freshId = (await makeFamily(db(), { parents: [parent] })).id;
    await expect(loadFamilyExport(parent, freshId, doc)).rejects.toMatchObject({
      code: "validation_failed",
      fields: { "providers.1.childIds": expect.any(String) },
    });
    expect((await exportFamily(parent, freshId, "json")).children).toEqual([]);
    expect(familyExportSchema.safeParse({ ...doc, extra: 1 }).success).toBe(false);
  });

  it("the export is the family's: its coach is refused (403), anyone else gets 404, and it never carries coach notes", async () => {
    await expect(exportFamily(coach, familyId, "json")).rejects.toMatchObject({ code: "forbidden" });
    await expect(exportFamily(stranger, familyId, "json")).rejects.toMatchObject({ code: "not_found" });
    const text = JSON.stringify(await exportFamily(parent, familyId, "json"));
    expect(text).not.toContain("passwordHash");
    expect(Object.keys(JSON.parse(text)).sort()).toEqual([
      "children",
      "citations",
      "documents",
      "events",
      "exportedAt",
      "family",
      "format",
      "letters",
      "messages",
      "providers",
      "requests",
      "version",
    ]);
  });

  it("the FHIR Bundle passes structural validation and carries NUCC codes for an LCSW and a psychiatrist, and the state's own code for a QMHA", async () => {
    const bundle: Bundle = toFhirBundle(await exportFamily(parent, familyId, "fhir"), new Date("2026-11-25T12:00:00Z"));
    expect(validateR4Bundle(bundle)).toEqual([]);
    const resources = (bundle.entry ?? []).map((entry) => entry.resource!);
    const count = (type: string) => resources.filter((resource) => resource.resourceType === type).length;
    expect({
      Patient: count("Patient"),
      CareTeam: count("CareTeam"),
      Practitioner: count("Practitioner"),
      PractitionerRole: count("PractitionerRole"),
      Organization: count("Organization"),
    }).toEqual({
      Patient: 2,
      CareTeam: 2,
      Practitioner: 3,
      PractitionerRole: 3,
      Organization: 1,
    });
    const practitioner = (name: string) =>
      resources.find(
        (resource): resource is Practitioner =>
          resource.resourceType === "Practitioner" && resource.name?.[0]?.text === name,
      )!;
    const codes = (name: string) =>
      practitioner(name).qualification![0]!.code.coding!.map((coding) => `${coding.system}|${coding.code}`);

    expect(codes("Lee Park")).toEqual([`${NUCC_SYSTEM}|1041C0700X`, `${LOCAL_CREDENTIAL_SYSTEM}|lcsw`]);
    expect(practitioner("Lee Park").qualification![0]!.identifier).toEqual([{ use: "official", value: "L-4471" }]);
    expect(codes("Dr. Mira Okafor")).toEqual([`${NUCC_SYSTEM}|2084P0800X`, `${LOCAL_CREDENTIAL_SYSTEM}|psychiatrist`]);
    expect(practitioner("Dr. Mira Okafor").qualification![0]!.identifier).toEqual([
      { use: "official", value: "MD-99812" },
    ]);
    // QMHA: no NUCC code; the local code (Oregon's title, stored as or:qmha), issued by the state.
    expect(codes("Dana Reyes")).toEqual([`${LOCAL_CREDENTIAL_SYSTEM}|or:qmha`]);
    expect(practitioner("Dana Reyes").qualification![0]).toMatchObject({
      issuer: { identifier: { value: "US-OR" }, display: "State of Oregon" },
    });
    expect(practitioner("Dana Reyes").qualification![0]!.identifier).toBeUndefined();
    expect(practitioner("Dana Reyes").active).toBe(false);

    const byUrl = new Map((bundle.entry ?? []).map((entry) => [entry.fullUrl, entry.resource!]));
    const jordanTeam = resources.find(
      (resource): resource is CareTeam => resource.resourceType === "CareTeam" && resource.name === "Jordan",
    )!;
    expect(byUrl.get(jordanTeam.subject!.reference)?.resourceType).toBe("Patient");
    expect(jordanTeam.participant!.map((participant) => [participant.member!.display, participant.period])).toEqual([
      ["Lee Park", { start: "2026-02-01" }],
      ["Dana Reyes", { start: "2026-02-15", end: "2026-09-30" }],
      ["Dr. Mira Okafor", { start: "2026-03-01" }],
    ]);
    const role = byUrl.get(jordanTeam.participant![0]!.member!.reference) as PractitionerRole;
    expect(role.resourceType).toBe("PractitionerRole");
    expect(byUrl.get(role.practitioner!.reference)?.resourceType).toBe("Practitioner");
    expect(byUrl.get(role.organization!.reference)).toMatchObject({
      resourceType: "Organization",
      name: "Cedar Clinic",
    });
    expect(role.code![0]).toMatchObject({
      text: "Therapist",
      coding: [{ system: NUCC_SYSTEM, code: "1041C0700X" }, { code: "lcsw" }],
    });
  });

  it("the validator is not vacuous: it catches a missing qualification code, a wrong cardinality, an unknown element and a dangling reference", () => {
    const broken = {
      resourceType: "Bundle",
      type: "collection",
      entry: [
        {
          fullUrl: "urn:uuid:a",
          resource: {
            resourceType: "Practitioner",
            qualification: [{ issuer: { display: "State of Oregon" } }],
            gender: "x",
          },
        },
        {
          fullUrl: "urn:uuid:b",
          resource: {
            resourceType: "CareTeam",
            status: "open",
            subject: [{ reference: "urn:uuid:a" }],
            participant: [{ member: { reference: "urn:uuid:zz" } }],
          },
        },
      ],
    };
    const problems = validateR4Bundle(broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        "Bundle.entry[0].resource.qualification[0].code: required (1..1)",
        "Bundle.entry[0].resource.gender: not an element of Practitioner",
        "Bundle.entry[1].resource.status: open is not in the required value set",
        "Bundle.entry[1].resource.subject: at most one (0..1), found an array",
        "Bundle.entry[1].resource.participant[0].member: urn:uuid:zz does not resolve inside the Bundle",
      ]),
    );
  });
});

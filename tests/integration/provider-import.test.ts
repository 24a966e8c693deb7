import { count, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { careEvents, providers } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { createChild } from "@/lib/care-team/children";
import { listProviders } from "@/lib/care-team/providers";
import { scheduleFamilyDeletion } from "@/lib/families/deletion";
import { importProviderCsv, previewProviderImport } from "@/lib/records/provider-import";
import { describeEachDatabase } from "./support/databases";
import { makeActor, makeFamily } from "./support/factories";
import { expectAppError } from "./support/assertions";
import { fieldWords } from "@/lib/core/i18n/field-words";

const GOOD = `Name,Title,Credential,Agency,Start date,License number,License state,Services,Children,Contact
Lee Park,Therapist,LCSW,Cedar Clinic,2026-02-01,L-4471,OR,Individual psychotherapy;trauma-treatment,Jordan,lee@cedar.example
"Okafor, Mira",Psychiatrist,psychiatrist,,3/1/2026,MD-99812,or,medication-management,,503-555-0142
Dana Reyes,Skills trainer,QMHA,Cedar Clinic,2026-02-15,,,skills-training,Jordan;Ana,
`;

const BAD = `Name,Title,Credential,Start date,Children
Lee Park,Therapist,LCSW,2026-02-01,Jordan
,Counselor,LPC,2026-02-01,
Dana Reyes,Skills trainer,QMHB,2026-13-40,Jordan
Sam Ortiz,Mentor,,2026-03-01,Riley
`;

describeEachDatabase("providers from a CSV", (context) => {
  const db = () => context.handle.db;
  let parent: Actor;
  let coach: Actor;
  let stranger: Actor;
  let familyId: string;
  const stored = async () =>
    (await db().select({ n: count() }).from(providers).where(eq(providers.familyId, familyId)))[0]!.n;
  const events = async () =>
    (await db().select({ n: count() }).from(careEvents).where(eq(careEvents.familyId, familyId)))[0]!.n;

  beforeAll(async () => {
    [parent, coach, stranger] = await Promise.all([
      makeActor(db(), "parent"),
      makeActor(db(), "coach"),
      makeActor(db(), "parent"),
    ]);
    familyId = (await makeFamily(db(), { parents: [parent], coach })).id;
    await createChild(parent, familyId, { name: "Jordan" });
    await createChild(parent, familyId, { name: "Ana" });
  });

  it("rejects bad rows with row-numbered messages and writes nothing", async () => {
    const [providersBefore, eventsBefore] = [await stored(), await events()];
    const preview = await previewProviderImport(parent, familyId, BAD);
    expect(preview.ready).toBe(false);
    expect(preview.problems.map((problem) => problem.message)).toEqual([
      "Row 3, name: this cell is needed.",
      "Row 4, credential: “QMHB” is not a credential Clarity knows. Leave it blank if you are not sure.",
      "Row 4, start date: “2026-13-40” is not a date. Write it as 2026-03-01 or 3/1/2026.",
      "Row 5, children: no child in your family is called “Riley”.",
    ]);
    expect(preview.rows.map((row) => [row.row, row.provider?.name ?? null])).toEqual([
      [2, "Lee Park"],
      [3, null],
      [4, null],
      [5, null],
    ]);
    const refused = await expectAppError(importProviderCsv(parent, familyId, BAD), "validation_failed");
    // The data layer gives message keys; the edge words them in the reader's language.
    expect(fieldWords(refused.fields!)).toMatchObject({
      "rows.3.name": "Row 3, name: this cell is needed.",
      "rows.5.children": "Row 5, children: no child in your family is called “Riley”.",
    });
    // Row 2 was fine on its own, and still nothing was written.
    expect([await stored(), await events()]).toEqual([providersBefore, eventsBefore]);
  });

  it("names a header it does not know, and a missing one, on row 1", async () => {
    const preview = await previewProviderImport(
      parent,
      familyId,
      "Name,Favourite colour,Start date\nLee,blue,2026-01-01\n",
    );
    expect(preview.problems.map((problem) => problem.message)).toEqual([
      "Row 1: the column “Favourite colour” is not one Clarity knows.",
      "Row 1, title: this column is needed.",
    ]);
    expect(preview.rows).toEqual([]);
  });

  it("previews without writing, then adds every row in one go with its history", async () => {
    const preview = await previewProviderImport(coach, familyId, GOOD);
    expect(preview.problems).toEqual([]);
    expect(preview.ready).toBe(true);
    expect(await stored()).toBe(0);
    const eventsBefore = await events();

    const created = await importProviderCsv(parent, familyId, GOOD);
    expect(created).toHaveLength(3);
    const all = await listProviders(parent, familyId);
    const byName = new Map(all.map((provider) => [provider.name, provider]));
    expect(byName.get("Lee Park")).toMatchObject({
      credentialId: "lcsw",
      agency: "Cedar Clinic",
      licenseNumber: "L-4471",
      licenseState: "OR",
      servicesDelivered: ["individual-therapy", "trauma-treatment"],
      childIds: [preview.rows[0]!.provider!.childIds[0]],
    });
    expect(byName.get("Okafor, Mira")).toMatchObject({
      credentialId: "psychiatrist",
      startOn: "2026-03-01",
      licenseState: "OR",
      agency: null,
      childIds: expect.arrayContaining([expect.any(String), expect.any(String)]),
    });
    expect(byName.get("Okafor, Mira")!.childIds).toHaveLength(2);
    expect(byName.get("Dana Reyes")).toMatchObject({ credentialIds: ["or:qmha"], statedTitle: "Skills trainer" });
    expect(await events()).toBe(eventsBefore + 3);
  });

  it("is open to the family's coach as adding a provider is, and a 404 to anyone else", async () => {
    await expect(previewProviderImport(stranger, familyId, GOOD)).rejects.toMatchObject({ code: "not_found" });
    await expect(importProviderCsv(stranger, familyId, GOOD)).rejects.toMatchObject({ code: "not_found" });
    const created = await importProviderCsv(
      coach,
      familyId,
      "name,title,start date\nPat Lin,Care coordinator,2026-05-01\n",
    );
    expect(created.map((provider) => [provider.name, provider.credentialId])).toEqual([["Pat Lin", "unknown"]]);
  });

  it("adds nothing to a family scheduled for deletion (409), though the preview still reads", async () => {
    const leaving = (await makeFamily(db(), { parents: [parent], coach })).id;
    await createChild(parent, leaving, { name: "Jordan" });
    await createChild(parent, leaving, { name: "Ana" });
    await scheduleFamilyDeletion(parent, leaving);
    expect((await previewProviderImport(parent, leaving, GOOD)).ready).toBe(true);
    await expect(importProviderCsv(parent, leaving, GOOD)).rejects.toMatchObject({ code: "family_pending_deletion" });
  });
});

import { and, count, eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { careEvents, children } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { createChild } from "@/lib/care-team/children";
import { createProvider, updateProvider } from "@/lib/care-team/providers";
import { RequestDeadlineError, withDeadline } from "@/lib/core/deadline";
import { describeEachDatabase } from "./support/databases";
import { rejectionOf } from "./support/assertions";
import { makeActor, makeFamily } from "./support/factories";

describeEachDatabase("writes under retries and deadlines", (context) => {
  const db = () => context.handle.db;
  let parent: Actor;
  let familyId: string;
  let childId: string;

  beforeAll(async () => {
    parent = await makeActor(db(), "parent");
    familyId = (await makeFamily(db(), { parents: [parent] })).id;
    childId = (await createChild(parent, familyId, { name: "Jordan" })).id;
  });

  it("an edit and its retry racing each other record the change once (found by npm run test:faults)", async () => {
    const provider = await createProvider(parent, familyId, {
      name: "Dana",
      statedTitle: "Therapist",
      credentialId: "lpc",
      childIds: [childId],
      servicesDelivered: ["individual-therapy"],
      startOn: "2026-02-01",
    });
    for (let round = 0; round < 5; round++) {
      const agency = `Agency ${round}`;
      await Promise.all([
        updateProvider(parent, familyId, provider.id, { agency }),
        updateProvider(parent, familyId, provider.id, { agency }),
        updateProvider(parent, familyId, provider.id, { agency }),
      ]);
      const [events] = await db()
        .select({ n: count() })
        .from(careEvents)
        .where(and(eq(careEvents.subjectId, provider.id), sql`${careEvents.changes}->'agency'->>'to' = ${agency}`));
      expect(events!.n, agency).toBe(1);
    }
  });

  it("a write whose request deadline passed rolls back instead of committing after its 503", async () => {
    const before = (await db().select({ n: count() }).from(children).where(eq(children.familyId, familyId)))[0]!.n;
    const error = await rejectionOf(
      withDeadline(Date.now() - 1, () => createChild(parent, familyId, { name: "Too late" })),
    );
    expect(error).toBeInstanceOf(RequestDeadlineError);
    expect((await db().select({ n: count() }).from(children).where(eq(children.familyId, familyId)))[0]!.n).toBe(
      before,
    );
    // Within its deadline the same write lands.
    await withDeadline(Date.now() + 60_000, () => createChild(parent, familyId, { name: "In time" }));
    expect((await db().select({ n: count() }).from(children).where(eq(children.familyId, familyId)))[0]!.n).toBe(
      before + 1,
    );
  });
});

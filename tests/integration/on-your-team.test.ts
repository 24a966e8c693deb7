import { beforeAll, expect, it } from "vitest";
import { onYourTeam } from "@/lib/articles/on-your-team";
import type { Actor } from "@/lib/identity/actor";
import { createChild } from "@/lib/care-team/children";
import { createProvider } from "@/lib/care-team/providers";
import { describeEachDatabase } from "./support/databases";
import { makeActor, makeFamily } from "./support/factories";

describeEachDatabase("who on a parent's team an article explains", (context) => {
  const db = () => context.handle.db;
  let parent: Actor, coach: Actor, otherParent: Actor;
  let family: { id: string; name: string };

  beforeAll(async () => {
    [parent, coach, otherParent] = await Promise.all([
      makeActor(db(), "parent"),
      makeActor(db(), "coach"),
      makeActor(db(), "parent"),
    ]);
    family = await makeFamily(db(), { parents: [parent], coach, name: "The Test family" });
    await makeFamily(db(), { parents: [otherParent], coach });
    const child = await createChild(parent, family.id, { name: "Jordan", birthYear: 2015 });
    const provider = { childIds: [child.id], servicesDelivered: ["skills-training"], statedTitle: "Therapist" };
    await createProvider(parent, family.id, {
      ...provider,
      name: "Current QMHA",
      credentialId: "qmha",
      startOn: "2026-01-10",
    });
    await createProvider(parent, family.id, {
      ...provider,
      name: "Former QMHA",
      credentialId: "qmha",
      startOn: "2025-01-10",
      endOn: "2025-12-31",
    });
    await createProvider(parent, family.id, {
      ...provider,
      name: "An LCSW",
      credentialId: "lcsw",
      startOn: "2026-01-10",
    });
  });

  it("lists the parent's current providers with a credential the article explains", async () => {
    const [match] = await onYourTeam(parent, ["qmha", "skills-trainer"], "2026-06-01");
    expect(match).toMatchObject({ familyId: family.id, familyName: "The Test family" });
    expect(match!.members.map((member) => member.name)).toEqual(["Current QMHA"]);
    expect(match!.members[0]).toEqual({ id: expect.any(String), name: "Current QMHA", credentialId: "or:qmha" });
  });

  it("still names the family (for the link to its care team) when nobody matches", async () => {
    expect(await onYourTeam(parent, ["bcba"], "2026-06-01")).toEqual([
      { familyId: family.id, familyName: "The Test family", members: [] },
    ]);
  });

  it("shows another family's parent only their own family, and coaches and visitors nothing", async () => {
    const [other] = await onYourTeam(otherParent, ["qmha"], "2026-06-01");
    expect(other!.familyId).not.toBe(family.id);
    expect(other!.members).toEqual([]);
    expect(await onYourTeam(coach, ["qmha"], "2026-06-01")).toEqual([]);
    expect(await onYourTeam(null, ["qmha"], "2026-06-01")).toEqual([]);
  });
});

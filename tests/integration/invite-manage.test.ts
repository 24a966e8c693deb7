import { beforeAll, expect, it } from "vitest";
import { signUpWithInvite } from "@/lib/accounts/sign-up";
import type { Actor } from "@/lib/identity/actor";
import { createInvite } from "@/lib/invites/create";
import { previewInvite } from "@/lib/invites/describe";
import { listPendingInvites, resendInvite, revokeInvite } from "@/lib/invites/manage";
import { describeEachDatabase } from "./support/databases";
import { expectAppError, uniqueEmail } from "./support/assertions";
import { makeActor, makeFamily } from "./support/factories";

describeEachDatabase("pending invites: list, revoke, resend", (context) => {
  const db = () => context.handle.db;
  let coach: Actor, otherCoach: Actor, admin: Actor, parent: Actor;
  let familyId: string;

  beforeAll(async () => {
    [coach, otherCoach, admin, parent] = await Promise.all([
      makeActor(db(), "coach"),
      makeActor(db(), "coach"),
      makeActor(db(), "admin"),
      makeActor(db(), "parent"),
    ]);
    familyId = (await makeFamily(db(), { coach, parents: [parent], name: "The Lee family" })).id;
  });

  const idOf = async (actor: Actor, expiresAt: string) =>
    (await listPendingInvites(actor)).find((invite) => invite.expiresAt === expiresAt)!.id;
  const signUp = (token: string) =>
    signUpWithInvite({ token, name: "New Parent", email: uniqueEmail("new"), password: "long enough pw" });

  it("lists the caller's pending invites with their expiry (an admin's: all of them)", async () => {
    const now = new Date("2026-11-25T12:00:00Z");
    const forNew = await createInvite(coach, { familyName: "The Park family" });
    const forExisting = await createInvite(coach, { familyId });
    const old = await createInvite(coach, { familyName: "Long ago" }, new Date("2026-01-01T00:00:00Z"));
    const byParent = await createInvite(parent, { familyId });

    const mine = await listPendingInvites(coach, now);
    expect(mine.map((invite) => [invite.familyName, invite.expired])).toEqual(
      expect.arrayContaining([
        ["The Park family", false],
        ["The Lee family", false],
        ["Long ago", true],
      ]),
    );
    expect(mine).toHaveLength(3);
    expect(mine[0]!.familyName).toBe("Long ago"); // soonest to expire first
    expect(
      mine.find((invite) => invite.expiresAt === forExisting.expiresAt && invite.familyId === familyId)?.invitedBy,
    ).toEqual({ id: coach.id, name: coach.name });
    expect(JSON.stringify(mine)).not.toContain(forNew.token);
    expect(JSON.stringify(mine)).not.toContain(old.token);

    expect((await listPendingInvites(parent)).map((invite) => invite.familyId)).toEqual([familyId]);
    expect(await listPendingInvites(otherCoach)).toEqual([]);
    const all = await listPendingInvites(admin);
    expect(all.length).toBeGreaterThanOrEqual(4);
    expect(all.some((invite) => invite.invitedBy.id === parent.id && invite.expiresAt === byParent.expiresAt)).toBe(
      true,
    );

    // A used invite is no longer pending.
    await signUp(forNew.token);
    expect((await listPendingInvites(coach)).some((invite) => invite.familyName === "The Park family")).toBe(false);
  });

  it("a revoked invite is refused at sign-up with 410, and leaves the list", async () => {
    const invite = await createInvite(coach, { familyName: "Revoked family" });
    const id = await idOf(coach, invite.expiresAt);
    await expectAppError(revokeInvite(otherCoach, id), "not_found");
    await expectAppError(revokeInvite(parent, id), "not_found");
    await revokeInvite(coach, id);
    await revokeInvite(coach, id); // twice is harmless
    await expectAppError(signUp(invite.token), "invite_revoked");
    expect(await previewInvite(invite.token)).toEqual({ usable: false, reason: "invite_revoked" });
    expect((await listPendingInvites(coach)).some((pending) => pending.id === id)).toBe(false);
    await expectAppError(resendInvite(coach, id), "conflict");
    await expectAppError(revokeInvite(coach, "not-an-id"), "not_found");
  });

  it("resending gives a fresh link and expiry; the old link stops working at once", async () => {
    // Sent 24 days ago (long expired), resent now: the new link is signed up with the real clock.
    const now = new Date();
    const sent = await createInvite(coach, { familyId }, new Date(now.getTime() - 24 * 86_400_000));
    const id = await idOf(coach, sent.expiresAt);
    await expectAppError(resendInvite(otherCoach, id), "not_found");
    const again = await resendInvite(coach, id, now);
    expect(again.token).not.toBe(sent.token);
    expect(again.url).toContain(encodeURIComponent(again.token));
    expect(Date.parse(again.expiresAt)).toBeGreaterThan(now.getTime());
    await expectAppError(signUp(sent.token), "invite_invalid");
    expect((await listPendingInvites(coach, now)).find((pending) => pending.id === id)).toMatchObject({
      expiresAt: again.expiresAt,
      expired: false,
    });
    const joined = await signUp(again.token);
    expect(joined.family.id).toBe(familyId);
    await expectAppError(resendInvite(coach, id), "conflict");
    await expectAppError(revokeInvite(coach, id), "conflict");
  });

  it("an admin may revoke anyone's invite", async () => {
    const invite = await createInvite(parent, { familyId });
    const id = await idOf(parent, invite.expiresAt);
    await revokeInvite(admin, id);
    await expectAppError(signUp(invite.token), "invite_revoked");
  });
});

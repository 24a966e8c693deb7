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
  let coach: Actor, otherCoach: Actor, admin: Actor, parent: Actor, coParent: Actor, outsider: Actor;
  let familyId: string;

  beforeAll(async () => {
    [coach, otherCoach, admin, parent, coParent, outsider] = await Promise.all([
      makeActor(db(), "coach"),
      makeActor(db(), "coach"),
      makeActor(db(), "admin"),
      makeActor(db(), "parent"),
      makeActor(db(), "parent"),
      makeActor(db(), "parent"),
    ]);
    familyId = (await makeFamily(db(), { coach, parents: [parent, coParent], name: "The Lee family" })).id;
    await makeFamily(db(), { coach: otherCoach, parents: [outsider] });
  });

  const signUp = (token: string) =>
    signUpWithInvite({ token, name: "New Parent", email: uniqueEmail("new"), password: "long enough pw" });

  it("lists only the invites the caller may act on, with their expiry", async () => {
    const now = new Date();
    const forNew = await createInvite(coach, { familyName: "The Park family" });
    const old = await createInvite(coach, { familyName: "Long ago" }, new Date(now.getTime() - 30 * 86_400_000));
    const byParent = await createInvite(parent, { familyId, inviteeName: "Sam Lee" });

    // The coach: their own links for new families; never a link into a family.
    const mine = await listPendingInvites(coach, now);
    expect(mine.map((invite) => [invite.familyName, invite.expired])).toEqual([
      ["Long ago", true],
      ["The Park family", false],
    ]);
    expect(JSON.stringify(mine)).not.toContain(forNew.token);
    expect(JSON.stringify(mine)).not.toContain(old.token);

    // The family's parents, both of them: the family's links.
    for (const member of [parent, coParent]) {
      expect((await listPendingInvites(member, now)).map((invite) => [invite.id, invite.inviteeName])).toEqual([
        [byParent.id, "Sam Lee"],
      ]);
    }
    expect(await listPendingInvites(outsider, now)).toEqual([]);
    expect(await listPendingInvites(otherCoach, now)).toEqual([]);

    // An admin: the coaches' links for new families (to withdraw), never a link into a family.
    const all = await listPendingInvites(admin, now);
    expect(all.map((invite) => invite.id)).toEqual(expect.arrayContaining([forNew.id, old.id]));
    expect(all.every((invite) => invite.familyId === null && !invite.canResend)).toBe(true);
    expect(all.map((invite) => invite.id)).not.toContain(byParent.id);

    // A used invite is no longer pending.
    await signUp(forNew.token);
    expect((await listPendingInvites(coach)).some((invite) => invite.id === forNew.id)).toBe(false);
  });

  it("a revoked invite is refused at sign-up with 410, and leaves the list", async () => {
    const invite = await createInvite(coach, { familyName: "Revoked family" });
    await expectAppError(revokeInvite(otherCoach, invite.id), "not_found");
    await expectAppError(revokeInvite(parent, invite.id), "not_found");
    await revokeInvite(coach, invite.id);
    await revokeInvite(coach, invite.id); // twice is harmless
    await expectAppError(signUp(invite.token), "invite_revoked");
    expect(await previewInvite(invite.token)).toEqual({ usable: false, reason: "invite_revoked" });
    expect((await listPendingInvites(coach)).some((pending) => pending.id === invite.id)).toBe(false);
    await expectAppError(resendInvite(coach, invite.id), "conflict");
    await expectAppError(revokeInvite(coach, "not-an-id"), "not_found");
  });

  it("resending gives a fresh link and expiry; the old link stops working at once", async () => {
    // Sent 24 days ago (long expired), resent now: the new link is signed up with the real clock.
    const now = new Date();
    const sent = await createInvite(parent, { familyId }, new Date(now.getTime() - 24 * 86_400_000));
    await expectAppError(resendInvite(otherCoach, sent.id), "not_found");
    const again = await resendInvite(parent, sent.id, now);
    expect(again.id).toBe(sent.id);
    expect(again.token).not.toBe(sent.token);
    expect(again.url).toContain(encodeURIComponent(again.token));
    expect(Date.parse(again.expiresAt)).toBeGreaterThan(now.getTime());
    await expectAppError(signUp(sent.token), "invite_invalid");
    expect((await listPendingInvites(parent, now)).find((pending) => pending.id === sent.id)).toMatchObject({
      expiresAt: again.expiresAt,
      expired: false,
    });
    const joined = await signUp(again.token);
    expect(joined.family.id).toBe(familyId);
    await expectAppError(resendInvite(parent, sent.id), "conflict");
    await expectAppError(revokeInvite(parent, sent.id), "conflict");
  });

  it("an admin may withdraw a coach's link for a new family, and nothing else", async () => {
    const forNew = await createInvite(coach, { familyName: "Withdrawn by the admin" });
    await expectAppError(resendInvite(admin, forNew.id), "not_found");
    await revokeInvite(admin, forNew.id);
    await expectAppError(signUp(forNew.token), "invite_revoked");

    const intoFamily = await createInvite(parent, { familyId });
    await expectAppError(revokeInvite(admin, intoFamily.id), "not_found");
    await expectAppError(resendInvite(admin, intoFamily.id), "not_found");
    expect(await previewInvite(intoFamily.token)).toMatchObject({ usable: true });
  });
});

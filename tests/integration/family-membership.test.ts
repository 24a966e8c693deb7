import { and, asc, count, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { auditLog, emailOutbox, familyMembers, invites } from "@/db/schema";
import { signUpWithInvite } from "@/lib/accounts/sign-up";
import { listAccessLog } from "@/lib/audit/access-log";
import type { Actor } from "@/lib/identity/actor";
import { createInvite, inviteOrSuggest } from "@/lib/invites/create";
import { hashInviteToken, newInviteToken } from "@/lib/invites/tokens";
import { listPendingInvites, resendInvite, revokeInvite } from "@/lib/invites/manage";
import { approveSuggestion, dismissSuggestion, listPendingSuggestions, suggestInvite } from "@/lib/invites/suggestions";
import { exportFamily } from "@/lib/records/export";
import { describeEachDatabase } from "./support/databases";
import { expectAppError, uniqueEmail } from "./support/assertions";
import { makeActor, makeFamily } from "./support/factories";

describeEachDatabase("the family controls its membership", (context) => {
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
    familyId = (await makeFamily(db(), { coach, parents: [parent, coParent], name: "The Rivera family" })).id;
    await makeFamily(db(), { coach: otherCoach, parents: [outsider] });
  });

  const signUp = (token: string, name = "New Member") =>
    signUpWithInvite({ token, name, email: uniqueEmail("joiner"), password: "long enough pw" });
  const members = async () =>
    (await db().select().from(familyMembers).where(eq(familyMembers.familyId, familyId))).map((row) => row.userId);
  const inviteCount = async () => (await db().select({ n: count() }).from(invites))[0]!.n;

  it("an admin cannot join a family: family invites are not listed to them, cannot be made or sent again by them", async () => {
    const link = await createInvite(parent, { familyId });
    // The probe: list every pending invite, resend a family's, sign up with the fresh token.
    expect((await listPendingInvites(admin)).map((invite) => invite.id)).not.toContain(link.id);
    await expectAppError(resendInvite(admin, link.id), "not_found");
    await expectAppError(revokeInvite(admin, link.id), "not_found");
    await expectAppError(createInvite(admin, { familyId }), "not_found");
    await expectAppError(createInvite(admin, {}), "forbidden");
    await expectAppError(inviteOrSuggest(admin, { familyId }), "not_found");
    // A link the admin made by other means than the API (one row written by hand) brings nobody in.
    const token = newInviteToken();
    await db()
      .insert(invites)
      .values({
        tokenHash: hashInviteToken(token),
        invitedById: admin.id,
        familyId,
        expiresAt: new Date(Date.now() + 86_400_000),
      });
    await expectAppError(signUp(token), "invite_invalid");
    expect(await members()).toEqual(expect.not.arrayContaining([admin.id]));
  });

  it("a coach cannot plant a member: their invite into a family is a suggestion, with no link until a parent approves", async () => {
    const before = await inviteCount();
    const outcome = await inviteOrSuggest(coach, { familyId, inviteeName: "Luis Rivera" });
    expect(outcome).toEqual({
      suggestion: expect.objectContaining({
        familyId,
        inviteeName: "Luis Rivera",
        suggestedBy: { id: coach.id, name: coach.name },
      }),
    });
    expect(JSON.stringify(outcome)).not.toMatch(/token|url/u);
    expect(await inviteCount()).toBe(before);
    await expectAppError(createInvite(coach, { familyId }), "forbidden");
    await expectAppError(createInvite(otherCoach, { familyId }), "not_found");
    await expectAppError(suggestInvite(otherCoach, familyId, {}), "not_found");
    await expectAppError(suggestInvite(parent, familyId, {}), "forbidden");
    // A link into the family a coach made before suggestions existed brings nobody in either.
    const token = newInviteToken();
    await db()
      .insert(invites)
      .values({
        tokenHash: hashInviteToken(token),
        invitedById: coach.id,
        familyId,
        expiresAt: new Date(Date.now() + 86_400_000),
      });
    await expectAppError(signUp(token), "invite_invalid");
    // Nor can the coach read the family's export through someone they brought in: there is no one.
    await expectAppError(exportFamily(coach, familyId, "json"), "forbidden");
  });

  it("a parent approves the coach's suggestion: the link is the parent's, the join is audited, shown and emailed", async () => {
    const { suggestion } = (await inviteOrSuggest(coach, { familyId, inviteeName: "Luis" })) as {
      suggestion: { id: string };
    };
    for (const who of [coach, parent, coParent])
      expect(
        (await listPendingSuggestions(who)).map((pending) => pending.id),
        who.role,
      ).toContain(suggestion.id);
    for (const who of [otherCoach, outsider, admin])
      expect((await listPendingSuggestions(who)).map((pending) => pending.id)).not.toContain(suggestion.id);

    await expectAppError(approveSuggestion(coach, suggestion.id), "forbidden");
    for (const who of [otherCoach, outsider, admin])
      await expectAppError(approveSuggestion(who, suggestion.id), "not_found");
    const link = await approveSuggestion(coParent, suggestion.id);
    await expectAppError(approveSuggestion(parent, suggestion.id), "conflict");
    expect((await listPendingSuggestions(parent)).map((pending) => pending.id)).not.toContain(suggestion.id);
    const [row] = await db().select().from(invites).where(eq(invites.id, link.id));
    expect(row).toMatchObject({ invitedById: coParent.id, familyId, inviteeName: "Luis" });

    const outboxBefore = await db().select({ id: emailOutbox.id }).from(emailOutbox);
    const joined = await signUp(link.token, "Luis Rivera");
    expect(joined.family.id).toBe(familyId);
    expect(await members()).toContain(joined.user.id);

    // Audited, and in the family's access history: the suggestion, the approval and the join.
    const audit = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.familyId, familyId), eq(auditLog.outcome, "ok")))
      .orderBy(asc(auditLog.id));
    expect(audit.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(["invite.suggest", "invite.approve", "family.member_join"]),
    );
    // The approval is the one row that says the link was made.
    expect(audit.filter((entry) => entry.targetId === link.id && entry.action === "invite.create")).toEqual([]);
    expect(audit.find((entry) => entry.action === "family.member_join")).toMatchObject({
      actorId: joined.user.id,
      details: { inviteId: link.id, invitedById: coParent.id },
    });
    const history = (await listAccessLog(parent, familyId, { limit: 100 })).entries;
    expect(history.find((entry) => entry.action === "family.member_join")?.actor).toEqual({
      id: joined.user.id,
      name: "Luis Rivera",
      role: "parent",
    });
    expect(history.find((entry) => entry.action === "invite.approve")?.actor?.id).toBe(coParent.id);
    expect(history.find((entry) => entry.action === "invite.suggest")?.actor?.id).toBe(coach.id);

    // The family's other parents are told, with the name and nothing about the family's care.
    const emails = (await db().select().from(emailOutbox).where(eq(emailOutbox.familyId, familyId))).filter(
      (email) => !outboxBefore.some((old) => old.id === email.id),
    );
    expect(emails.map((email) => email.recipientId).sort()).toEqual([parent.id, coParent.id].sort());
    for (const email of emails) {
      expect(email.bodyText).toContain("Luis Rivera");
      expect(email.bodyText).toContain(`/families/${familyId}/access`);
      expect(email.bodyText).not.toContain("The Rivera family");
      expect(email.subject).toBe("Someone joined your family on Clarity");
    }
  });

  it("declining and withdrawing: the family declines, the coach withdraws their own, nobody else", async () => {
    const first = await suggestInvite(coach, familyId, { inviteeName: "Declined" });
    await expectAppError(dismissSuggestion(outsider, first.id), "not_found");
    await expectAppError(dismissSuggestion(admin, first.id), "not_found");
    await dismissSuggestion(parent, first.id);
    await dismissSuggestion(parent, first.id); // twice is harmless
    await expectAppError(approveSuggestion(coParent, first.id), "conflict");

    const second = await suggestInvite(coach, familyId, { inviteeName: "Withdrawn" });
    await dismissSuggestion(coach, second.id);
    const pending = (await listPendingSuggestions(parent)).map((suggestion) => suggestion.id);
    expect(pending).not.toContain(first.id);
    expect(pending).not.toContain(second.id);
    const actions = (await listAccessLog(parent, familyId, { limit: 100 })).entries.map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(["invite.decline", "invite.withdraw"]));
  });

  it("a family's link may be sent again by its parents only, keeps its maker, and dies with the maker's membership", async () => {
    const link = await createInvite(parent, { familyId, inviteeName: "Grandma" });
    for (const who of [coach, otherCoach, admin, outsider])
      await expectAppError(resendInvite(who, link.id), "not_found");
    const again = await resendInvite(coParent, link.id);
    const [row] = await db().select().from(invites).where(eq(invites.id, link.id));
    expect(row).toMatchObject({ invitedById: parent.id, familyId });
    const history = (await listAccessLog(parent, familyId, { limit: 100 })).entries;
    expect(history.find((entry) => entry.action === "invite.resend")?.actor?.id).toBe(coParent.id);

    // The maker leaves the family: the link spoke for them, so it is dead, and cannot be revived.
    await db()
      .delete(familyMembers)
      .where(and(eq(familyMembers.familyId, familyId), eq(familyMembers.userId, parent.id)));
    try {
      await expectAppError(signUp(again.token), "invite_invalid");
      await expectAppError(resendInvite(coParent, link.id), "conflict");
      await revokeInvite(coParent, link.id);
    } finally {
      await db().insert(familyMembers).values({ familyId, userId: parent.id });
    }
  });

  it("a coach's link for a new family is theirs: sent again by them only, withdrawn by them or an admin", async () => {
    const link = await createInvite(coach, { familyName: "The Park family" });
    for (const who of [otherCoach, admin, parent]) await expectAppError(resendInvite(who, link.id), "not_found");
    const again = await resendInvite(coach, link.id);
    const joined = await signUp(again.token);
    expect(joined.family.name).toBe("The Park family");
    // Founding a family is not joining one: no member_join row, no email.
    const joins = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.familyId, joined.family.id), eq(auditLog.action, "family.member_join")));
    expect(joins).toEqual([]);
  });
});

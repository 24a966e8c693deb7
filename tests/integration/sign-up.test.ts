import crypto from "node:crypto";
import { and, count, eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { caseloads, familyMembers, families, invites, users } from "@/db/schema";
import { signUpWithInvite } from "@/lib/accounts/sign-up";
import { createUser } from "@/lib/accounts/create-user";
import { createInvite } from "@/lib/invites/create";
import { previewInvite } from "@/lib/invites/describe";
import { AppError } from "@/lib/core/errors";
import { signUpSchema } from "@/lib/schemas/accounts";
import { describeEachDatabase } from "./support/databases";
import { expectAppError, uniqueEmail } from "./support/assertions";
import { makeActor, makeFamily } from "./support/factories";
import { fieldWords } from "@/lib/core/i18n/field-words";

const PASSWORD = "a long enough passphrase";
const DAY = 86_400_000;

describeEachDatabase("sign-up through an invite", (context) => {
  const db = () => context.handle.db;

  async function tableCounts() {
    const [[u], [f], [m], [c]] = await Promise.all([
      db().select({ n: count() }).from(users),
      db().select({ n: count() }).from(families),
      db().select({ n: count() }).from(familyMembers),
      db().select({ n: count() }).from(caseloads),
    ]);
    return { users: u!.n, families: f!.n, members: m!.n, caseloads: c!.n };
  }

  async function inviteRow(token: string) {
    const hash = crypto.createHash("sha256").update(token).digest("hex");
    const [row] = await db().select().from(invites).where(eq(invites.tokenHash, hash));
    return row;
  }

  const input = (token: string, email = uniqueEmail("parent"), name = "Ana Rivera") => ({
    token,
    name,
    email,
    password: PASSWORD,
  });

  it("a coach's invite without a family founds a new family on that coach's caseload", async () => {
    const coach = await makeActor(db(), "coach");
    const { token } = await createInvite(coach, {});
    const before = await tableCounts();

    const result = await signUpWithInvite(input(token, uniqueEmail("ana"), "Ana Rivera"));

    expect(result.user.role).toBe("parent");
    expect(result.family.name).toBe("Ana Rivera's family");
    const after = await tableCounts();
    expect(after).toEqual({
      users: before.users + 1,
      families: before.families + 1,
      members: before.members + 1,
      caseloads: before.caseloads + 1,
    });

    const [user] = await db().select().from(users).where(eq(users.id, result.user.id));
    expect(user).toMatchObject({ email: result.user.email, name: "Ana Rivera", role: "parent", disabled: false });
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user!.passwordHash).not.toContain(PASSWORD);

    const membership = await db().select().from(familyMembers).where(eq(familyMembers.familyId, result.family.id));
    expect(membership.map((row) => row.userId)).toEqual([result.user.id]);
    const caseload = await db().select().from(caseloads).where(eq(caseloads.familyId, result.family.id));
    expect(caseload.map((row) => row.coachId)).toEqual([coach.id]);

    const invite = await inviteRow(token);
    expect(invite!.usedAt).not.toBeNull();
    expect(invite!.usedById).toBe(result.user.id);
  });

  it("names the new family as the coach asked when the invite carries a family name", async () => {
    const coach = await makeActor(db(), "coach");
    const { token } = await createInvite(coach, { familyName: "The Okafor family" });
    const result = await signUpWithInvite(input(token));
    expect(result.family.name).toBe("The Okafor family");
  });

  it("an invite works once: the second use answers invite_used and creates nothing", async () => {
    const coach = await makeActor(db(), "coach");
    const { token } = await createInvite(coach, {});
    await signUpWithInvite(input(token));
    const before = await tableCounts();

    await expectAppError(signUpWithInvite(input(token)), "invite_used");
    expect(await tableCounts()).toEqual(before);
    expect(await previewInvite(token)).toEqual({ usable: false, reason: "invite_used" });
  });

  it("an expired invite answers invite_expired, at its expiry instant and after", async () => {
    const coach = await makeActor(db(), "coach");
    const lateToken = (await createInvite(coach, {}, new Date(Date.now() - 8 * DAY))).token;
    await expectAppError(signUpWithInvite(input(lateToken)), "invite_expired");

    const fresh = await createInvite(coach, {});
    const expiresAt = new Date(fresh.expiresAt);
    await expectAppError(signUpWithInvite(input(fresh.token), expiresAt), "invite_expired");
    await expectAppError(signUpWithInvite(input(fresh.token), new Date(expiresAt.getTime() + 1)), "invite_expired");
    expect((await inviteRow(fresh.token))!.usedAt).toBeNull();

    // A millisecond before expiry it still works.
    const result = await signUpWithInvite(input(fresh.token), new Date(expiresAt.getTime() - 1));
    expect(result.user.role).toBe("parent");
  });

  it("invites last seven days", async () => {
    const coach = await makeActor(db(), "coach");
    const now = new Date("2026-03-01T10:00:00Z");
    const created = await createInvite(coach, {}, now);
    expect(created.expiresAt).toBe("2026-03-08T10:00:00.000Z");
    expect((await inviteRow(created.token))!.expiresAt.toISOString()).toBe("2026-03-08T10:00:00.000Z");
  });

  it("an unknown token answers invite_invalid", async () => {
    await expectAppError(signUpWithInvite(input("no-such-invite-token")), "invite_invalid");
    expect(await previewInvite("no-such-invite-token")).toEqual({ usable: false, reason: "invite_invalid" });
  });

  it("a taken email (whatever its case) answers email_taken and writes nothing", async () => {
    const coach = await makeActor(db(), "coach");
    const local = `ana-${crypto.randomBytes(4).toString("hex")}`;
    await createUser(db(), { role: "parent", email: `${local}@x.test`, name: "First Ana", password: PASSWORD });
    const { token } = await createInvite(coach, {});
    const before = await tableCounts();

    // As the API passes it (normalised by the schema)...
    const error = await expectAppError(
      signUpWithInvite(signUpSchema.parse(input(token, `${local.toUpperCase()}@X.test`))),
      "email_taken",
    );
    expect(error.fields).toEqual({ email: "errors.email_taken" });
    expect(fieldWords(error.fields!)).toEqual({ email: "An account with this email already exists. Sign in instead." });
    // ...and as a caller that forgot to normalise it: the unique index still holds.
    await expectAppError(
      signUpWithInvite(input(token, `${local[0]!.toUpperCase()}${local.slice(1)}@X.test`)),
      "email_taken",
    );

    expect(await tableCounts()).toEqual(before);
    const invite = await inviteRow(token);
    expect(invite!.usedAt).toBeNull();
    expect(invite!.usedById).toBeNull();

    // The invite is still good for someone else.
    const result = await signUpWithInvite(input(token));
    expect(result.user.email).not.toContain(local);
  });

  it("an email stored with capitals is taken for its lower-case spelling too", async () => {
    const coach = await makeActor(db(), "coach");
    const local = `Bea-${crypto.randomBytes(4).toString("hex")}`;
    await createUser(db(), { role: "parent", email: `${local}@X.test`, name: "Bea", password: PASSWORD });
    const { token } = await createInvite(coach, {});
    await expectAppError(signUpWithInvite(signUpSchema.parse(input(token, `${local}@X.test`))), "email_taken");
    expect((await inviteRow(token))!.usedAt).toBeNull();
  });

  it("a parent's invite naming their family joins that family", async () => {
    const coach = await makeActor(db(), "coach");
    const parent = await makeActor(db(), "parent");
    const family = await makeFamily(db(), { parents: [parent], coach, name: "The Lee family" });
    const { token } = await createInvite(parent, { familyId: family.id });
    expect(await previewInvite(token)).toEqual({
      usable: true,
      invitedBy: parent.name,
      familyName: "The Lee family",
      joinsExistingFamily: true,
    });
    const before = await tableCounts();

    const result = await signUpWithInvite(input(token));

    expect(result.family).toEqual({ id: family.id, name: "The Lee family" });
    const after = await tableCounts();
    expect(after).toEqual({ ...before, users: before.users + 1, members: before.members + 1 });
    const members = await db().select().from(familyMembers).where(eq(familyMembers.familyId, family.id));
    expect(members.map((row) => row.userId).sort()).toEqual([parent.id, result.user.id].sort());
  });

  it("a parent invites a co-parent into their own family", async () => {
    const parent = await makeActor(db(), "parent");
    const family = await makeFamily(db(), { parents: [parent] });
    const { token } = await createInvite(parent, { familyId: family.id });

    const result = await signUpWithInvite(input(token));

    expect(result.family.id).toBe(family.id);
    const [membership] = await db()
      .select()
      .from(familyMembers)
      .where(and(eq(familyMembers.familyId, family.id), eq(familyMembers.userId, result.user.id)));
    expect(membership).toBeDefined();
    // The co-parent's sign-up adds no coach and no new family.
    expect(await db().select().from(caseloads).where(eq(caseloads.familyId, family.id))).toEqual([]);
  });

  it("a parent cannot invite into another family nor found a new one; nothing is stored", async () => {
    const parent = await makeActor(db(), "parent");
    await makeFamily(db(), { parents: [parent] });
    const other = await makeFamily(db(), { parents: [await makeActor(db(), "parent")] });
    const [before] = await db().select({ n: count() }).from(invites);

    await expectAppError(createInvite(parent, { familyId: other.id }), "not_found");
    await expectAppError(createInvite(parent, {}), "forbidden");

    const [after] = await db().select({ n: count() }).from(invites);
    expect(after!.n).toBe(before!.n);
  });

  it("a coach cannot invite into a family that is not on their caseload", async () => {
    const coach = await makeActor(db(), "coach");
    const otherCoach = await makeActor(db(), "coach");
    const family = await makeFamily(db(), { coach: otherCoach });
    const [before] = await db().select({ n: count() }).from(invites);

    await expectAppError(createInvite(coach, { familyId: family.id }), "not_found");
    await expectAppError(createInvite(coach, { familyId: crypto.randomUUID() }), "not_found");
    await expectAppError(createInvite(coach, { familyId: "not-a-uuid" }), "not_found");

    const [after] = await db().select({ n: count() }).from(invites);
    expect(after!.n).toBe(before!.n);
  });

  it("an admin cannot create invites", async () => {
    const admin = await makeActor(db(), "admin");
    const family = await makeFamily(db());
    await expectAppError(createInvite(admin, {}), "forbidden");
    await expectAppError(createInvite(admin, { familyId: family.id }), "not_found");
  });

  it("two sign-ups racing on one token: exactly one wins, the other gets invite_used", async () => {
    const coach = await makeActor(db(), "coach");
    const { token } = await createInvite(coach, {});
    const emails = [uniqueEmail("racer"), uniqueEmail("racer")];
    const before = await tableCounts();

    const outcomes = await Promise.allSettled(emails.map((email) => signUpWithInvite(input(token, email))));

    const won = outcomes.filter((outcome) => outcome.status === "fulfilled");
    const lost = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toBeInstanceOf(AppError);
    expect((lost[0]!.reason as AppError).code).toBe("invite_used");
    expect(await tableCounts()).toEqual({
      users: before.users + 1,
      families: before.families + 1,
      members: before.members + 1,
      caseloads: before.caseloads + 1,
    });
    const created = await db()
      .select({ email: users.email })
      .from(users)
      .where(sql`${users.email} in (${emails[0]}, ${emails[1]})`);
    expect(created).toHaveLength(1);
  });

  it("two sign-ups racing with one email on two invites: one account, the other gets email_taken", async () => {
    const coach = await makeActor(db(), "coach");
    const tokens = [(await createInvite(coach, {})).token, (await createInvite(coach, {})).token];
    const email = uniqueEmail("twin");

    const outcomes = await Promise.allSettled(tokens.map((token) => signUpWithInvite(input(token, email))));

    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const lost = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === "rejected");
    expect((lost!.reason as AppError).code).toBe("email_taken");
    const used = await Promise.all(tokens.map(async (token) => (await inviteRow(token))!.usedAt !== null));
    expect(used.filter(Boolean)).toHaveLength(1);
  });

  it("an invite dies with its maker's access: a parent who left the family, or a disabled account", async () => {
    const coach = await makeActor(db(), "coach");
    const parent = await makeActor(db(), "parent");
    const family = await makeFamily(db(), { coach, parents: [parent, await makeActor(db(), "parent")] });
    const { token: joinToken } = await createInvite(parent, { familyId: family.id });
    const { token: newFamilyToken } = await createInvite(coach, {});
    await db()
      .delete(familyMembers)
      .where(and(eq(familyMembers.userId, parent.id), eq(familyMembers.familyId, family.id)));
    const before = await tableCounts();

    expect(await previewInvite(joinToken)).toEqual({ usable: false, reason: "invite_invalid" });
    await expectAppError(signUpWithInvite(input(joinToken)), "invite_invalid");
    expect(await tableCounts()).toEqual(before);
    expect((await inviteRow(joinToken))?.usedAt).toBeNull();

    await db().update(users).set({ disabled: true }).where(eq(users.id, coach.id));
    expect(await previewInvite(newFamilyToken)).toEqual({ usable: false, reason: "invite_invalid" });
    await expectAppError(signUpWithInvite(input(newFamilyToken)), "invite_invalid");
    expect(await tableCounts()).toEqual(before);
  });

  it("stores only a hash of the invite token", async () => {
    const coach = await makeActor(db(), "coach");
    const created = await createInvite(coach, {});
    expect(created.token.length).toBeGreaterThanOrEqual(43);
    expect(new URL(created.url).searchParams.get("token")).toBe(created.token);

    const row = await inviteRow(created.token);
    expect(row).toBeDefined();
    expect(row!.tokenHash).toBe(crypto.createHash("sha256").update(created.token).digest("hex"));
    const everything = JSON.stringify(await db().select().from(invites));
    expect(everything).not.toContain(created.token);
  });
});

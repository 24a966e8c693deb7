import crypto from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import {
  auditLog,
  caseloads,
  emailCodes,
  emailSecondSteps,
  familyMembers,
  knownDevices,
  messages,
  passkeys,
  passwordResetTokens,
  recoveryCodes,
  securityEvents,
  sessions,
  totpCredentials,
  users,
  webauthnChallenges,
} from "@/db/schema";
import { requestPasswordReset } from "@/lib/accounts/password-reset";
import { confirmTotp, startTotp } from "@/lib/accounts/two-step";
import { accountEmailsSettled } from "@/lib/email/send-soon";
import { NO_CLIENT } from "@/lib/identity/client";
import { totpCode } from "@/lib/identity/totp";
import { createUser } from "@/lib/accounts/create-user";
import { moveFamily } from "@/lib/admin/families";
import { listParents } from "@/lib/admin/parents";
import { deleteUser, setAccountDisabled } from "@/lib/admin/users";
import type { Actor } from "@/lib/identity/actor";
import { resolveSession } from "@/lib/identity/sessions";
import { signInWithPassword } from "@/lib/identity/sign-in";
import { scheduleFamilyDeletion } from "@/lib/families/deletion";
import { parseSendInput, sendMessage } from "@/lib/messages/send";
import { expectAppError, uniqueAddress } from "./support/assertions";
import { describeEachDatabase } from "./support/databases";
import { makeActor, makeFamily } from "./support/factories";

const PASSWORD = "correct horse battery";

describeEachDatabase("an admin deletes a user account", (context) => {
  const db = () => context.handle.db;
  let admin: Actor, coach: Actor, spareCoach: Actor;

  beforeAll(async () => {
    [admin, coach, spareCoach] = await Promise.all([
      makeActor(db(), "admin"),
      makeActor(db(), "coach"),
      makeActor(db(), "coach"),
    ]);
  });

  async function userRow(id: string) {
    const [row] = await db().select().from(users).where(eq(users.id, id));
    return row!;
  }

  it("a deleted parent's open session is refused at once, they cannot sign in, and their personal data is gone", async () => {
    const leaving = await makeActor(db(), "parent", PASSWORD);
    const staying = await makeActor(db(), "parent");
    const family = await makeFamily(db(), { parents: [leaving, staying], coach });
    const { message } = await sendMessage(
      leaving,
      family.id,
      parseSendInput({ clientMessageId: crypto.randomUUID(), body: "Before I go" }),
    );
    expect(await resolveSession(leaving.sessionId)).not.toBeNull();

    await deleteUser(admin, leaving.id, new Date("2026-11-02T10:00:00Z"));

    // requireActor answers 401 when the session no longer resolves: from the very next request.
    expect(await resolveSession(leaving.sessionId)).toBeNull();
    expect(await db().select().from(sessions).where(eq(sessions.userId, leaving.id))).toEqual([]);
    expect((await signInWithPassword({ email: leaving.email, password: PASSWORD }, uniqueAddress())).outcome).toBe(
      "invalid",
    );
    const row = await userRow(leaving.id);
    expect(row).toMatchObject({
      name: "",
      passwordHash: "",
      disabled: true,
      locale: null,
      deletedAt: new Date("2026-11-02T10:00:00Z"),
    });
    expect(row.email).not.toContain(leaving.email.split("@")[0]!);
    // Gone from the family; what they wrote is the family's and stays, under their kept id.
    expect(await db().select().from(familyMembers).where(eq(familyMembers.userId, leaving.id))).toEqual([]);
    expect(
      (await db().select({ authorId: messages.authorId }).from(messages).where(eq(messages.id, message.id)))[0]!
        .authorId,
    ).toBe(leaving.id);
    const audit = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "admin.user_delete"), eq(auditLog.targetId, leaving.id)));
    expect(audit).toMatchObject([{ actorId: admin.id, outcome: "ok", details: { role: "parent" } }]);
    expect(JSON.stringify(await db().select().from(auditLog).where(eq(auditLog.actorId, leaving.id)))).not.toContain(
      leaving.email,
    );
    // Off the admin's list of parent accounts, where the one who stays still is.
    const listed = await listParents(admin);
    expect(listed.map((account) => account.id)).not.toContain(leaving.id);
    expect(listed.find((account) => account.id === staying.id)).toMatchObject({ email: staying.email, familyCount: 1 });
    // The email is free for a new account, and the deleted one cannot be brought back.
    const again = await createUser(db(), {
      role: "parent",
      email: leaving.email,
      name: "New start",
      password: PASSWORD,
    });
    expect(again.id).not.toBe(leaving.id);
    await expectAppError(setAccountDisabled(admin, leaving.id, false), "not_found");
    await expectAppError(deleteUser(admin, leaving.id), "not_found");
  });

  it("a deleted account's second steps, links, codes, devices and security log go with it", async () => {
    const leaving = await makeActor(db(), "parent", PASSWORD);
    const staying = await makeActor(db(), "parent");
    await makeFamily(db(), { parents: [leaving, staying], coach });
    const at = new Date();
    const { secret } = await startTotp(leaving, at);
    await confirmTotp(leaving, totpCode(secret, at), NO_CLIENT, at);
    await db().insert(emailSecondSteps).values({ userId: leaving.id });
    await db().insert(emailCodes).values({ userId: leaving.id, purpose: "sign-in", codeHash: "x", expiresAt: at });
    await db()
      .insert(passkeys)
      .values({ userId: leaving.id, credentialId: crypto.randomUUID(), publicKey: "x", name: "Phone" });
    await db()
      .insert(webauthnChallenges)
      .values({ challengeHash: crypto.randomUUID(), userId: leaving.id, purpose: "register", expiresAt: at });
    await requestPasswordReset(leaving.email, NO_CLIENT);
    await signInWithPassword({ email: leaving.email, password: PASSWORD, code: "wrong" }, uniqueAddress());
    const tables = [
      passwordResetTokens,
      totpCredentials,
      recoveryCodes,
      emailCodes,
      emailSecondSteps,
      passkeys,
      webauthnChallenges,
      securityEvents,
      knownDevices,
    ];
    const rowsOf = async () =>
      Promise.all(
        tables.map(async (table) => (await db().select().from(table).where(eq(table.userId, leaving.id))).length),
      );
    // A sign-in with the app's next code: a known device too. Every table now has something of theirs…
    await signInWithPassword(
      { email: leaving.email, password: PASSWORD, code: totpCode(secret, new Date(at.getTime() + 30_000)) },
      uniqueAddress(),
      new Date(at.getTime() + 30_000),
    );
    expect(
      (await rowsOf()).every((count) => count > 0),
      JSON.stringify(await rowsOf()),
    ).toBe(true);

    await deleteUser(admin, leaving.id);

    // …and nothing once the account is deleted.
    expect(await rowsOf()).toEqual(tables.map(() => 0));
    await accountEmailsSettled();
  });

  it("a coach with families is refused with 409 until the families are moved", async () => {
    const leaving = await makeActor(db(), "coach");
    const family = await makeFamily(db(), { parents: [], coach: leaving });
    await expectAppError(deleteUser(admin, leaving.id), "user_has_caseload");
    expect(await resolveSession(leaving.sessionId)).not.toBeNull();
    expect((await userRow(leaving.id)).deletedAt).toBeNull();
    await moveFamily(admin, family.id, { coachId: spareCoach.id });
    await deleteUser(admin, leaving.id);
    expect(await resolveSession(leaving.sessionId)).toBeNull();
    expect(await db().select().from(caseloads).where(eq(caseloads.familyId, family.id))).toMatchObject([
      { coachId: spareCoach.id },
    ]);
  });

  it("the only parent of a family is refused with 409, unless the family's record is already scheduled for deletion", async () => {
    const only = await makeActor(db(), "parent");
    const family = await makeFamily(db(), { parents: [only], coach });
    await expectAppError(deleteUser(admin, only.id), "user_last_parent");
    expect(await db().select().from(familyMembers).where(eq(familyMembers.userId, only.id))).toHaveLength(1);
    const denied = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "admin.user_delete"), eq(auditLog.targetId, only.id)));
    expect(denied).toMatchObject([{ outcome: "denied", details: { reason: "user_last_parent" } }]);
    await scheduleFamilyDeletion(only, family.id);
    await deleteUser(admin, only.id);
    expect((await userRow(only.id)).deletedAt).not.toBeNull();
  });

  it("only an admin may delete, and never their own account", async () => {
    const target = await makeActor(db(), "parent");
    for (const actor of [coach, target]) {
      await expectAppError(deleteUser(actor, target.id), "not_found");
      await expectAppError(listParents(actor), "not_found");
    }
    await expectAppError(deleteUser(admin, admin.id), "conflict");
    await expectAppError(deleteUser(admin, "not-an-id"), "not_found");
    await expectAppError(deleteUser(admin, crypto.randomUUID()), "not_found");
    expect(await resolveSession(admin.sessionId)).not.toBeNull();
    expect(await resolveSession(target.sessionId)).not.toBeNull();
  });
});

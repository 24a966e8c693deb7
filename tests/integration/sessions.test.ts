import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { sessions, users } from "@/db/schema";
import { changePassword } from "@/lib/accounts/password";
import { signOutEverywhere } from "@/lib/accounts/sessions";
import type { Actor } from "@/lib/identity/actor";
import { verifyPassword } from "@/lib/identity/password";
import { resolveSession, revokeSession, startSession } from "@/lib/identity/sessions";
import { signInWithPassword } from "@/lib/identity/sign-in";
import { describeEachDatabase } from "./support/databases";
import { expectAppError, uniqueAddress } from "./support/assertions";
import { makeActor } from "./support/factories";

const MINUTE = 60_000;
const PASSWORD = "correct horse battery";

describeEachDatabase("sessions", (context) => {
  const db = () => context.handle.db;

  async function sessionRow(id: string) {
    const [row] = await db().select().from(sessions).where(eq(sessions.id, id));
    return row!;
  }

  /** Another live session for the same user, as a second device would have. */
  async function secondSession(actor: Actor): Promise<string> {
    const [user] = await db()
      .select({ sessionVersion: users.sessionVersion })
      .from(users)
      .where(eq(users.id, actor.id));
    return startSession(db(), actor.id, user!.sessionVersion);
  }

  const later = (base: Date, minutes: number) => new Date(base.getTime() + minutes * MINUTE);

  it("resolves a live session to its user", async () => {
    const actor = await makeActor(db(), "parent");
    expect(await resolveSession(actor.sessionId)).toEqual(actor);
  });

  it("an unknown session resolves to nothing", async () => {
    expect(await resolveSession(crypto.randomUUID())).toBeNull();
  });

  it("ends after 30 idle minutes, not a minute before", async () => {
    const actor = await makeActor(db(), "parent");
    const idle = await secondSession(actor);

    expect(await resolveSession(idle, { now: later((await sessionRow(idle)).lastSeenAt, 30) })).toBeNull();
    expect(
      await resolveSession(actor.sessionId, { now: later((await sessionRow(actor.sessionId)).lastSeenAt, 29) }),
    ).toEqual(actor);
  });

  it("activity keeps a session alive past the first idle limit", async () => {
    const actor = await makeActor(db(), "parent");
    const { lastSeenAt } = await sessionRow(actor.sessionId);
    expect(await resolveSession(actor.sessionId, { now: later(lastSeenAt, 29) })).not.toBeNull();
    expect((await sessionRow(actor.sessionId)).lastSeenAt.getTime()).toBe(later(lastSeenAt, 29).getTime());
    expect(await resolveSession(actor.sessionId, { now: later(lastSeenAt, 58) })).not.toBeNull();
    expect(await resolveSession(actor.sessionId, { now: later(lastSeenAt, 58 + 30) })).toBeNull();
  });

  it("ends 12 hours after sign-in even when active all along", async () => {
    const actor = await makeActor(db(), "coach");
    const { createdAt } = await sessionRow(actor.sessionId);
    for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
      expect(await resolveSession(actor.sessionId, { now: later(createdAt, minutes) }), `at +${minutes} min`).toEqual(
        actor,
      );
    }
    expect((await sessionRow(actor.sessionId)).lastSeenAt.getTime()).toBe(later(createdAt, 12 * 60 - 20).getTime());
    expect(await resolveSession(actor.sessionId, { now: later(createdAt, 12 * 60) })).toBeNull();
  });

  it("touch: false (background requests) does not extend the session", async () => {
    const actor = await makeActor(db(), "parent");
    const { lastSeenAt } = await sessionRow(actor.sessionId);

    expect(await resolveSession(actor.sessionId, { now: later(lastSeenAt, 20), touch: false })).toEqual(actor);
    expect((await sessionRow(actor.sessionId)).lastSeenAt.getTime()).toBe(lastSeenAt.getTime());
    expect(await resolveSession(actor.sessionId, { now: later(lastSeenAt, 31), touch: false })).toBeNull();

    // The same requests with touch (the default) would have kept it alive.
    const other = await secondSession(actor);
    const start = (await sessionRow(other)).lastSeenAt;
    expect(await resolveSession(other, { now: later(start, 20) })).not.toBeNull();
    expect((await sessionRow(other)).lastSeenAt.getTime()).toBe(later(start, 20).getTime());
    expect(await resolveSession(other, { now: later(start, 31) })).not.toBeNull();
  });

  it("revokeSession ends that session only", async () => {
    const actor = await makeActor(db(), "parent");
    const other = await secondSession(actor);
    await revokeSession(actor.sessionId);
    expect(await resolveSession(actor.sessionId)).toBeNull();
    expect((await sessionRow(actor.sessionId)).revokedAt).not.toBeNull();
    expect(await resolveSession(other)).not.toBeNull();
  });

  it("signOutEverywhere ends every session of the user, the current one included, and no one else's", async () => {
    const actor = await makeActor(db(), "parent");
    const other = await secondSession(actor);
    const bystander = await makeActor(db(), "parent");

    await signOutEverywhere(actor);

    expect(await resolveSession(actor.sessionId)).toBeNull();
    expect(await resolveSession(other)).toBeNull();
    expect(await resolveSession(bystander.sessionId)).toEqual(bystander);

    // Signing in again afterwards gives a working session.
    const again = await signInWithPassword({ email: actor.email, password: PASSWORD }, uniqueAddress());
    expect(again.outcome).toBe("ok");
    if (again.outcome === "ok") expect((await resolveSession(again.sessionId))?.id).toBe(actor.id);
  });

  it("changePassword with a wrong current password answers wrong_password and changes nothing", async () => {
    const actor = await makeActor(db(), "parent");
    const other = await secondSession(actor);
    const [before] = await db().select().from(users).where(eq(users.id, actor.id));

    await expectAppError(
      changePassword(actor, "not my password", "a brand new passphrase", uniqueAddress()),
      "wrong_password",
    );

    const [after] = await db().select().from(users).where(eq(users.id, actor.id));
    expect(after!.passwordHash).toBe(before!.passwordHash);
    expect(after!.sessionVersion).toBe(before!.sessionVersion);
    expect(await resolveSession(actor.sessionId)).not.toBeNull();
    expect(await resolveSession(other)).not.toBeNull();
  });

  it("changePassword ends the other sessions, keeps the current one, and the new password works", async () => {
    const actor = await makeActor(db(), "parent");
    const other = await secondSession(actor);
    const newPassword = "a brand new passphrase";

    await changePassword(actor, PASSWORD, newPassword, uniqueAddress());

    expect(await resolveSession(other)).toBeNull();
    expect(await resolveSession(actor.sessionId)).toEqual(actor);
    expect(await signInWithPassword({ email: actor.email, password: PASSWORD }, uniqueAddress())).toEqual({
      outcome: "invalid",
    });
    const signedIn = await signInWithPassword({ email: actor.email, password: newPassword }, uniqueAddress());
    expect(signedIn.outcome).toBe("ok");
    if (signedIn.outcome === "ok") expect(await resolveSession(signedIn.sessionId)).toMatchObject({ id: actor.id });
  });

  it("wrong current passwords count as failed sign-ins: the 11th try answers rate_limited and changes nothing", async () => {
    const actor = await makeActor(db(), "parent");
    const address = uniqueAddress();
    for (let i = 0; i < 10; i++)
      await expectAppError(changePassword(actor, `guess ${i}`, "a brand new passphrase", address), "wrong_password");
    await expectAppError(changePassword(actor, PASSWORD, "a brand new passphrase", uniqueAddress()), "rate_limited");
    expect(await signInWithPassword({ email: actor.email, password: PASSWORD }, uniqueAddress())).toMatchObject({
      outcome: "rate_limited",
    });
    const [row] = await db().select().from(users).where(eq(users.id, actor.id));
    expect(await verifyPassword(row!.passwordHash, PASSWORD)).toBe(true);
  });

  it("disabling a user ends their sessions on the next resolve", async () => {
    const actor = await makeActor(db(), "coach");
    const other = await secondSession(actor);
    expect(await resolveSession(actor.sessionId)).not.toBeNull();

    await db().update(users).set({ disabled: true }).where(eq(users.id, actor.id));

    expect(await resolveSession(actor.sessionId)).toBeNull();
    expect(await resolveSession(other)).toBeNull();
  });

  it("a session started under an older session version is dead", async () => {
    const actor = await makeActor(db(), "parent");
    const [user] = await db()
      .select({ sessionVersion: users.sessionVersion })
      .from(users)
      .where(eq(users.id, actor.id));
    const stale = await startSession(db(), actor.id, user!.sessionVersion - 1);
    expect(await resolveSession(stale)).toBeNull();
    expect(await resolveSession(actor.sessionId)).not.toBeNull();
  });
});

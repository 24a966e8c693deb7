import { count, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { signUpRefusals, users } from "@/db/schema";
import { signUpWithInvite } from "@/lib/accounts/sign-up";
import { SIGN_UP_REFUSALS } from "@/lib/accounts/sign-up-refusals";
import { RateLimitedError } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { createInvite } from "@/lib/invites/create";
import { resendInvite } from "@/lib/invites/manage";
import { PEER_HEADER } from "@/lib/server/http/client-address";
import { describeEachDatabase } from "./support/databases";
import { expectAppError, rejectionOf, uniqueAddress, uniqueEmail } from "./support/assertions";
import { loadRoute } from "./support/api-routes";
import { makeActor } from "./support/factories";

const HOUR = 60 * 60_000;
const PASSWORD = "long enough pw";

describeEachDatabase("sign-up refusals for a taken email are limited per link and per client", (context) => {
  const db = () => context.handle.db;
  let coach: Actor;
  const taken: string[] = [];

  beforeAll(async () => {
    coach = await makeActor(db(), "coach");
    // Accounts that exist: what a prober would try to confirm.
    for (let i = 0; i < 12; i++) taken.push((await makeActor(db(), "parent")).email);
  });

  const attempt = (token: string, email: string, now: Date, address: string | null = null) =>
    signUpWithInvite({ token, name: "Prober", email, password: PASSWORD }, now, { address });
  const accountsWith = async (email: string) =>
    (await db().select({ n: count() }).from(users).where(eq(users.email, email)))[0]!.n;

  it(`one link: ${SIGN_UP_REFUSALS.max} refusals, then 429 for any email until an hour has passed`, async () => {
    const now = new Date();
    const { token } = await createInvite(coach, {}, now);
    for (const email of taken.slice(0, SIGN_UP_REFUSALS.max))
      await expectAppError(attempt(token, email, now), "email_taken");
    // The sixth try is refused before anyone learns whether the email has an account...
    const blocked = await rejectionOf(attempt(token, taken[6]!, new Date(now.getTime() + 60_000)));
    expect(blocked).toBeInstanceOf(RateLimitedError);
    expect((blocked as RateLimitedError).retryAfterSeconds).toBe(HOUR / 1000 - 60);
    // ...and so is a real sign-up with a fresh email, while the window lasts.
    const fresh = uniqueEmail("fresh");
    await expectAppError(attempt(token, fresh, new Date(now.getTime() + 30 * 60_000)), "rate_limited");
    expect(await accountsWith(fresh)).toBe(0);
    // An hour after the first refusal, the link works again.
    const later = new Date(now.getTime() + HOUR + 1000);
    expect((await attempt(token, fresh, later)).user.email).toBe(fresh);
  });

  it("one client: refusals count across links, and another client is not held up", async () => {
    const now = new Date();
    const prober = uniqueAddress();
    for (const email of taken.slice(0, SIGN_UP_REFUSALS.max)) {
      const { token } = await createInvite(coach, {}, now);
      await expectAppError(attempt(token, email, now, prober), "email_taken");
    }
    const { token } = await createInvite(coach, {}, now);
    await expectAppError(attempt(token, taken[7]!, now, prober), "rate_limited");
    await expectAppError(attempt(token, taken[7]!, now, uniqueAddress()), "email_taken");
  });

  it("sending a link again starts its count afresh (the client's own count still holds)", async () => {
    const now = new Date();
    const link = await createInvite(coach, {}, now);
    for (const email of taken.slice(0, SIGN_UP_REFUSALS.max))
      await expectAppError(attempt(link.token, email, now), "email_taken");
    await expectAppError(attempt(link.token, uniqueEmail("x"), now), "rate_limited");
    const again = await resendInvite(coach, link.id, now);
    expect((await attempt(again.token, uniqueEmail("after-resend"), now)).family.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("ten tries at once on one link: exactly five learn the email is taken, the rest get 429", async () => {
    const now = new Date();
    const { token } = await createInvite(coach, {}, now);
    const outcomes = await Promise.allSettled(taken.slice(0, 10).map((email) => attempt(token, email, now)));
    const codes = outcomes.map((outcome) =>
      outcome.status === "rejected" ? (outcome.reason as { code: string }).code : "ok",
    );
    expect(codes.filter((code) => code === "email_taken")).toHaveLength(SIGN_UP_REFUSALS.max);
    expect(codes.filter((code) => code === "rate_limited")).toHaveLength(10 - SIGN_UP_REFUSALS.max);
  });

  it("the API answers 429 with Retry-After, keyed by the caller's address", async () => {
    const signUpRoute = await loadRoute("sign-up");
    const address = uniqueAddress();
    const post = async (token: string, email: string) =>
      signUpRoute.POST!(
        new Request("http://localhost/api/v1/sign-up", {
          method: "POST",
          headers: { "content-type": "application/json", [PEER_HEADER]: address },
          body: JSON.stringify({ token, name: "Prober", email, password: PASSWORD }),
        }),
        { params: Promise.resolve({}) },
      );
    for (const email of taken.slice(0, SIGN_UP_REFUSALS.max)) {
      const { token } = await createInvite(coach, {});
      expect((await post(token, email)).status).toBe(409);
    }
    const { token } = await createInvite(coach, {});
    const answer = await post(token, taken[8]!);
    expect(answer.status).toBe(429);
    expect(Number(answer.headers.get("retry-after"))).toBeGreaterThan(3500);
    expect(await answer.json()).toMatchObject({ error: { code: "rate_limited" } });
    const rows = await db().select().from(signUpRefusals).where(eq(signUpRefusals.address, address));
    expect(rows).toHaveLength(SIGN_UP_REFUSALS.max);
  });
});

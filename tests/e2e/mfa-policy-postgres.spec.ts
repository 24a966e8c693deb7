import { expect, request as playwrightRequest, test } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, expectSignInOk } from "./support/accounts";
import {
  announcePostgresSkip,
  EXTRA_PORT_BASE,
  startPostgresApp,
  TEST_DATABASE_URL,
  type PostgresApp,
} from "./support/postgres-servers";

// The default of a real deployment: with DATABASE_URL and no MFA_REQUIRED_ROLES, coaches and
// admins must set up a second step before anything else; parents need not.
announcePostgresSkip("mfa-policy-postgres.spec.ts (the default MFA_REQUIRED_ROLES on Postgres)");
test.skip(!TEST_DATABASE_URL, "TEST_DATABASE_URL is not set");

let app: PostgresApp | undefined;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  // An empty value is an unset one: the server takes the default.
  // Ports after those of messages-postgres.spec.ts (two servers), which may run at the same time.
  app = await startPostgresApp(1, { MFA_REQUIRED_ROLES: "" }, EXTRA_PORT_BASE + 5);
});

test.afterAll(async () => {
  await app?.stop();
});

test("on Postgres, a coach or admin without a second step is signed in only to set one up", async () => {
  for (const email of [DEMO.coach, DEMO.admin]) {
    const context = await playwrightRequest.newContext({ baseURL: app!.baseUrls[0] });
    await expectSignInOk(context, email, DEMO_PASSWORD);
    const me = await context.get("/api/v1/me");
    expect(me.status(), email).toBe(403);
    expect((await me.json()).error.code).toBe("mfa_enrollment_required");
    const mfa = await context.get("/api/v1/me/mfa");
    expect(mfa.status()).toBe(200);
    expect((await mfa.json()).mfa).toMatchObject({ required: true, totp: "off" });
    await context.dispose();
  }
  const parent = await playwrightRequest.newContext({ baseURL: app!.baseUrls[0] });
  await expectSignInOk(parent, DEMO.ana, DEMO_PASSWORD);
  expect((await parent.get("/api/v1/me")).status()).toBe(200);
  await parent.dispose();
});

import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Secret, TOTP } from "otpauth";
import { request as playwrightRequest, type Page } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, expect, test } from "./support/accounts";
import { NEXT_START_FLAGS, PORT as PORT_BASE, REPO_ROOT } from "./support/server";
import { formAlert, signInThroughUi, signOutThroughUi } from "./support/ui";
import { resetTokenIn, startSmtpCatcher, type SmtpCatcher } from "../support/smtp-catcher";

// A server of its own: its mail goes to a real SMTP server on loopback that this spec reads, and
// coaches and admins must have a second step (MFA_REQUIRED_ROLES), as on a Postgres deployment.
const PORT = PORT_BASE + 4;
const BASE_URL = `http://localhost:${PORT}`;
const DATA_DIR = path.join(REPO_ROOT, ".data", "e2e-account");

let server: ChildProcess | undefined;
let smtp: SmtpCatcher;

test.use({ baseURL: BASE_URL });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  smtp = await startSmtpCatcher();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PGLITE_DIR: DATA_DIR,
    PORT: String(PORT),
    NEXTAUTH_URL: BASE_URL,
    SMTP_URL: smtp.url,
    MFA_REQUIRED_ROLES: "coach,admin",
    TRUSTED_PROXY_HOPS: "0",
  };
  delete env.DATABASE_URL;
  const nextBin = createRequire(path.join(REPO_ROOT, "package.json")).resolve("next/dist/bin/next");
  server = spawn(process.execPath, [nextBin, "start", ...NEXT_START_FLAGS, "-p", String(PORT)], {
    cwd: REPO_ROOT,
    env,
    stdio: "ignore",
  });
  const probe = await playwrightRequest.newContext({ baseURL: BASE_URL });
  await expect
    .poll(async () => (await probe.get("/api/health").catch(() => null))?.status() ?? 0, { timeout: 90_000 })
    .toBe(200);
  await probe.dispose();
});

test.afterAll(async () => {
  server?.kill("SIGTERM");
  await smtp?.close();
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
});

/** The code an authenticator app shows `offsetMs` from now. */
function appCode(secret: string, offsetMs = 0): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" }).generate({
    timestamp: Date.now() + offsetMs,
  });
}

/** Sets up the authenticator app on the account page, reading the key shown; returns it. */
async function enrolApp(page: Page): Promise<string> {
  await page.goto("/account");
  const app = page.getByTestId("two-step-app");
  await app.getByRole("button", { name: "Set up an authenticator app" }).click();
  await expect(page.getByRole("img", { name: "QR code that adds Clarity to your authenticator app" })).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").innerText()).replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await page.getByLabel("Code from the app").fill(appCode(secret));
  await page.getByRole("button", { name: "Turn on" }).click();
  const codes = page.getByTestId("recovery-codes");
  await expect(codes.getByRole("listitem")).toHaveCount(10);
  await codes.getByRole("button", { name: "I saved them" }).click();
  await expect(app.getByText("On", { exact: true })).toBeVisible();
  return secret;
}

test("a forgotten password is reset through the link in the email", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await page.getByLabel("Email").fill(DEMO.luis);
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.getByRole("status")).toContainText("Check your email");

  const mail = await smtp.waitFor(DEMO.luis, /Choose a new Clarity password/);
  expect(mail.text).toContain(`${BASE_URL}/reset-password?token=`);
  await page.goto(`/reset-password?token=${resetTokenIn(mail.text)}`);
  const newPassword = "a river of quiet pebbles";
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByLabel("New password again").fill("a river of quiet pebble");
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page.getByText("The two passwords are not the same.")).toBeVisible();
  await page.getByLabel("New password again").fill(newPassword);
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page.getByRole("status")).toContainText("Your password was changed");

  // The link is spent.
  await page.reload();
  await page.getByLabel("New password", { exact: true }).fill("another one entirely");
  await page.getByLabel("New password again").fill("another one entirely");
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(formAlert(page)).toContainText("already used");

  await page.goto("/sign-in");
  await page.getByLabel("Email", { exact: true }).fill(DEMO.luis);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(formAlert(page)).toContainText("do not match");
  await signInThroughUi(page, DEMO.luis, newPassword);
  await expect(page).toHaveURL(/\/famil/);
  await expect((await smtp.waitFor(DEMO.luis, /password was changed/)).text).not.toContain("Rivera");
});

test("an authenticator app is set up from the account page, then asked for at sign-in", async ({ page }) => {
  await signInThroughUi(page, DEMO.linh, DEMO_PASSWORD);
  const secret = await enrolApp(page);
  await signOutThroughUi(page);

  await page.getByLabel("Email", { exact: true }).fill(DEMO.linh);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Enter your code" })).toBeVisible();
  expect((await page.request.get("/api/v1/me")).status()).toBe(401);
  await page.getByRole("textbox", { name: "Code" }).fill("000000" === appCode(secret, 30_000) ? "111111" : "000000");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(formAlert(page)).toContainText("didn't work");
  // The next step's code: the one used to turn the app on cannot be used again.
  await page.getByRole("textbox", { name: "Code" }).fill(appCode(secret, 30_000));
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/famil/);

  await page.goto("/account");
  const log = page.getByTestId("security-log");
  await expect(log.locator("[data-event]").first()).toHaveAttribute("data-event", "sign-in");
  await expect(log.locator('[data-event="sign-in-failed"]').first()).toBeVisible();
  await expect(log.locator('[data-event="mfa-enabled"]')).toHaveCount(1);
  await expect(page.getByTestId("device").filter({ hasText: "This device" })).toHaveCount(1);
});

test("a passkey is registered with a virtual authenticator and signs in on its own", async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  await signInThroughUi(page, DEMO.ana, DEMO_PASSWORD);
  await page.goto("/account");
  const passkeys = page.getByTestId("two-step-passkeys");
  await passkeys.getByRole("button", { name: "Add a passkey" }).click();
  await passkeys.getByLabel("Name for this passkey").fill("Test laptop");
  await passkeys.getByRole("button", { name: "Create passkey" }).click();
  await expect(passkeys.getByTestId("passkey")).toHaveCount(1);
  await expect(passkeys.getByTestId("passkey")).toContainText("Test laptop");

  // Renamed, then used to sign in with nothing typed.
  await passkeys.getByRole("button", { name: "Rename Test laptop" }).click();
  await passkeys.getByLabel("Name for this passkey").fill("Kitchen laptop");
  await passkeys.getByRole("button", { name: "Save" }).click();
  await expect(passkeys.getByTestId("passkey")).toContainText("Kitchen laptop");
  await signOutThroughUi(page);
  await page.getByRole("button", { name: "Sign in with a passkey" }).click();
  await expect(page).toHaveURL(/\/famil/);
  const me = await (await page.request.get("/api/v1/me")).json();
  expect(me.user.email).toBe(DEMO.ana);

  await page.goto("/account");
  await passkeys.getByRole("button", { name: "Remove Kitchen laptop" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Remove" }).click();
  await expect(passkeys.getByText("No passkeys yet.")).toBeVisible();
});

test("a coach without a second step may only set one up; then everything opens", async ({ page }) => {
  await signInThroughUi(page, DEMO.coach, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("alert").filter({ hasText: "requires two-step sign-in" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Caseload" })).toHaveCount(0);
  const caseload = await page.request.get("/api/v1/caseload");
  expect(caseload.status()).toBe(403);
  expect((await caseload.json()).error.code).toBe("mfa_enrollment_required");
  await page.goto("/caseload");
  await expect(page).toHaveURL(/\/account$/);

  await enrolApp(page);
  expect((await page.request.get("/api/v1/caseload")).status()).toBe(200);
  await page.goto("/caseload");
  await expect(page).toHaveURL(/\/caseload$/);
  await expect(page.getByRole("link", { name: "Caseload" })).toBeVisible();
});

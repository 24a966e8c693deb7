import { randomUUID } from "node:crypto";
import { DEMO, DEMO_PASSWORD, expect, expectError, test, uniqueEmail } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { BASE_URL } from "./support/server";
import { UUID_PATTERN, signInThroughUi, signOutThroughUi } from "./support/ui";

// One story, in order: each test picks up what the one before left.
test.describe.configure({ mode: "serial" });

const familyName = `The E2E family ${randomUUID().slice(0, 8)}`;
const parent = { name: "Robin Example", email: uniqueEmail("invited"), password: "a long family passphrase" };
let inviteUrl = "";
let familyId = "";

test("a coach signs in, creates an invite link for a new family and signs out", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expectNoAxeViolations(page, "the sign-in page");

  await signInThroughUi(page, DEMO.coach, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/caseload$/);
  await expect(page.getByRole("heading", { level: 1, name: "Caseload" })).toBeVisible();
  const caseload = page.getByRole("table", { name: "Families on your caseload" });
  await expect(caseload.getByRole("link", { name: /The Rivera family/ })).toBeVisible();
  await expect(caseload.getByRole("link", { name: /The Nguyen family/ })).toBeVisible();
  await expectNoAxeViolations(page, "the caseload");

  await page.getByRole("button", { name: "Invite a family" }).click();
  const dialog = page.getByRole("dialog", { name: "Invite a family" });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page, "the caseload with the invite dialog open");

  await dialog.getByLabel("Family name (optional)").fill(familyName);
  await dialog.getByRole("button", { name: "Create invite link" }).click();
  const link = dialog.getByTestId("invite-url");
  await expect(link).toHaveValue(new RegExp(`^${BASE_URL}/sign-up\\?token=[^&\\s]+$`));
  inviteUrl = await link.inputValue();
  await expect(dialog.getByText("Your invite link is ready.")).toBeVisible();
  await expectNoAxeViolations(page, "the invite dialog showing a link");

  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
  await signOutThroughUi(page);
});

test("a new parent opens the link, signs up and lands on their family page", async ({ browser }) => {
  expect(inviteUrl, "the previous test made the link").not.toBe("");
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(inviteUrl);
    await expect(page.getByRole("heading", { level: 1, name: "Create your account" })).toBeVisible();
    await expect(page.getByText("Morgan Ellis invited you to Clarity")).toBeVisible();
    await expectNoAxeViolations(page, "the sign-up page");

    await page.getByLabel("Your name").fill(parent.name);
    await page.getByLabel("Email", { exact: true }).fill(parent.email);
    await page.getByLabel("Password", { exact: true }).fill(parent.password);
    await page.getByRole("button", { name: "Create account" }).click();

    await expect(page).toHaveURL(new RegExp(`/families/${UUID_PATTERN}$`));
    familyId = new URL(page.url()).pathname.split("/").pop()!;
    await expect(page.getByRole("heading", { level: 1, name: familyName })).toBeVisible();
    await expect(page.getByText("Your family", { exact: true })).toBeVisible();
    const members = page.getByRole("region", { name: "Parents and caregivers" });
    await expect(members.getByText(parent.name)).toBeVisible();
    await expect(page.getByRole("region", { name: "Coach" }).getByText("Morgan Ellis")).toBeVisible();
    await expectNoAxeViolations(page, "the new family's page");

    // The page shows family data: it must not be cached anywhere.
    const reload = await page.reload();
    expect(reload?.headers()["cache-control"] ?? "").toContain("no-store");

    // The session is real, and "/" takes the parent home.
    const me = await page.request.get("/api/v1/me");
    expect(me.status()).toBe(200);
    expect(await me.json()).toMatchObject({
      user: { email: parent.email, name: parent.name, role: "parent" },
      families: [{ id: familyId, name: familyName }],
    });
    await page.goto("/");
    await expect(page).toHaveURL(new RegExp(`/families/${familyId}$`));

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Account" }).click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole("heading", { level: 1, name: "Account" })).toBeVisible();
    await expect(page.getByText(`${parent.name} · ${parent.email}`)).toBeVisible();
    await expectNoAxeViolations(page, "the account page");

    await signOutThroughUi(page);
  } finally {
    await context.close();
  }
});

test("the new parent can sign in again with the password they chose", async ({ page }) => {
  await signInThroughUi(page, parent.email, parent.password);
  await expect(page).toHaveURL(new RegExp(`/families/${familyId}$`));
  await expect(page.getByRole("heading", { level: 1, name: familyName })).toBeVisible();
});

test("the coach sees the new family in the caseload", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await signInThroughUi(page, DEMO.coach, DEMO_PASSWORD);
    await page.goto("/caseload");
    const entry = page
      .getByRole("table", { name: "Families on your caseload" })
      .getByRole("link", { name: new RegExp(familyName) });
    await expect(entry).toBeVisible();
    await expect(page.getByTestId("caseload-row").filter({ hasText: familyName })).toContainText(
      "No children recorded yet",
    );
    await entry.click();
    await expect(page).toHaveURL(new RegExp(`/families/${familyId}$`));
    await expect(page.getByRole("heading", { level: 1, name: familyName })).toBeVisible();
    await expect(page.getByText("Family on your caseload")).toBeVisible();
    await expect(page.getByRole("region", { name: "Parents and caregivers" }).getByText(parent.email)).toBeVisible();
    await expectNoAxeViolations(page, "the family page as the coach sees it");
  } finally {
    await context.close();
  }
});

test("the used invite link now says it has already been used", async ({ page }) => {
  await page.goto(inviteUrl);
  await expect(page.getByTestId("invite-problem")).toContainText("already been used");
  await expect(page.getByRole("button", { name: "Create account" })).toHaveCount(0);
  await expectNoAxeViolations(page, "the sign-up page for a used invite");
});

test("a parent of another family gets the 404 page and a 404 from the API", async ({ page }) => {
  await signInThroughUi(page, DEMO.linh, DEMO_PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: "The Nguyen family" })).toBeVisible();

  const response = await page.goto(`/families/${familyId}`);
  // Soft, so the rest is still checked and reported when only the status is wrong.
  expect.soft(response?.status(), "HTTP status of the 404 page").toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByText(familyName)).toHaveCount(0);
  await expect(page.getByText(parent.email)).toHaveCount(0);
  await expectNoAxeViolations(page, "the 404 page");

  await expectError(await page.request.get(`/api/v1/families/${familyId}`), 404, "not_found");
  // The same answer as for a family that does not exist at all.
  await expectError(await page.request.get(`/api/v1/families/${randomUUID()}`), 404, "not_found");
});

import { DEMO, DEMO_PASSWORD, expect, test } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { UUID_PATTERN, formAlert, signInThroughUi } from "./support/ui";

test("a wrong password shows the form's alert and keeps the visitor signed out", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email", { exact: true }).fill(DEMO.coach);
  await page.getByLabel("Password", { exact: true }).fill("not the password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(formAlert(page)).toHaveText(
    "That email and password do not match an account. Check them and try again.",
  );
  await expect(page).toHaveURL(/\/sign-in$/);
  expect((await page.request.get("/api/v1/me")).status()).toBe(401);
  await expectNoAxeViolations(page, "the sign-in page with an error");
});

test("empty sign-in fields are named, not sent", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByLabel("Email", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Password", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("This field is required.").first()).toBeVisible();
  await expectNoAxeViolations(page, "the sign-in page with field errors");
});

test("a signed-out visitor is sent to sign in and comes back to the page they asked for", async ({ page }) => {
  await page.goto("/caseload");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fcaseload$/);
  await signInThroughUi(page, DEMO.coach, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/caseload$/);
  await expect(page.getByRole("heading", { level: 1, name: "Caseload" })).toBeVisible();
});

test("the home page sends each role to its own home", async ({ browser }) => {
  const homes: [string, RegExp, string][] = [
    [DEMO.ana, new RegExp(`/families/${UUID_PATTERN}$`), "The Rivera family"],
    [DEMO.coach, /\/caseload$/, "Caseload"],
    [DEMO.admin, /\/account$/, "Account"],
  ];
  for (const [email, url, heading] of homes) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await signInThroughUi(page, email, DEMO_PASSWORD);
      await page.goto("/");
      await expect(page, `home of ${email}`).toHaveURL(url);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    } finally {
      await context.close();
    }
  }
});

test("pages a role may not use answer the 404 page", async ({ page }) => {
  await signInThroughUi(page, DEMO.ana, DEMO_PASSWORD);
  const response = await page.goto("/caseload");
  expect.soft(response?.status(), "HTTP status of the 404 page").toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to your home page" })).toBeVisible();
});

test("the navigation fits a phone: the menu button opens the links", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
  try {
    const page = await context.newPage();
    await signInThroughUi(page, DEMO.coach, DEMO_PASSWORD);
    const menu = page.getByRole("button", { name: "Menu" });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await menu.click();
    await expect(page.getByRole("button", { name: "Close menu" })).toHaveAttribute("aria-expanded", "true");
    // Escape closes it and leaves the keyboard on the menu button.
    await page.keyboard.press("Escape");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(menu).toBeFocused();
    await menu.click();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Account" }).click();
    await expect(page).toHaveURL(/\/account$/);
    await expectNoAxeViolations(page, "the account page on a phone");
  } finally {
    await context.close();
  }
});

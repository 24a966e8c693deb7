import { expect, type Page } from "@playwright/test";

/** Signs in through the sign-in form, as a person would. */
export async function signInThroughUi(page: Page, email: string, password: string): Promise<void> {
  if (!page.url().includes("/sign-in")) await page.goto("/sign-in");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/** Signs out with the header's button and checks the session is really gone. */
export async function signOutThroughUi(page: Page): Promise<void> {
  await page.getByRole("banner").getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
  const me = await page.request.get("/api/v1/me");
  expect(me.status()).toBe(401);
}

/** The app's own form alert (Next's route announcer is also role=alert, so scope it). */
export function formAlert(page: Page) {
  return page.getByTestId("form-alert");
}

export const UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

/**
 * Goes to one of a family's sections the way a person does: the link in the family's navigation,
 * or, for the sections under More, the menu item after opening More.
 */
export async function goToFamilySection(page: Page, name: string): Promise<void> {
  const nav = page.getByRole("navigation", { name: "Family sections" });
  const primary = nav.getByRole("link", { name, exact: true });
  if ((await primary.count()) > 0) {
    await primary.click();
  } else {
    await nav.getByRole("button", { name: /^More/ }).click();
    await page.getByRole("menuitem", { name, exact: true }).click();
  }
  await expect(page.getByRole("menu")).toHaveCount(0);
}

/** Opens one step of the provider form by its name in the list of steps (any language). */
export async function openStep(page: Page, name: string): Promise<void> {
  const steps = page.getByRole("navigation", { name: /Steps of the form|Pasos del formulario/ });
  await steps.getByRole("button", { name, exact: true }).click();
  await expect(steps.getByRole("button", { name, exact: true })).toHaveAttribute("aria-current", "step");
}

import type { Browser } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, expect, test } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { holdScript } from "./support/held-script";
import { UUID_PATTERN, signInThroughUi } from "./support/ui";

async function signedIn(browser: Browser, email: string, width: number) {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await signInThroughUi(page, email, DEMO_PASSWORD);
  return { page, errors, close: () => context.close() };
}

test("a family's navigation: four sections and More, worked from the keyboard, the page marked inside it", async ({
  browser,
}) => {
  // Three pages, two axe scans and a menu walked key by key: more than the default minute on a loaded machine.
  test.setTimeout(120_000);
  const { page, errors, close } = await signedIn(browser, DEMO.ana, 360);
  try {
    await expect(page).toHaveURL(new RegExp(`/families/${UUID_PATTERN}$`));
    const nav = page.getByRole("navigation", { name: "Family sections" });
    await expect(nav.getByRole("link")).toHaveText(["Overview", "Care team", "What's missing", "Messages"]);
    await expect(nav.getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");
    // Deleting the record is not a section: it is inside Settings.
    await expect(page.getByRole("link", { name: "Delete record" })).toHaveCount(0);

    const more = nav.getByRole("button", { name: "More" });
    await more.focus();
    await page.keyboard.press("Enter");
    const menu = page.getByRole("menu");
    await expect(menu.getByRole("menuitem")).toHaveText([
      "Requests",
      "Children & needs",
      "Documents",
      "Summary",
      "Timeline",
      "History",
      "Access history",
      "Settings",
    ]);
    // The open menu fits the phone.
    const box = (await menu.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    await expectNoAxeViolations(page, "the family's More menu open on a phone");
    await page.keyboard.press("Escape");
    await expect(menu).toHaveCount(0);
    await expect(more).toBeFocused();

    // Arrow keys walk the menu; Enter follows the item.
    await page.keyboard.press("Enter");
    // Radix puts the focus on the first item just after the menu appears: a key pressed before
    // that would be one step short.
    await expect(menu.getByRole("menuitem", { name: "Requests" })).toBeFocused();
    for (let step = 0; step < 4; step++) await page.keyboard.press("ArrowDown");
    await expect(menu.getByRole("menuitem", { name: "Timeline" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/timeline$/);
    await expect(page.getByRole("heading", { level: 1, name: "Timeline" })).toBeVisible();

    // On a page under More, More says so, and the item in it is the current page.
    await expect(nav.getByRole("link", { name: "Overview" })).not.toHaveAttribute("aria-current");
    await expect(nav.getByRole("button", { name: /^More.*Timeline/ })).toBeVisible();
    await nav.getByRole("button", { name: /^More/ }).click();
    await expect(page.getByRole("menuitem", { name: "Timeline" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("menuitem", { name: "History", exact: true })).not.toHaveAttribute("aria-current");
    await page.getByRole("menuitem", { name: "Settings" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Family settings" })).toBeVisible();
    await page.getByRole("link", { name: "Review what would be deleted" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Delete this family's record" })).toBeVisible();
    // The deletion page belongs to Settings.
    await nav.getByRole("button", { name: /^More/ }).click();
    await expect(page.getByRole("menuitem", { name: "Settings" })).toHaveAttribute("aria-current", "page");
    await page.keyboard.press("Escape");
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test("what to do first: the safety gap with 988, the longest-missing service, then the title to check", async ({
  browser,
}) => {
  const { page, errors, close } = await signedIn(browser, DEMO.ana, 1280);
  try {
    const first = page.getByRole("region", { name: "What to do first" });
    const steps = first
      .getByTestId("next-steps")
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading") });
    await expect(steps).toHaveCount(3);
    await expect(steps.nth(0).getByRole("heading")).toHaveText("Get a written safety plan for Mateo");
    await expect(steps.nth(0).getByTestId("crisis-line")).toContainText("988");
    await expect(steps.nth(0)).toContainText("Ask: “Who oversees this case?”");
    await expect(steps.nth(1).getByRole("heading")).toHaveText(/ for Mateo$/);
    await expect(steps.nth(1)).toContainText(/Nobody is providing it: missing for \d+ (weeks|months)\./);
    await expect(steps.nth(2).getByRole("heading")).toHaveText("Check Kayla Brooks, introduced as “Therapist”");
    await expect(steps.nth(2)).toContainText("Working with your family for");
    // Each step links to where it is done.
    await steps.nth(2).getByRole("link", { name: "Open their card on the care team" }).click();
    await expect(page).toHaveURL(/\/care-team#provider-/);
    await page.goBack();
    await steps.nth(0).getByRole("link", { name: "See who can provide it" }).click();
    await expect(page).toHaveURL(/\/gaps#service-safety-planning$/);
    await expect(page.locator("#service-safety-planning")).toBeVisible();
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test("the coach reads the same ranking in a coach's words, with the coach tools one click away", async ({
  browser,
}) => {
  const { page, errors, close } = await signedIn(browser, DEMO.coach, 390);
  try {
    await page
      .getByRole("link", { name: /The Rivera family/ })
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`/families/${UUID_PATTERN}$`));
    const first = page.getByRole("region", { name: "Where to help first" });
    await expect(first.getByRole("heading", { level: 3 }).first()).toHaveText(
      "Help the family get a written safety plan for Mateo",
    );
    await expect(first).toContainText("The question for the family to ask:");
    await expect(page.getByText("Write to your coach")).toHaveCount(0);
    await expect(page.getByText("Write to the family. Messages arrive live.")).toBeVisible();
    await expectNoAxeViolations(page, "the coach's view of a family on a phone");

    await page.getByRole("link", { name: "Coach tools", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Coach tools" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Coach tools", exact: true })).toHaveAttribute("aria-current", "page");
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test("More pressed before its menu's code has come opens the menu as soon as it arrives", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    await signInThroughUi(page, DEMO.ana, DEMO_PASSWORD);
    await expect(page).toHaveURL(new RegExp(`/families/${UUID_PATTERN}$`));
    // Hold back the script that holds Radix's menu until More has been pressed.
    const menuScript = await holdScript(page, "DropdownMenuContent");
    await page.reload();
    const nav = page.getByRole("navigation", { name: "Family sections" });
    const more = nav.getByRole("button", { name: "More" });
    await expect(more).toBeVisible();
    await expect.poll(menuScript.held, { message: "the menu's script was asked for" }).toBe(true);
    await more.click();
    await expect(page.getByRole("menu")).toHaveCount(0);
    menuScript.release();
    await expect(page.getByRole("menu").getByRole("menuitem", { name: "Requests" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("menu")).toHaveCount(0);
    await expect(nav.getByRole("button", { name: "More" })).toBeFocused();
  } finally {
    await context.close();
  }
});

test("Remove pressed before its dialog's code has come asks as soon as the code arrives, and nothing is removed unasked", async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  try {
    await signInThroughUi(page, DEMO.ana, DEMO_PASSWORD);
    await expect(page).toHaveURL(new RegExp(`/families/${UUID_PATTERN}$`));
    const familyPath = new URL(page.url()).pathname;
    const listed = async () =>
      (
        (await (await page.request.get(`/api/v1${familyPath}/providers`)).json()) as {
          providers: { id: string; name: string }[];
        }
      ).providers;
    const [provider] = await listed();
    // The confirmation's code (Radix's alert dialog) comes after the page: hold it back.
    const dialogScript = await holdScript(page, "AlertDialogContent");
    await page.goto(`${familyPath}/care-team/${provider!.id}`);
    const remove = page.getByRole("button", { name: "Remove provider" });
    await expect(remove).toBeVisible();
    await expect.poll(dialogScript.held, { message: "the dialog's script was asked for" }).toBe(true);
    await remove.click();
    await expect(page.getByRole("alertdialog")).toHaveCount(0);
    dialogScript.release();
    const dialog = page.getByRole("alertdialog", { name: `Remove ${provider!.name}?` });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(remove).toBeFocused();
    expect((await listed()).map((each) => each.id)).toContain(provider!.id);
  } finally {
    await context.close();
  }
});

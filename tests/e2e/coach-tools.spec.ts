import { randomUUID } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, expect, expectError, test, uniqueEmail } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { UUID_PATTERN, formAlert, signInThroughUi } from "./support/ui";

// Other spec files use the demo families at the same time: only notes and action items (which no
// other spec can see) are written on the Rivera family; moves, tags and archiving use new families.

const FAMILY_PAGES = ["", "/care-team", "/children", "/gaps", "/timeline", "/history", "/messages", "/access"];

async function signedInPage(
  browser: Browser,
  email: string,
  password = DEMO_PASSWORD,
  viewport?: { width: number; height: number },
) {
  const context = await browser.newContext(viewport ? { viewport } : {});
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await signInThroughUi(page, email, password);
  return { page, close: () => context.close(), errors };
}

function familyIdOf(page: Page): string {
  return new RegExp(`/families/(${UUID_PATTERN})`).exec(page.url())![1]!;
}

test("the coach writes a private note and an action item on the Rivera family; the parent sees neither anywhere", async ({
  page,
  browser,
}) => {
  // Two people and every family page: longer than one page's story on this shared machine.
  test.setTimeout(150_000);
  const canary = `canary-${randomUUID().slice(0, 8)}`;
  await signInThroughUi(page, DEMO.coach, DEMO_PASSWORD);
  await page
    .getByRole("link", { name: /The Rivera family/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "The Rivera family" })).toBeVisible();
  const familyId = familyIdOf(page);
  // One click from any page of the family: beside its name, not under More.
  await page.getByRole("link", { name: "Coach tools", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Coach tools" })).toBeVisible();
  await expectNoAxeViolations(page, "the coach tools");

  // An empty note is refused in the browser, with the field marked.
  const notes = page.getByRole("region", { name: "Private notes" });
  await notes.getByRole("button", { name: "Add note" }).click();
  await expect(notes.getByLabel("New note")).toHaveAttribute("aria-invalid", "true");
  await expect(notes.getByLabel("New note")).toBeFocused();

  await notes.getByLabel("New note").fill(`Supervisor unclear (${canary}).\nAsk at the next call.`);
  await notes.getByRole("button", { name: "Add note" }).click();
  const note = notes.getByTestId("coach-note").filter({ hasText: canary });
  await expect(note).toBeVisible();
  await expect(note).toContainText("Morgan");
  await expect(notes.getByLabel("New note")).toHaveValue("");

  // The author edits it.
  await note.getByRole("button", { name: /^Edit/ }).click();
  await note.getByRole("textbox").fill(`Supervisor is Dr. Lane (${canary}).`);
  await note.getByRole("button", { name: "Save" }).click();
  await expect(
    notes.getByTestId("coach-note").filter({ hasText: `Supervisor is Dr. Lane (${canary}).` }),
  ).toContainText("edited");

  const actions = page.getByRole("region", { name: "Action items" });
  await actions.getByLabel("What to do").fill(`Ask the agency who supervises Jordan ${canary}`);
  await actions.getByLabel("Due date (optional)").fill("2026-01-15");
  await actions.getByRole("button", { name: "Add action item" }).click();
  const item = actions.getByTestId("action-item").filter({ hasText: canary });
  await expect(item).toBeVisible();
  await expect(item.getByText("Overdue")).toBeVisible();
  // Ticked from the keyboard.
  await item.getByRole("checkbox").focus();
  await page.keyboard.press("Space");
  await expect(item.getByRole("checkbox")).toBeChecked();
  await expect(item.getByText("Overdue")).toHaveCount(0);
  await expectNoAxeViolations(page, "the coach tools with a note and an action item");

  const parent = await signedInPage(browser, DEMO.ana);
  try {
    await expect(parent.page).toHaveURL(new RegExp(`/families/${familyId}$`));
    const tabs = parent.page.getByRole("navigation", { name: "Family sections" });
    await tabs.getByRole("button", { name: "More" }).click();
    await expect(parent.page.getByRole("menuitem", { name: "Access history" })).toBeVisible();
    await parent.page.keyboard.press("Escape");
    await expect(parent.page.getByRole("link", { name: "Coach tools" })).toHaveCount(0);
    for (const path of FAMILY_PAGES) {
      const response = await parent.page.goto(`/families/${familyId}${path}`);
      expect(response?.status(), `${path || "overview"} as the parent`).toBe(200);
      await expect(parent.page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await parent.page.content(), `${path || "overview"} as the parent`).not.toContain(canary);
    }
    await expect(parent.page.getByTestId("access-entry").first()).toContainText("(coach)");
    await expectNoAxeViolations(parent.page, "the access history, as a parent");

    const coachPage = await parent.page.goto(`/families/${familyId}/coach`);
    expect(coachPage?.status()).toBe(404);
    await expect(parent.page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    expect(await parent.page.content()).not.toContain(canary);
    for (const path of ["notes", "actions", "tags"]) {
      await expectError(await parent.page.request.get(`/api/v1/families/${familyId}/${path}`), 404, "not_found");
    }
    expect(parent.errors).toEqual([]);
  } finally {
    await parent.close();
  }
});

test("one page view by the coach is one line in the family's access history", async ({ page, newParent, signedIn }) => {
  const family = await newParent({ familyName: `The Audit family ${randomUUID().slice(0, 6)}` });
  const parentApi = await signedIn(family.email, family.password);
  const count = async () => {
    const answer = await parentApi.get(`/api/v1/families/${family.family.id}/access-log?limit=100`);
    expect(answer.status()).toBe(200);
    return ((await answer.json()) as { entries: unknown[] }).entries.length;
  };
  expect(await count()).toBe(0);
  await signInThroughUi(page, DEMO.coach, DEMO_PASSWORD);
  // The overview reads the family, its gaps and its providers: still one view.
  await page.goto(`/families/${family.family.id}`);
  await expect(page.getByRole("heading", { level: 1, name: family.family.name })).toBeVisible();
  await expect.poll(count).toBe(1);
  await page.goto(`/families/${family.family.id}/care-team`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect.poll(count).toBe(2);
  // Coach tools are the coach's own records: not shown to the family.
  await page.goto(`/families/${family.family.id}/coach`);
  await expect(page.getByRole("heading", { level: 1, name: "Coach tools" })).toBeVisible();
  await page.waitForTimeout(300);
  expect(await count()).toBe(2);
});

test("tags and archive on a phone: add, remove, archive with a confirmation, bring back", async ({
  browser,
  newParent,
}) => {
  const family = await newParent({ familyName: `The Tag family ${randomUUID().slice(0, 6)}` });
  const coach = await signedInPage(browser, DEMO.coach, DEMO_PASSWORD, { width: 375, height: 740 });
  try {
    const { page } = coach;
    await page.goto(`/families/${family.family.id}/coach`);
    await expect(page.getByRole("heading", { level: 1, name: "Coach tools" })).toBeVisible();
    const tags = page.getByRole("region", { name: "Tags" });
    await expect(tags.getByText("No tags yet.")).toBeVisible();
    await tags.getByLabel("New tag").fill("  IIBHT   referral ");
    await tags.getByLabel("New tag").press("Enter");
    await expect(tags.getByRole("list", { name: "Tags of this family" }).getByRole("listitem")).toHaveText([
      "IIBHT referral×",
    ]);
    await tags.getByLabel("New tag").fill("iibht REFERRAL");
    await tags.getByRole("button", { name: "Add tag" }).click();
    await expect(tags.getByText("This family already has that tag.")).toBeVisible();
    await tags.getByLabel("New tag").fill("waitlist");
    await tags.getByRole("button", { name: "Add tag" }).click();
    await expect(tags.getByRole("listitem")).toHaveCount(2);
    await tags.getByRole("button", { name: "Remove tag IIBHT referral" }).click();
    await expect(tags.getByRole("listitem")).toHaveText(["waitlist×"]);
    await expectNoAxeViolations(page, "the coach tools on a phone");

    const archive = page.getByRole("region", { name: "Archive" });
    await archive.getByRole("button", { name: "Archive this family" }).click();
    const dialog = page.getByRole("alertdialog");
    await expect(dialog).toContainText(`Archive ${family.family.name}?`);
    await expectNoAxeViolations(page, "the archive confirmation");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(archive).toContainText("Archiving takes this family off");
    await archive.getByRole("button", { name: "Archive this family" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Archive", exact: true }).click();
    await expect(archive).toContainText("This family is archived since");
    // Nothing is deleted: the parent still has the family.
    const summary = await page.request.get(`/api/v1/families/${family.family.id}`);
    expect(((await summary.json()) as { family: { archived: boolean } }).family.archived).toBe(true);
    await archive.getByRole("button", { name: "Bring back to the active caseload" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Bring back to the active caseload" }).click();
    await expect(archive).toContainText("Archiving takes this family off");
    expect(coach.errors).toEqual([]);
  } finally {
    await coach.close();
  }
});

test("pending invites: a new link replaces the old one, and a revoked link is refused", async ({
  page,
  newApi,
  signedIn,
}) => {
  const coachApi = await signedIn(DEMO.coach);
  const familyName = `The Invite family ${randomUUID().slice(0, 6)}`;
  const created = await coachApi.post("/api/v1/invites", { data: { familyName } });
  expect(created.status()).toBe(201);
  const { token: oldToken } = (await created.json()) as { token: string };

  await signInThroughUi(page, DEMO.coach, DEMO_PASSWORD);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Invites" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Invites" })).toBeVisible();
  const row = page.getByTestId("pending-invite").filter({ hasText: familyName });
  await expect(row).toContainText("Expires");
  await expectNoAxeViolations(page, "the invites page");

  await row.getByRole("button", { name: /new link/i }).click();
  const url = await row.getByTestId("resent-invite-url").inputValue();
  const newToken = new URL(url).searchParams.get("token")!;
  expect(newToken).not.toBe(oldToken);
  await expectNoAxeViolations(page, "the invites page with a new link");
  const visitor = await newApi();
  const signUp = (token: string) =>
    visitor.post("/api/v1/sign-up", {
      data: { token, name: "Late Parent", email: uniqueEmail("late"), password: "a long family passphrase" },
    });
  await expectError(await signUp(oldToken), 410, "invite_invalid");

  await row.getByRole("button", { name: /^Revoke/ }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByTestId("pending-invite").filter({ hasText: familyName })).toHaveCount(0);
  await expectError(await signUp(newToken), 410, "invite_revoked");
});

test("an admin creates a coach and moves a family to them; the old coach gets the 404 page at once", async ({
  page,
  browser,
  newParent,
  signedIn,
}) => {
  test.setTimeout(120_000);
  const family = await newParent({ familyName: `The Moving family ${randomUUID().slice(0, 6)}` });
  const oldCoach = await signedInPage(browser, DEMO.coach);
  try {
    await oldCoach.page.goto(`/families/${family.family.id}`);
    await expect(oldCoach.page.getByRole("heading", { level: 1, name: family.family.name })).toBeVisible();

    await signInThroughUi(page, DEMO.admin, DEMO_PASSWORD);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Coaches" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Coaches" })).toBeVisible();
    await expectNoAxeViolations(page, "the admin's coaches page");
    const coachName = `Casey ${randomUUID().slice(0, 6)}`;
    const coachEmail = uniqueEmail("coach");
    const form = page.getByRole("region", { name: "Create a coach" });
    await form.getByLabel("Name").fill(coachName);
    await form.getByLabel("Email").fill(coachEmail);
    await form.getByLabel("First password").fill("short");
    await form.getByRole("button", { name: "Create coach" }).click();
    await expect(form.getByText("Use at least 8 characters.")).toBeVisible();
    await form.getByLabel("First password").fill("a first coach password");
    await form.getByRole("button", { name: "Create coach" }).click();
    await expect(formAlert(page).filter({ hasText: `${coachName} can now sign in as a coach.` })).toBeVisible();
    await expect(page.getByTestId("admin-coach").filter({ hasText: coachName })).toContainText("No families");

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Families" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Families" })).toBeVisible();
    await expectNoAxeViolations(page, "the admin's families page");
    const row = page.getByTestId("admin-family").filter({ hasText: family.family.name });
    await row.getByLabel(`Coach of ${family.family.name}`).selectOption({ label: coachName });
    await row.getByRole("button", { name: `Move ${family.family.name} to the chosen coach` }).click();
    await expect(row.getByTestId("form-alert")).toContainText(`now has ${coachName} as coach`);

    // The old coach's very next request: the 404 page, and the API agrees.
    const response = await oldCoach.page.reload();
    expect(response?.status()).toBe(404);
    await expect(oldCoach.page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expectError(await oldCoach.page.request.get(`/api/v1/families/${family.family.id}`), 404, "not_found");
    expect(oldCoach.errors).toEqual([]);

    const newCoach = await signedIn(coachEmail, "a first coach password");
    expect((await newCoach.get(`/api/v1/families/${family.family.id}`)).status()).toBe(200);
    const parentApi = await signedIn(family.email, family.password);
    const log = (await (await parentApi.get(`/api/v1/families/${family.family.id}/access-log`)).json()) as {
      entries: { action: string }[];
    };
    expect(log.entries.map((entry) => entry.action)).toContain("admin.family_move");
    // The admin still cannot read the family itself.
    await expectError(await page.request.get(`/api/v1/families/${family.family.id}`), 404, "not_found");
  } finally {
    await oldCoach.close();
  }
});

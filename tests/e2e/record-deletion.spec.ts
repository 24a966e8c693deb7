import { randomUUID } from "node:crypto";
import { DEMO, expect, expectError, expectSignInRejected, test, uniqueEmail } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { goToFamilySection, signInThroughUi } from "./support/ui";

// Only new families and accounts are deleted here: other specs use the demo families meanwhile.

test("a parent schedules the family's record for deletion, sees it on every page, and restores it", async ({
  page,
  newParent,
  signedIn,
}) => {
  test.setTimeout(120_000);
  const parent = await newParent({ familyName: `Deletion ${randomUUID().slice(0, 8)}` });
  const parentApi = await signedIn(parent.email, parent.password);
  expect(
    (await parentApi.post(`/api/v1/families/${parent.family.id}/children`, { data: { name: "Robin" } })).status(),
  ).toBe(201);

  await signInThroughUi(page, parent.email, parent.password);
  // Deleting the record is a step inside Settings, not a section beside the care team.
  await goToFamilySection(page, "Settings");
  await page.getByRole("link", { name: "Review what would be deleted" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Delete this family's record" })).toBeVisible();
  await expect(page.getByTestId("deletion-counts")).toContainText("1 child");
  await expect(page.getByTestId("deletion-counts")).toContainText("0 messages");
  await expectNoAxeViolations(page, "the record deletion page");

  // The confirmation names what goes and when; it is answered from the keyboard.
  await page.getByRole("button", { name: "Delete the family's record" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText(`Delete the record of ${parent.family.name}?`);
  await expect(dialog).toContainText(
    "1 child, 0 needs, 0 people on the care team, 0 messages, 0 documents and 1 history entry",
  );
  await expectNoAxeViolations(page, "the deletion confirmation");
  await dialog.getByRole("button", { name: "Delete record" }).focus();
  await page.keyboard.press("Enter");

  const banner = page.getByTestId("deletion-banner");
  await expect(banner).toContainText("scheduled for deletion on");
  await expect(page.getByRole("button", { name: "Delete the family's record" })).toHaveCount(0);
  await expectNoAxeViolations(page, "the record deletion page while scheduled");
  const state = (await (await parentApi.get(`/api/v1/families/${parent.family.id}/deletion`)).json()) as {
    deletion: { pending: { dueAt: string; requestedAt: string } };
  };
  expect(Date.parse(state.deletion.pending.dueAt) - Date.parse(state.deletion.pending.requestedAt)).toBe(
    14 * 86_400_000,
  );

  // Every page of the family says so; reads work, writes are refused with a clear 409.
  await page.goto(`/families/${parent.family.id}/care-team`);
  await expect(page.getByTestId("deletion-banner")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect((await parentApi.get(`/api/v1/families/${parent.family.id}/children`)).status()).toBe(200);
  await expectError(
    await parentApi.post(`/api/v1/families/${parent.family.id}/children`, { data: { name: "Later" } }),
    409,
    "family_pending_deletion",
  );

  // On a phone the banner and its Restore button fit the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  const restore = page.getByTestId("deletion-banner").getByRole("button", { name: "Restore the record" });
  await expect(restore).toBeInViewport();
  const box = (await page.getByTestId("deletion-banner").boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  await restore.click();
  await expect(page.getByTestId("deletion-banner")).toHaveCount(0);
  expect(
    (await parentApi.post(`/api/v1/families/${parent.family.id}/children`, { data: { name: "Later" } })).status(),
  ).toBe(201);
});

test("the coach sees the scheduled deletion on the caseload and restores it from the family's page; a stranger gets 404", async ({
  page,
  newParent,
  signedIn,
}) => {
  test.setTimeout(120_000);
  const parent = await newParent({ familyName: `Coach restores ${randomUUID().slice(0, 8)}` });
  const parentApi = await signedIn(parent.email, parent.password);
  expect((await parentApi.post(`/api/v1/families/${parent.family.id}/deletion`)).status()).toBe(201);
  const stranger = await signedIn(DEMO.linh);
  await expectError(await stranger.delete(`/api/v1/families/${parent.family.id}/deletion`), 404, "not_found");
  const coachApi = await signedIn(DEMO.coach);
  await expectError(
    await coachApi.post(`/api/v1/families/${parent.family.id}/deletion`),
    409,
    "family_pending_deletion",
  );

  await signInThroughUi(page, DEMO.coach, "clarity-demo-2026");
  await page.goto(`/caseload?q=${encodeURIComponent(parent.family.name)}`);
  await expect(page.getByTestId("deletion-badge").first()).toContainText("Deletion on");
  await page.goto(`/families/${parent.family.id}`);
  await expect(page.getByTestId("deletion-banner")).toBeVisible();
  await expectNoAxeViolations(page, "a family scheduled for deletion, as its coach");
  await page.getByRole("button", { name: "Restore the record" }).click();
  await expect(page.getByTestId("deletion-banner")).toHaveCount(0);
  const state = (await (await parentApi.get(`/api/v1/families/${parent.family.id}/deletion`)).json()) as {
    deletion: { pending: unknown };
  };
  expect(state.deletion.pending).toBeNull();
});

test("an admin deletes a parent's account: the open session gets 401 at once and sign-in is refused; the last parent of a family is kept with 409", async ({
  newApi,
  newParent,
  signedIn,
}) => {
  const first = await newParent({ familyName: `Account deletion ${randomUUID().slice(0, 8)}` });
  const firstApi = await signedIn(first.email, first.password);
  const second = await newParent({ familyId: first.family.id, invitedBy: firstApi });
  const secondApi = await signedIn(second.email, second.password);
  expect((await secondApi.get("/api/v1/me")).status()).toBe(200);

  const admin = await signedIn(DEMO.admin);
  await expectError(await firstApi.delete(`/api/v1/admin/users/${second.user.id}`), 404, "not_found");
  expect((await admin.delete(`/api/v1/admin/users/${second.user.id}`)).status()).toBe(204);
  await expectError(await secondApi.get("/api/v1/me"), 401, "unauthenticated");
  await expectSignInRejected(await newApi(), second.email, second.password);
  await expectError(await admin.delete(`/api/v1/admin/users/${first.user.id}`), 409, "user_last_parent");
  expect((await firstApi.get("/api/v1/me")).status()).toBe(200);
});

test("an admin deletes a coach from the coaches page; a coach with families is refused with a clear message", async ({
  page,
  signedIn,
}) => {
  const admin = await signedIn(DEMO.admin);
  const name = `Leaving Coach ${randomUUID().slice(0, 6)}`;
  const created = await admin.post("/api/v1/admin/coaches", {
    data: { name, email: uniqueEmail("leaving"), password: "a long first password" },
  });
  expect(created.status(), await created.text()).toBe(201);

  await signInThroughUi(page, DEMO.admin, "clarity-demo-2026");
  await page.goto("/admin/coaches");
  const row = page.getByTestId("admin-coach").filter({ hasText: name });
  await row.getByRole("button", { name: `Delete the account of ${name}` }).click();
  await expect(page.getByRole("alertdialog")).toContainText("can never sign in again");
  await expectNoAxeViolations(page, "the delete-coach confirmation");
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete", exact: true }).click();
  await expect(page.getByTestId("admin-coach").filter({ hasText: name })).toHaveCount(0);

  // The demo coach has families: refused, and the page says what to do first.
  const demoCoach = page.getByTestId("admin-coach").filter({ hasText: DEMO.coach });
  await demoCoach.getByRole("button", { name: /^Delete the account of/ }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete", exact: true }).click();
  await expect(demoCoach.getByTestId("form-alert")).toContainText("Move those families to another coach");
  await expect(page.getByTestId("admin-coach").filter({ hasText: DEMO.coach })).toHaveCount(1);
});

test("an admin finds a parent on the Parents page and deletes the account; the page shows no family", async ({
  page,
  newParent,
  signedIn,
}) => {
  const first = await newParent({ familyName: `Parents page ${randomUUID().slice(0, 8)}` });
  const firstApi = await signedIn(first.email, first.password);
  const second = await newParent({ familyId: first.family.id, invitedBy: firstApi });
  const secondApi = await signedIn(second.email, second.password);

  await signInThroughUi(page, DEMO.admin, "clarity-demo-2026");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Parents" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Parents" })).toBeVisible();
  const row = page.getByTestId("admin-parent").filter({ hasText: second.email });
  await expect(row).toContainText("In 1 family");
  await expect(page.getByRole("list", { name: "Parent accounts" })).not.toContainText(first.family.name);
  await expectNoAxeViolations(page, "the admin parents page");
  await row.getByRole("button", { name: `Delete the account of ${second.name}` }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete", exact: true }).click();
  await expect(page.getByTestId("admin-parent").filter({ hasText: second.email })).toHaveCount(0);
  await expectError(await secondApi.get("/api/v1/me"), 401, "unauthenticated");
  // The parent who stays is now the family's only member.
  const family = (await (await firstApi.get(`/api/v1/families/${first.family.id}`)).json()) as {
    family: { members: { id: string }[] };
  };
  expect(family.family.members.map((member) => member.id)).toEqual([first.user.id]);
});

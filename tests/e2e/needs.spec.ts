import { expect, test } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { signInThroughUi } from "./support/ui";

test("a parent resolves a need in a small dialog, takes it back from the toast, and is offered only needs the child does not have", async ({
  page,
  newParent,
}) => {
  test.setTimeout(120_000);
  const parent = await newParent({ familyName: "The Needs family" });
  const familyId = parent.family.id;
  await signInThroughUi(page, parent.email, parent.password);
  const added = await page.request.post(`/api/v1/families/${familyId}/children`, { data: { name: "Jo" } });
  expect(added.status()).toBe(201);
  const { child } = (await added.json()) as { child: { id: string } };
  const need = await page.request.post(`/api/v1/families/${familyId}/children/${child.id}/needs`, {
    data: { needId: "trauma", identifiedOn: "2026-01-05" },
  });
  expect(need.status()).toBe(201);

  await page.goto(`/families/${familyId}/children`);
  const trauma = page.getByRole("listitem").filter({ has: page.getByText("Trauma or PTSD", { exact: true }) });
  await expect(trauma).toContainText("Open since Jan 5, 2026");
  // One action per open need, no date box and no remove button on the row itself.
  await expect(trauma.getByRole("textbox")).toHaveCount(0);
  await expect(trauma.getByRole("button", { name: /Resolve/ })).toHaveCount(1);
  await expect(trauma.getByRole("button", { name: /Remove/ })).toHaveCount(0);

  // The picker leaves out the need Jo already has.
  await page.getByText("Add a need for Jo").click();
  const picker = page.getByLabel("Need", { exact: true });
  await expect(picker.locator("option[value=trauma]")).toHaveCount(0);
  await expect(picker.locator("option[value=aggression]")).toHaveCount(1);
  await picker.selectOption("aggression");
  await page.getByLabel("Noticed or diagnosed on").fill("2026-02-01");
  await page.getByRole("button", { name: "Add need" }).click();
  const toast = page.getByTestId("toast");
  await expect(toast.filter({ hasText: "“Violence or aggression” was added to Jo's needs." })).toBeVisible();
  // The form closed, and opened again it no longer offers what was just added.
  await expect(page.getByRole("button", { name: "Add need" })).toBeHidden();
  await page.getByText("Add a need for Jo").click();
  await expect(picker.locator("option[value=aggression]")).toHaveCount(0);
  await page.getByText("Add a need for Jo").click();

  // Resolve…: a dialog with the day, today unless changed.
  await trauma.getByRole("button", { name: "Resolve Trauma or PTSD…" }).click();
  const dialog = page.getByRole("dialog", { name: "Resolve “Trauma or PTSD”" });
  await expect(dialog.getByLabel("Resolved on")).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await expectNoAxeViolations(page, "the resolve dialog");
  await dialog.getByLabel("Resolved on").fill("2026-03-01");
  await dialog.getByRole("button", { name: "Mark resolved" }).click();
  await expect(dialog).toBeHidden();
  await expect(trauma).toContainText("From Jan 5, 2026, resolved Mar 1, 2026");
  const resolved = toast.filter({ hasText: "“Trauma or PTSD” is marked resolved." });
  await expect(resolved).toBeVisible();

  // Undo puts it back as it was.
  await resolved.getByRole("button", { name: "Undo" }).click();
  await expect(toast.filter({ hasText: "“Trauma or PTSD” is open again." })).toBeVisible();
  await expect(trauma).toContainText("Open since Jan 5, 2026");
  const { needs } = (await (
    await page.request.get(`/api/v1/families/${familyId}/children/${child.id}/needs`)
  ).json()) as { needs: { needId: string; resolvedOn: string | null }[] };
  expect(needs.find((entry) => entry.needId === "trauma")!.resolvedOn).toBeNull();

  // A need recorded by mistake is removed from inside the dialog, after a second yes.
  const aggression = page
    .getByRole("listitem")
    .filter({ has: page.getByText("Violence or aggression", { exact: true }) });
  await aggression.getByRole("button", { name: "Resolve Violence or aggression…" }).click();
  const second = page.getByRole("dialog", { name: "Resolve “Violence or aggression”" });
  await second.getByRole("button", { name: "Remove this need" }).click();
  await second.getByRole("button", { name: "Yes, remove it" }).click();
  await expect(second).toBeHidden();
  await expect(toast.filter({ hasText: "“Violence or aggression” was removed from Jo's needs." })).toBeVisible();
  await expect(aggression).toHaveCount(0);
  await expectNoAxeViolations(page, "the children page with toasts");
});

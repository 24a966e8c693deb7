import { expect, test } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { openStep, signInThroughUi } from "./support/ui";

test("a Texas parent sets their state, finds a QMHP-CS by its letters, and sees why their 'therapist' does not count", async ({
  page,
  newParent,
}) => {
  test.setTimeout(120_000);
  const parent = await newParent({ familyName: "The Garza family" });
  const familyId = parent.family.id;
  await signInThroughUi(page, parent.email, parent.password);
  await page.request.post(`/api/v1/families/${familyId}/children`, { data: { name: "Luz" } });
  const [child] = (
    (await (await page.request.get(`/api/v1/families/${familyId}/children`)).json()) as {
      children: { id: string }[];
    }
  ).children;
  await page.request.post(`/api/v1/families/${familyId}/children/${child!.id}/needs`, {
    data: { needId: "self-harm", identifiedOn: "2026-01-05" },
  });

  // Without a state, the provider form says titles vary and leads to the settings.
  await page.goto(`/families/${familyId}/care-team/new`);
  await openStep(page, "Their credential");
  await expect(page.getByText(/Titles and scopes vary by state/)).toBeVisible();
  await page.getByRole("link", { name: "Set your state" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Family settings" })).toBeVisible();
  await expectNoAxeViolations(page, "the family settings");
  await page.getByLabel("State where your child gets care").selectOption("TX");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("Saved. Every page now uses this state.");
  const { family } = (await (await page.request.get(`/api/v1/families/${familyId}`)).json()) as {
    family: { state: string };
  };
  expect(family.state).toBe("TX");

  // The credential search finds the Texas title by its letters, Texas first, with its level in plain words.
  await page.goto(`/families/${familyId}/care-team/new`);
  await expect(page.getByText(/Titles and scopes vary by state/)).toHaveCount(0);
  await page.getByLabel("Name", { exact: true }).fill("Chris Ortiz");
  await page.getByLabel("Title they were introduced with").fill("Therapist");
  await openStep(page, "Their credential");
  const search = page.getByRole("combobox", { name: "Find their credential" });
  await search.fill("QMHP-CS");
  await expect(search).toHaveAttribute("aria-expanded", "true");
  const texas = page.getByRole("group", { name: "Your state: Texas" });
  await expect(texas.getByRole("option").first()).toContainText("QMHP-CS");
  await expect(texas.getByRole("option").first()).toContainText("paraprofessional — not a therapist");
  // The keyboard picks it: the first choice is the active one, Enter takes it.
  await search.press("Enter");
  await expect(page.getByTestId("chosen-credentials")).toContainText("QMHP-CS");
  await expect(page.getByText(/Despite the name, a Texas QMHP-CS does not provide therapy/)).toBeVisible();
  await openStep(page, "What they provide");
  await page.getByRole("checkbox", { name: /^Individual psychotherapy/ }).check();
  await openStep(page, "Dates and supervision");
  await page.getByLabel("Started on").fill("2026-02-01");
  await expectNoAxeViolations(page, "the provider form with the credential picker");
  await page.getByRole("button", { name: "Add provider", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/families/${familyId}/care-team$`));
  await expect(page.getByRole("heading", { level: 2, name: "Chris Ortiz" })).toBeVisible();

  // What's missing: therapy delivered by someone whose Texas title does not allow it, and what to ask.
  await page.goto(`/families/${familyId}/gaps?on=2026-03-01`);
  const therapy = page.locator("#service-individual-therapy");
  await expect(therapy).toContainText("Not qualified");
  await expect(
    therapy.getByText(/^In Texas, a QMHP-CS is not trained or allowed to provide individual psychotherapy\./),
  ).toBeVisible();
  await therapy.getByText("Who could provide it").click();
  await expect(therapy.getByText("What to ask the agency")).toBeVisible();
  await expect(therapy.getByRole("listitem").first()).toBeVisible();
  await expect(therapy).not.toContainText("QMHA");
  await expectNoAxeViolations(page, "what's missing for a Texas family");
});

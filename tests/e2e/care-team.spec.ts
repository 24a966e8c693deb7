import type { Page } from "@playwright/test";
import { expect, test } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { goToFamilySection, openStep, signInThroughUi } from "./support/ui";

type NewProvider = {
  name: string;
  title: string;
  /** What the parent types in the credential search, and the choice they then pick. */
  credential: { search: string; option: RegExp };
  services: RegExp[];
  trainedIn?: RegExp;
  startOn: string;
};

/** Types in the credential search and picks a choice from the list, as a parent would. */
export async function pickCredential(page: Page, search: string, option: RegExp) {
  const box = page.getByRole("combobox", { name: "Find their credential" });
  await box.fill(search);
  await page.getByRole("option", { name: option }).click();
  await expect(page.getByTestId("chosen-credentials")).toContainText(search.toUpperCase().split(" ")[0]!);
}

async function fillProviderForm(page: Page, familyId: string, provider: NewProvider) {
  await page.goto(`/families/${familyId}/care-team/new`);
  await page.getByLabel("Name", { exact: true }).fill(provider.name);
  await page.getByLabel("Title they were introduced with").fill(provider.title);
  // The form comes in steps: who, credential, what they provide, dates and supervision.
  await openStep(page, "Their credential");
  await pickCredential(page, provider.credential.search, provider.credential.option);
  if (provider.trainedIn) await page.getByRole("checkbox", { name: provider.trainedIn }).check();
  await openStep(page, "What they provide");
  for (const service of provider.services) await page.getByRole("checkbox", { name: service }).check();
  await openStep(page, "Dates and supervision");
  await page.getByLabel("Started on").fill(provider.startOn);
}

async function addProvider(page: Page, familyId: string, provider: NewProvider) {
  await fillProviderForm(page, familyId, provider);
  await page.getByRole("button", { name: "Add provider", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/families/${familyId}/care-team$`));
  await expect(page.getByRole("heading", { level: 2, name: provider.name })).toBeVisible();
}

test("a parent sees a QMHA 'therapist' for what it is, and trauma treatment covered once an LCSW with TF-CBT starts", async ({
  page,
  newParent,
}) => {
  test.setTimeout(120_000);
  const parent = await newParent({ familyName: "The Story family" });
  const familyId = parent.family.id;
  await signInThroughUi(page, parent.email, parent.password);

  // A new family is led to its first child, need and provider.
  await page.goto(`/families/${familyId}`);
  await expect(page.getByRole("heading", { name: "Let's set up your child's picture" })).toBeVisible();
  await page.getByRole("link", { name: "Add your child" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Children and needs" })).toBeVisible();
  await expectNoAxeViolations(page, "the empty children page");

  await page.getByLabel("Name or nickname").fill("Jordan");
  await page.getByRole("button", { name: "Add child" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Jordan" })).toBeVisible();

  await page.getByLabel("Need", { exact: true }).selectOption("trauma");
  await page.getByLabel("Noticed or diagnosed on").fill("2026-01-05");
  await page.getByRole("button", { name: "Add need" }).click();
  await expect(page.getByRole("paragraph").filter({ hasText: /^Trauma or PTSD$/ })).toBeVisible();
  await page.getByText("Add a need for Jordan").click();
  await page.getByLabel("Need", { exact: true }).selectOption("aggression");
  await page.getByLabel("Noticed or diagnosed on").fill("2026-01-05");
  await page.getByRole("button", { name: "Add need" }).click();
  await expect(page.getByRole("paragraph").filter({ hasText: /^Violence or aggression$/ })).toBeVisible();
  await expectNoAxeViolations(page, "the children page with needs");

  await addProvider(page, familyId, {
    name: "Dana Reyes",
    title: "Therapist",
    credential: { search: "QMHA", option: /^QMHA ·/ },
    services: [/^Individual psychotherapy/],
    startOn: "2026-02-01",
  });
  const dana = page.getByRole("article", { name: "Dana Reyes" });
  await expect(dana.getByText("Introduced as “Therapist”, but a QMHA is not a clinical credential")).toBeVisible();
  await expect(dana.getByText("Not licensed")).toBeVisible();
  await expectNoAxeViolations(page, "the care team");

  await page.goto(`/families/${familyId}/gaps?on=2026-03-01`);
  const therapy = page.locator("#service-individual-therapy");
  await expect(therapy).toContainText("Not qualified");
  await expect(
    therapy.getByText(/^In Oregon, a QMHA is not trained or allowed to provide individual psychotherapy\./),
  ).toBeVisible();
  const trauma = page.locator("#service-trauma-treatment");
  await expect(trauma).toContainText("Missing");
  await expect(trauma.getByText("Missing since Jan 5, 2026 (7 weeks)")).toBeVisible();
  await expect(page.getByRole("heading", { name: "A title to check" })).toBeVisible();
  // Aggression calls for a safety plan nobody writes yet: 988 sits beside that gap, and only there.
  const safety = page.locator("#service-safety-planning");
  await expect(safety).toContainText("Missing");
  await expect(safety.getByTestId("crisis-line")).toHaveText(
    /In a crisis: call or text 988, or chat at 988lifeline\.org\./,
  );
  await expect(safety.getByRole("link", { name: "988", exact: true })).toHaveAttribute("href", "tel:988");
  await expect(page.getByTestId("crisis-line")).toHaveCount(1);
  await expectNoAxeViolations(page, "what's missing");
  await page.goto(`/families/${familyId}`);
  await expect(page.getByTestId("crisis-line")).toHaveCount(1);
  await page.getByTestId("crisis-line").getByRole("link", { name: "What crisis help can do" }).click();
  await expect(page).toHaveURL(/\/articles\/crisis-help-988$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("988");

  await addProvider(page, familyId, {
    name: "Sam Ortiz",
    title: "Therapist",
    credential: { search: "LCSW", option: /^LCSW ·/ },
    services: [/^Evidence-based trauma treatment/],
    trainedIn: /^TF-CBT/,
    startOn: "2026-06-01",
  });
  await expectNoAxeViolations(page, "the care team with two providers");

  await page.goto(`/families/${familyId}/gaps?on=2026-07-01`);
  await expect(
    page.locator("#service-trauma-treatment").getByText("Covered since Jun 1, 2026 (4 weeks)"),
  ).toBeVisible();

  await page.goto(`/families/${familyId}/timeline`);
  await expect(page.getByRole("img", { name: /A chart of needed services by status/ })).toBeVisible();
  const traumaRows = page
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: "Evidence-based trauma treatment" }) });
  await expect(traumaRows).toHaveCount(2);
  await expect(traumaRows.nth(0)).toContainText("Missing");
  await expect(traumaRows.nth(0)).toContainText("Jan 5, 2026");
  await expect(traumaRows.nth(1)).toContainText("Covered");
  // A real time axis: month and year, each month once ("Jul 2026", never "Jul 26").
  const axisLabels = await page.getByTestId("timeline-axis").locator("span").allInnerTexts();
  const shown = axisLabels.filter((label) => label !== "");
  expect(shown.length).toBeGreaterThan(2);
  for (const label of shown) expect(label).toMatch(/^[A-Z][a-z]{2} \d{4}$/);
  expect(new Set(shown).size).toBe(shown.length);
  expect(shown).toContain("Jul 2026");
  // The day's markers say the exact date and what happened, to the keyboard and on hover.
  await expect(
    page.getByRole("button", {
      name: "Jan 5, 2026: Need identified: Violence or aggression; Need identified: Trauma or PTSD",
    }),
  ).toBeVisible();
  const samStarted = page.getByRole("button", {
    name: "Jun 1, 2026: First day with Sam Ortiz (introduced as Therapist)",
  });
  await samStarted.focus();
  await expect(samStarted).toBeFocused();
  const note = page.getByText("First day with Sam Ortiz (introduced as Therapist)", { exact: true });
  await expect(note).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(note).toBeHidden();
  await page.getByRole("button", { name: /^Feb 1, 2026: First day with Dana Reyes/ }).hover();
  await expect(page.getByText("First day with Dana Reyes (introduced as Therapist)", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page, "the timeline");

  await page.goto(`/families/${familyId}/history`);
  await expect(
    page.getByText(/added Sam Ortiz \(introduced as “Therapist”, LCSW\), starting Jun 1, 2026\./),
  ).toBeVisible();
  await expectNoAxeViolations(page, "the history");
});

test("the provider form explains the credential it is given and names the fields to fix", async ({
  page,
  newParent,
}) => {
  const parent = await newParent({ familyName: "The Form family" });
  await signInThroughUi(page, parent.email, parent.password);
  await page.request.post(`/api/v1/families/${parent.family.id}/children`, { data: { name: "Ari" } });
  await page.goto(`/families/${parent.family.id}/care-team/new`);
  await openStep(page, "Their credential");
  await pickCredential(page, "QMHP", /^QMHP · .*Oregon/);
  await expect(page.getByText(/graduate degree in a mental-health field/)).toBeVisible();
  await page.getByRole("button", { name: "Add provider", exact: true }).click();
  await expect(page.getByLabel("Name", { exact: true })).toBeFocused();
  await expect(page.getByLabel("Name", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page, "the provider form with errors");
});

test("a provider saved on the server but answered 503 on the way back is added once when the parent saves again", async ({
  page,
  newParent,
}) => {
  const parent = await newParent({ familyName: "The Retry family" });
  const sam = {
    name: "Sam Okafor",
    title: "Skills trainer",
    credential: { search: "QMHA", option: /^QMHA ·/ },
    services: [/Skills training/],
    startOn: "2026-04-01",
  };
  const familyId = parent.family.id;
  await signInThroughUi(page, parent.email, parent.password);
  await page.request.post(`/api/v1/families/${familyId}/children`, { data: { name: "Ari" } });
  // The first save reaches the server and is done there, but the browser is told 503: what a
  // connection lost after the commit looks like. Later saves go through untouched.
  const keys: string[] = [];
  await page.route(`**/api/v1/families/${familyId}/providers`, async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    keys.push(route.request().headers()["idempotency-key"] ?? "");
    if (keys.length > 1) return route.continue();
    const done = await route.fetch();
    expect(done.status()).toBe(201);
    await route.fulfill({
      status: 503,
      contentType: "application/json",
      body: JSON.stringify({ error: { code: "database_unavailable", message: "unavailable" } }),
    });
  });

  await fillProviderForm(page, familyId, sam);
  await page.getByRole("button", { name: "Add provider", exact: true }).click();
  await expect(page.getByTestId("form-alert")).toBeVisible();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Sam Okafor");

  await page.getByRole("button", { name: "Add provider", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/families/${familyId}/care-team$`));
  expect(keys).toHaveLength(2);
  expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
  expect(keys[1]).toBe(keys[0]);
  const { providers } = (await (await page.request.get(`/api/v1/families/${familyId}/providers`)).json()) as {
    providers: { name: string }[];
  };
  expect(providers.filter((provider) => provider.name === "Sam Okafor")).toHaveLength(1);
  const { events } = (await (await page.request.get(`/api/v1/families/${familyId}/events`)).json()) as {
    events: { action: string }[];
  };
  expect(events.filter((event) => event.action === "provider.added")).toHaveLength(1);

  // Another provider with the very same details, saved on purpose, is a new change with a new key.
  await page.unrouteAll();
  await fillProviderForm(page, familyId, sam);
  await page.getByRole("button", { name: "Add provider", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/families/${familyId}/care-team$`));
  const again = (await (await page.request.get(`/api/v1/families/${familyId}/providers`)).json()) as {
    providers: { name: string }[];
  };
  expect(again.providers.filter((provider) => provider.name === "Sam Okafor")).toHaveLength(2);
});

test("the demo family's timeline shows a year of history on first start", async ({ page }) => {
  await signInThroughUi(page, "ana.rivera@demo.clarity.test", "clarity-demo-2026");
  await goToFamilySection(page, "Timeline");
  await expect(page.getByRole("heading", { level: 2, name: "Mateo" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "Family therapy" }).first()).toBeVisible();
  // The psychiatrist who left is a marker on the day she left, named by the title she gave.
  await expect(
    page.getByRole("button", {
      name: /^[A-Z][a-z]{2} \d{1,2}, \d{4}: Last day with Dr\. Priya Shah \(introduced as Psychiatrist\)$/,
    }),
  ).toBeVisible();
  // On a phone, the page does not scroll sideways and the periods table stays inside its card.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole("columnheader", { name: "When" }).first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(
    true,
  );
  for (const section of await page
    .locator("section")
    .filter({ has: page.locator("table") })
    .all()) {
    const [card, table] = [await section.boundingBox(), await section.locator("table").boundingBox()];
    expect(table!.x + table!.width).toBeLessThanOrEqual(card!.x + card!.width);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await goToFamilySection(page, "Care team");
  await expect(
    page.getByRole("article", { name: "Kayla Brooks" }).getByText(/not a clinical credential/),
  ).toBeVisible();
});

test("no crisis line where no safety plan is needed: a family whose only need is trauma", async ({
  page,
  newParent,
}) => {
  const parent = await newParent({ familyName: "The Calm family" });
  const familyId = parent.family.id;
  await signInThroughUi(page, parent.email, parent.password);
  const base = `/api/v1/families/${familyId}`;
  const child = await page.request.post(`${base}/children`, { data: { name: "Ari" } });
  expect(child.status()).toBe(201);
  const childId = ((await child.json()) as { child: { id: string } }).child.id;
  const need = await page.request.post(`${base}/children/${childId}/needs`, {
    data: { needId: "trauma", identifiedOn: "2026-01-05" },
  });
  expect(need.status()).toBe(201);

  await page.goto(`/families/${familyId}/gaps?on=2026-03-01`);
  await expect(page.locator("#service-trauma-treatment")).toContainText("Missing");
  await expect(page.locator("#service-safety-planning")).toHaveCount(0);
  await expect(page.getByTestId("crisis-line")).toHaveCount(0);
  await page.goto(`/families/${familyId}`);
  await expect(page.getByRole("heading", { name: "At a glance" })).toBeVisible();
  await expect(page.getByTestId("crisis-line")).toHaveCount(0);
});

import { randomUUID } from "node:crypto";
import { DEMO, DEMO_PASSWORD, expect, expectError, test } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { openedStreams, recordEventSources } from "./support/event-sources";
import { signInThroughUi } from "./support/ui";

type Row = {
  familyId: string;
  name: string;
  safetyGap: boolean;
  unread: number;
  longestMissing: { serviceId: string; days: number } | null;
};

test("the coach finds the family with the longest safety gap at the top, narrows the caseload, opens it and sets the next action", async ({
  page,
  newParent,
  signedIn,
}) => {
  test.setTimeout(120_000);
  const suffix = randomUUID().slice(0, 8);
  const parent = await newParent({ familyName: `The Ashby ${suffix} family` });
  const parentApi = await signedIn(parent.email, parent.password);
  const base = `/api/v1/families/${parent.family.id}`;
  const child = (await (await parentApi.post(`${base}/children`, { data: { name: `Robin ${suffix}` } })).json()) as {
    child: { id: string };
  };
  // Self-harm recorded years ago and nobody writing a safety plan: the longest safety gap there is.
  expect(
    (
      await parentApi.post(`${base}/children/${child.child.id}/needs`, {
        data: { needId: "self-harm", identifiedOn: "2019-06-01" },
      })
    ).status(),
  ).toBe(201);
  expect(
    (
      await parentApi.post(`${base}/messages`, {
        data: { clientMessageId: randomUUID(), body: "We need help this week." },
      })
    ).status(),
  ).toBe(201);

  await signInThroughUi(page, DEMO.coach, DEMO_PASSWORD);
  await page.goto("/caseload");
  const table = page.getByRole("table", { name: "Families on your caseload" });
  const firstRow = table.getByTestId("caseload-row").first();
  await expect(firstRow.getByRole("link")).toHaveText(`The Ashby ${suffix} family`);
  await expect(firstRow).toContainText("Safety gap");
  await expect(firstRow).toContainText(`Robin ${suffix}`);
  // Safety planning and the assessment have been missing equally long: either may be named.
  await expect(firstRow).toContainText(
    // Said as people say it, with the exact days for screen readers (one clock on every page).
    /(Crisis and safety planning|Comprehensive diagnostic assessment), \d+ (days|weeks|months|years) \(\d{1,3}(,\d{3})* days\)/,
  );
  await expectNoAxeViolations(page, "the caseload");

  // Search narrows to the family, by a child's name, and the address keeps it across a reload.
  await page.getByLabel("Search families and children").fill(`robin ${suffix}`);
  await expect(table.getByTestId("caseload-row")).toHaveCount(1);
  await expect(page.getByRole("status").filter({ hasText: "Showing" })).toHaveText(/Showing 1 family of 1/);
  await expect(page).toHaveURL(new RegExp(`q=robin`));
  await page.reload();
  await expect(page.getByLabel("Search families and children")).toHaveValue(`robin ${suffix}`);
  await expect(table.getByTestId("caseload-row")).toHaveCount(1);

  // Filters combine with the search; one that nothing matches says so and offers a way back.
  await page.getByLabel("Unread messages").check();
  await expect(table.getByTestId("caseload-row")).toHaveCount(1);
  await page.getByLabel("Archived families").check();
  await expect(page.getByRole("heading", { name: "No family matches" })).toBeVisible();
  await page.getByRole("button", { name: "Clear search and filters" }).click();
  await expect(page.getByLabel("Search families and children")).toHaveValue("");
  await expect(page.getByLabel("Unread messages")).not.toBeChecked();
  await expect(firstRow.getByRole("link")).toHaveText(`The Ashby ${suffix} family`);

  // On a phone the same ranking shows as cards.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(table).toBeHidden();
  const cards = page.getByRole("list", { name: "Families on your caseload" });
  await expect(cards.getByRole("listitem").first()).toContainText(`The Ashby ${suffix} family`);
  await expect(cards.getByRole("listitem").first()).toContainText("1 unread message");
  await expectNoAxeViolations(page, "the caseload on a phone");
  // There the sort and filters fold behind one button, which counts what is chosen; an address
  // that already chose something opens them.
  const choices = page.getByRole("button", { name: /^Sort and filter/ });
  await expect(page.getByLabel("Unread messages")).toBeHidden();
  await expect(choices).toHaveAttribute("aria-expanded", "false");
  await choices.click();
  await expect(choices).toHaveAttribute("aria-expanded", "true");
  await page.getByLabel("Unread messages").check();
  await expect(choices).toHaveText(/^Sort and filter \(1 on\)/);
  await expect(page).toHaveURL(/filter=unread/);
  await page.reload();
  await expect(page.getByLabel("Unread messages")).toBeChecked();
  await expect(choices).toHaveAttribute("aria-expanded", "true");
  await page.getByLabel("Unread messages").uncheck();
  await expect(choices).toHaveText(/^Sort and filter(?! \()/);
  await expect(cards.getByRole("listitem").first()).toContainText(`The Ashby ${suffix} family`);
  await cards.getByRole("link", { name: `The Ashby ${suffix} family` }).click();
  await expect(page).toHaveURL(new RegExp(`/families/${parent.family.id}$`));

  // The action the coach sets for the family becomes its next action on the caseload.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/families/${parent.family.id}/coach`);
  const actions = page.getByRole("region", { name: "Action items" });
  await actions.getByLabel("What to do").fill(`Call the school counselor about Robin ${suffix}`);
  await actions.getByLabel("Due date (optional)").fill("2099-12-01");
  await actions.getByRole("button", { name: "Add action item" }).click();
  await expect(actions.getByTestId("action-item").filter({ hasText: suffix })).toBeVisible();
  await page.goto("/caseload");
  await expect(firstRow).toContainText(`Call the school counselor about Robin ${suffix}`);
  await expect(firstRow).toContainText("due Dec 1, 2099");
  // The parent's own caseload answer stays closed, and their pages never show the action.
  await expectError(await parentApi.get("/api/v1/caseload"), 404, "not_found");
  expect(await (await parentApi.get(`${base}/actions`)).status()).toBe(404);
});

test("unread counts and the ranking move live, through one event stream for the whole caseload", async ({
  page,
  newParent,
  signedIn,
}) => {
  const suffix = randomUUID().slice(0, 8);
  await newParent({ familyName: `The Abbott ${suffix} family` });
  const zeller = await newParent({ familyName: `The Zeller ${suffix} family` });
  await recordEventSources(page);
  await signInThroughUi(page, DEMO.coach, DEMO_PASSWORD);
  await page.goto(`/caseload?q=${suffix}`);
  const rows = page.getByRole("table", { name: "Families on your caseload" }).getByTestId("caseload-row");
  await expect(rows).toHaveCount(2);
  // Nothing to tell them apart yet: by name.
  await expect(rows.first().getByRole("link")).toHaveText(`The Abbott ${suffix} family`);
  await expect(rows.nth(1).getByTestId("caseload-unread")).toHaveText("0");
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));

  const parentApi = await signedIn(zeller.email, zeller.password);
  const sent = await parentApi.post(`/api/v1/families/${zeller.family.id}/messages`, {
    data: { clientMessageId: randomUUID(), body: "Can we talk this week?" },
  });
  expect(sent.status()).toBe(201);
  // Well before the page's one-minute refresh: the stream said the family changed.
  await expect(rows.first().getByRole("link")).toHaveText(`The Zeller ${suffix} family`, { timeout: 15_000 });
  await expect(rows.first().getByTestId("caseload-unread")).toHaveText("1");
  await expect(rows.nth(1).getByTestId("caseload-unread")).toHaveText("0");
  // The same page, never reloaded, with one stream for everything.
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  expect(await openedStreams(page)).toEqual(["/api/v1/live"]);
});

test("the caseload shows the year's trend and the services missing most", async ({ page }) => {
  await signInThroughUi(page, DEMO.coach, DEMO_PASSWORD);
  await page.goto("/caseload");
  const trends = page.getByRole("region", { name: "Across your caseload" });
  await expect(
    trends.getByRole("img", { name: /Missing services across the caseload over the last 12 months/ }),
  ).toBeVisible();
  await expect(trends.getByTestId("most-missing").getByRole("listitem").first()).toContainText(
    /\d+ (child|children) in \d+ famil(y|ies)/,
  );
  await trends.getByText("The figures month by month").click();
  await expect(trends.getByRole("table").getByRole("row")).toHaveCount(13);
});

test.describe("GET /api/v1/caseload", () => {
  test("a coach gets ranked rows in the documented shape; safety gaps come first", async ({ signedIn }) => {
    const coach = await signedIn(DEMO.coach);
    const response = await coach.get("/api/v1/caseload?limit=200");
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { families: Row[]; nextCursor: string | null };
    expect(Object.keys(body)).toEqual(expect.arrayContaining(["families", "nextCursor"]));
    const rivera = body.families.find((row) => row.name === "The Rivera family")!;
    expect(Object.keys(rivera)).toEqual(
      expect.arrayContaining([
        "familyId",
        "name",
        "children",
        "missing",
        "mismatch",
        "unverified",
        "safetyGap",
        "longestMissing",
        "unread",
        "lastActivityAt",
        "newGaps30d",
        "nextAction",
      ]),
    );
    const firstWithout = body.families.findIndex((row) => !row.safetyGap);
    if (firstWithout >= 0) expect(body.families.slice(firstWithout).some((row) => row.safetyGap)).toBe(false);
    const trends = await coach.get("/api/v1/caseload/trends");
    expect(trends.status()).toBe(200);
    expect(((await trends.json()) as { months: unknown[] }).months).toHaveLength(12);
  });

  test("parents get 404, signed-out callers 401, and bad parameters 400 naming the field", async ({
    signedIn,
    newApi,
  }) => {
    const parent = await signedIn(DEMO.ana);
    await expectError(await parent.get("/api/v1/caseload"), 404, "not_found");
    await expectError(await parent.get("/api/v1/caseload/trends"), 404, "not_found");
    await expectError(await (await newApi()).get("/api/v1/caseload"), 401, "unauthenticated");
    const coach = await signedIn(DEMO.coach);
    const badSort = await expectError(await coach.get("/api/v1/caseload?sort=urgency"), 400, "validation_failed");
    expect(Object.keys(badSort.error.fields ?? {})).toEqual(["sort"]);
    const badCursor = await expectError(
      await coach.get("/api/v1/caseload?cursor=not-a-cursor"),
      400,
      "validation_failed",
    );
    expect(Object.keys(badCursor.error.fields ?? {})).toEqual(["cursor"]);
    await expectError(await coach.get("/api/v1/caseload?familyId=x"), 400, "validation_failed");
  });
});

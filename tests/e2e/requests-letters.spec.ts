import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { DEMO, DEMO_PASSWORD, expect, test } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { signInThroughUi, UUID_PATTERN } from "./support/ui";

/** Pages in a PDF as Chromium writes it: one "/Type /Page" object per page (the tree is "/Pages"). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/** A calendar date as the pages write it in English (calendarDate: medium, read at UTC midnight). */
const shown = (iso: string) =>
  new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));

// The server has no clock a test can move, so the letter is sent on a fixed day long past: the
// answer it waits for was due well before any day this test runs on, the way it will be once the
// due date has passed. The dates the pages show are the ones the API answered with.
const SENT_ON = "2025-01-06";

type Request = {
  id: string;
  letterId: string | null;
  askedOn: string;
  dueOn: string;
  overdue: boolean;
  status: string;
};

test("a parent asks for missing family therapy with a letter, marks it sent and sees it on the gap; once it is late the coach's caseload shows it overdue", async ({
  page,
  newParent,
  signedIn,
}) => {
  test.setTimeout(180_000);
  const suffix = randomUUID().slice(0, 8);
  const parent = await newParent({ familyName: `The Quill ${suffix} family` });
  const api = await signedIn(parent.email, parent.password);
  const base = `/api/v1/families/${parent.family.id}`;
  const { child } = (await (await api.post(`${base}/children`, { data: { name: `Wren ${suffix}` } })).json()) as {
    child: { id: string };
  };
  // Family therapy named in the discharge plan, and nobody providing it: a missing service.
  const marked = await api.post(`${base}/children/${child.id}/needed-services`, {
    data: { serviceId: "family-therapy", markedOn: "2024-11-04", reason: "Discharge plan" },
  });
  expect(marked.status(), await marked.text()).toBe(201);

  await signInThroughUi(page, parent.email, parent.password);
  await page.goto(`/families/${parent.family.id}/gaps`);
  const gap = page.locator("#service-family-therapy");
  await expect(gap).toContainText("Missing since");
  await expect(gap.getByTestId("gap-requests")).toHaveCount(0);

  // "Ask for it" starts a service-request letter for this child and this service.
  await gap.getByRole("link", { name: "Ask for it" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Write a letter" })).toBeVisible();
  await expect(page.getByText("About: Family therapy")).toBeVisible();
  await expect(page.getByText("not legal advice")).toBeVisible();
  await expect(page.getByLabel("Kind of letter")).toHaveValue("service-request");
  await expectNoAxeViolations(page, "the new letter page");
  await page.getByRole("button", { name: "Write the letter" }).click();
  // Nothing typed for the recipient: the server's refusal lands on the field.
  await expect(page.getByLabel("To (a person or an office)")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("To (a person or an office)").fill("Care coordinator");
  await page.getByLabel("Agency, organization or school").fill(`Riverbend Health Plan ${suffix}`);
  await page.getByRole("button", { name: "Write the letter" }).click();

  // The editor: the draft names the child and the service; an edit shows in the preview at once.
  await expect(page.getByRole("heading", { level: 1, name: "Your letter" })).toBeVisible();
  await expect(page).toHaveURL(/\/letters\/[0-9a-f-]{36}$/);
  const letterId = page.url().split("/").at(-1)!;
  const body = page.getByLabel("Letter", { exact: true });
  await expect(body).toHaveValue(new RegExp(`Wren ${suffix}`));
  await expect(body).toHaveValue(/family therapy/i);
  const preview = page.getByTestId("letter-preview");
  const added = `We can meet any weekday after 3 pm (${suffix}).`;
  await body.fill(`${await body.inputValue()}\n\n${added}`);
  await expect(preview).toContainText(added);
  await expect(page.getByText("You have changes that are not saved yet.")).toBeVisible();
  await expectNoAxeViolations(page, "the letter editor");

  // Download saves the edit first, then the browser saves a one-page PDF.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download PDF" }).click(),
  ]);
  const pdf = await readFile((await download.path())!);
  await test.info().attach("letter.pdf", { body: pdf, contentType: "application/pdf" });
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(pdfPageCount(pdf)).toBe(1);
  await expect(page.getByText("All changes saved.")).toBeVisible();
  const saved = (await (await api.get(`${base}/letters/${letterId}`)).json()) as { letter: { body: string } };
  expect(saved.letter.body).toContain(added);

  // Mark as sent on a fixed day: a request linked to the letter, with the date its answer is due.
  await page.getByLabel("Sent on").fill(SENT_ON);
  await page.getByRole("button", { name: "Mark as sent" }).click();
  const sent = page.getByRole("status").filter({ hasText: "Sent on" });
  await expect(sent).toBeVisible();
  const { requests } = (await (await api.get(`${base}/requests`)).json()) as { requests: Request[] };
  const request = requests.find((candidate) => candidate.letterId === letterId)!;
  expect(request).toBeDefined();
  expect(request.askedOn).toBe(SENT_ON);
  expect(request.dueOn > SENT_ON).toBe(true);
  await expect(sent).toContainText(`Sent on ${shown(SENT_ON)}. An answer is due by ${shown(request.dueOn)}.`);

  // What's missing counts the ask beside the gap; the answer is late by now.
  await page.goto(`/families/${parent.family.id}/gaps`);
  const asked = gap.getByTestId("gap-requests");
  await expect(asked).toContainText(`Asked once, on ${shown(SENT_ON)}`);
  await expect(asked).toContainText(`The answer was due by ${shown(request.dueOn)} and is late.`);

  // The Requests page puts it under Overdue; its thread takes an update.
  await page.goto(`/families/${parent.family.id}/requests`);
  const overdue = page.getByRole("region", { name: /Overdue/ });
  await expect(overdue.getByTestId("request")).toHaveCount(1);
  await expect(overdue).toContainText(`The answer was due by ${shown(request.dueOn)}`);
  await expectNoAxeViolations(page, "the requests page");
  await overdue.getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`/requests/${request.id}$`));
  await expect(page.getByRole("link", { name: "Open the letter" })).toHaveAttribute(
    "href",
    `/families/${parent.family.id}/letters/${letterId}`,
  );
  await page.getByLabel("What happened?").fill(`Called member services; they will call back (${suffix}).`);
  await page.getByRole("button", { name: "Add update" }).click();
  await expect(page.getByTestId("request-update")).toContainText(`they will call back (${suffix})`);
  await expectNoAxeViolations(page, "a request's thread");

  // The coach's caseload: the family's overdue request is there to act on.
  await page.context().clearCookies();
  await signInThroughUi(page, DEMO.coach, DEMO_PASSWORD);
  await page.goto(`/caseload?q=${encodeURIComponent(`quill ${suffix}`)}`);
  const row = page.getByRole("table", { name: "Families on your caseload" }).getByTestId("caseload-row");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("1 overdue request");
  // Filtered to families owed an answer: this family stays, the demo's Riveras (no requests) go.
  await page.goto("/caseload");
  await page.getByRole("checkbox", { name: "Overdue requests" }).check();
  const rows = page.getByRole("table", { name: "Families on your caseload" }).getByTestId("caseload-row");
  await expect(rows.filter({ hasText: suffix })).toHaveCount(1);
  await expect(rows.filter({ hasText: "The Rivera family" })).toHaveCount(0);
  // The family's home puts the late answer in the coach's "where to help first", linking to it.
  await page.goto(`/families/${parent.family.id}`);
  const first = page.getByRole("region", { name: "Where to help first" });
  const late = first.getByRole("listitem").filter({ hasText: /The answer from .+ is late/ });
  await expect(late).toHaveCount(1);
  await late.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/families/${parent.family.id}/requests/${UUID_PATTERN}$`));
});

test("a parent logs a call from a phone and follows it to an answer", async ({ page, newParent, signedIn }) => {
  test.setTimeout(120_000);
  const suffix = randomUUID().slice(0, 8);
  const parent = await newParent({ familyName: `The Moss ${suffix} family` });
  const api = await signedIn(parent.email, parent.password);
  const base = `/api/v1/families/${parent.family.id}`;
  expect((await api.post(`${base}/children`, { data: { name: `Ivy ${suffix}` } })).status()).toBe(201);

  await page.setViewportSize({ width: 390, height: 844 });
  await signInThroughUi(page, parent.email, parent.password);
  await page.goto(`/families/${parent.family.id}/requests`);
  await expect(page.getByRole("heading", { name: "No requests yet" })).toBeVisible();
  const form = page.getByRole("region", { name: "Log a call" });
  await expect(form.getByLabel("How")).toHaveValue("phone");
  await form.getByLabel("Who did you talk to?").fill("Ms. Alvarez");
  await form.getByLabel("Agency, organization or school").fill("Lincoln Middle School");
  await form.getByLabel("Kind of request").selectOption("school-evaluation");
  await form.getByLabel("What did you ask for?").fill(`A full evaluation for special education (${suffix}).`);
  await form.getByRole("button", { name: "Save request" }).click();
  await expect(form.getByRole("status")).toContainText("Saved. An answer is due by");
  const waiting = page.getByRole("region", { name: /Waiting for an answer/ });
  await expect(waiting.getByTestId("request")).toContainText(`A full evaluation for special education (${suffix}).`);
  await expect(waiting.getByTestId("request")).toContainText("Asked Ms. Alvarez, Lincoln Middle School by phone");
  // No date was given: the suggested one carries the rule it comes from.
  await expect(waiting.getByTestId("request")).toContainText(/Source: .+ \(checked /);
  await expectNoAxeViolations(page, "the requests page on a phone");

  await waiting.getByRole("link").first().click();
  await page.getByLabel("What happened?").fill("The school agreed to evaluate.");
  await page.getByLabel("Status").selectOption("granted");
  await page.getByRole("button", { name: "Add update" }).click();
  await expect(page.getByTestId("request-update")).toContainText("status: Granted");
  await page.getByRole("link", { name: "All requests" }).click();
  await expect(page.getByRole("region", { name: /Closed/ }).getByTestId("request")).toContainText("Granted");
});

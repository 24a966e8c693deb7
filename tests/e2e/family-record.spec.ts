import { randomUUID } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { DEMO, expect, expectError, test } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { signInThroughUi } from "./support/ui";

/** Pages in a PDF as Chromium writes it: one "/Type /Page" object per page (the tree is "/Pages"). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

const TWELVE = [
  "name,title,credential,agency,start date,license number,license state,contact,services",
  "Lee Park,Therapist,LCSW,Cedar Clinic Behavioral Health,2026-02-01,L-4471,OR,lee.park@cedar-clinic.example,individual-therapy;trauma-treatment",
  "Dr. Mira Okafor,Psychiatrist,psychiatrist,Willamette Child Psychiatry,2026-03-01,MD-99812,OR,503-555-0142,medication-management",
  "Dana Reyes,Therapist,QMHA,Cedar Clinic Behavioral Health,2026-02-15,,,503-555-0101,individual-therapy;skills-training",
  "Sam Ortiz,Skills trainer,skills-trainer,Cedar Clinic Behavioral Health,2026-04-01,,,503-555-0102,skills-training",
  "Pat Lin,Care coordinator,wraparound-coordinator,Multnomah Wraparound,2026-01-15,,,pat.lin@wrap.example,care-coordination",
  "Jo Kim,Family partner,peer-support,Multnomah Wraparound,2026-01-20,PS-1182,OR,503-555-0103,peer-family-support",
  "Alex Moore,Counselor,unknown,Lincoln Middle School,2026-03-10,,,alex.moore@school.example,individual-therapy",
  "Rae Chen,School psychologist,school-psychologist,Portland Public Schools,2026-02-20,SP-2231,OR,503-555-0104,school-supports",
  "Chris Vega,Behavior analyst,bcba,Bright Steps ABA,2026-05-01,BA-7781,OR,503-555-0105,behavior-plan",
  "Morgan Diaz,Behavior technician,rbt,Bright Steps ABA,2026-05-15,,,503-555-0106,behavior-plan",
  "Robin Shah,Family therapist,lmft,Riverside Family Therapy,2026-06-01,T-5520,OR,robin@riverside.example,family-therapy",
  "Terry Nash,Case manager,case-manager,County Health Department,2026-01-10,,,503-555-0107,care-coordination",
].join("\n");

async function familyWithTwelveProviders(api: APIRequestContext, familyId: string) {
  const child = await api.post(`/api/v1/families/${familyId}/children`, { data: { name: "Jordan", birthYear: 2014 } });
  expect(child.status()).toBe(201);
  const childId = ((await child.json()) as { child: { id: string } }).child.id;
  for (const needId of ["trauma", "self-harm", "aggression", "school-refusal"]) {
    const need = await api.post(`/api/v1/families/${familyId}/children/${childId}/needs`, {
      data: { needId, identifiedOn: "2026-01-05" },
    });
    expect(need.status()).toBe(201);
  }
  const preview = await api.post(`/api/v1/families/${familyId}/providers/import`, { data: { csv: TWELVE } });
  expect(preview.status(), await preview.text()).toBe(200);
  expect(((await preview.json()) as { preview: { ready: boolean } }).preview.ready).toBe(true);
  const imported = await api.post(`/api/v1/families/${familyId}/providers/import`, {
    data: { csv: TWELVE, confirm: true },
  });
  expect(imported.status(), await imported.text()).toBe(201);
  expect(((await imported.json()) as { imported: number }).imported).toBe(12);
  return childId;
}

test("the care-team summary of a child with 12 providers fits one page in print and in the server's PDF, in English and Spanish", async ({
  page,
  newParent,
  signedIn,
}) => {
  test.setTimeout(180_000);
  const parent = await newParent({ familyName: "Okafor-Reyes" });
  const familyId = parent.family.id;
  const api = await signedIn(parent.email, parent.password);
  const childId = await familyWithTwelveProviders(api, familyId);

  await signInThroughUi(page, parent.email, parent.password);
  await page.goto(`/families/${familyId}/summary`);
  await expect(page.getByRole("heading", { level: 1, name: "Care-team summary" })).toBeVisible();
  await expectNoAxeViolations(page, "the summaries page");
  await page.getByRole("link", { name: "Summary for Jordan" }).click();
  const sheet = page.getByRole("article", { name: "Care team of Jordan" });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByText("Prepared by the family", { exact: true })).toBeVisible();
  await expect(sheet.getByRole("heading", { name: "Care team (12)" })).toBeVisible();
  await expect(sheet.getByRole("rowheader", { name: /Dana Reyes/ })).toContainText("introduced as “Therapist”");
  await expect(sheet.getByRole("row", { name: /Dana Reyes/ })).toContainText("Not licensed");
  await expect(sheet.getByRole("row", { name: /Lee Park/ })).toContainText("Licensed");
  await expect(sheet.getByRole("row", { name: /Lee Park/ })).toContainText("No. L-4471 OR");
  // What is missing, from the gap engine: trauma treatment needs a model-trained clinician.
  await expect(sheet.getByRole("listitem").filter({ hasText: "Evidence-based trauma treatment" })).toContainText(
    "since Feb 1, 2026",
  );
  await expect(sheet.getByRole("heading", { name: "Questions still unanswered" })).toBeVisible();
  await expect(sheet.getByRole("listitem").filter({ hasText: "Dana Reyes (Therapist):" })).toContainText(
    "Are you a licensed clinician?",
  );
  await expectNoAxeViolations(page, "the care-team summary");

  // Keyboard: the actions are reachable in order from the back link.
  await page.getByRole("link", { name: "All summaries" }).focus();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Print" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Download PDF (US Letter)" })).toBeFocused();

  // The browser's own print: no navigation on paper, one page on Letter and on A4.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation").first()).toBeHidden();
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  for (const format of ["Letter", "A4"] as const) {
    const printed = await page.pdf({ format, printBackground: true });
    await test.info().attach(`browser-print-${format}.pdf`, { body: printed, contentType: "application/pdf" });
    expect(pdfPageCount(printed), `browser print on ${format}`).toBe(1);
  }
  await page.emulateMedia({ media: "screen" });

  // The server's PDF: the same page, one page on both papers, as an attachment never cached.
  for (const paper of ["letter", "a4"]) {
    const response = await api.get(`/api/v1/families/${familyId}/children/${childId}/summary/pdf?paper=${paper}`);
    expect(response.status(), await response.text()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect(response.headers()["content-disposition"]).toMatch(
      /^attachment; filename="care-team-\d{4}-\d{2}-\d{2}\.pdf"$/,
    );
    expect(response.headers()["cache-control"]).toContain("no-store");
    const pdf = await response.body();
    await test.info().attach(`server-${paper}.pdf`, { body: pdf, contentType: "application/pdf" });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdfPageCount(pdf), `server PDF on ${paper}`).toBe(1);
  }

  // In Spanish: the page and the PDF.
  const spanish = await api.get(`/api/v1/families/${familyId}/children/${childId}/summary/pdf?locale=es`);
  expect(spanish.status()).toBe(200);
  expect(pdfPageCount(await spanish.body())).toBe(1);
  await page.context().addCookies([{ name: "clarity-locale", value: "es", url: page.url() }]);
  await page.reload();
  await expect(page.getByRole("article", { name: "Equipo de atención de Jordan" })).toBeVisible();
  await expect(page.getByText("Preparado por la familia", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page, "the care-team summary in Spanish");

  // The family's coach can produce it too; an admin cannot see the family at all.
  const coach = await signedIn(DEMO.coach);
  const coachPdf = await coach.get(`/api/v1/families/${familyId}/children/${childId}/summary/pdf?paper=a4`);
  expect(coachPdf.status()).toBe(200);
  expect(pdfPageCount(await coachPdf.body())).toBe(1);
  await expectError(
    await (await signedIn(DEMO.admin)).get(`/api/v1/families/${familyId}/children/${childId}/summary/pdf`),
    404,
    "not_found",
  );
});

test("an import of 19.6 MB is read whole and loaded; one over 20 MB answers 413", async ({ newParent, signedIn }) => {
  test.setTimeout(180_000);
  const target = Math.round(19.6 * 1024 * 1024);
  const author = { id: randomUUID(), name: "Morgan Ellis", role: "coach" };
  const doc = (count: number, bodyLength: number) => ({
    format: "clarity.family-export",
    version: 1,
    exportedAt: new Date().toISOString(),
    family: { id: randomUUID(), name: "The Big Move family" },
    children: [],
    providers: [],
    events: [],
    messages: Array.from({ length: count }, (_, i) => ({
      id: randomUUID(),
      at: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
      author,
      body: `${i} ${"x".repeat(bodyLength)}`,
    })),
  });
  // 15,000 messages, each made long enough that the whole file is 19.6 MB.
  const sample = JSON.stringify(doc(15_000, 0)).length;
  const big = JSON.stringify(doc(15_000, Math.floor((target - sample) / 15_000)));
  expect(big.length).toBeGreaterThan(19.5 * 1024 * 1024);
  expect(big.length).toBeLessThan(20 * 1024 * 1024);

  const parent = await newParent({ familyName: "The Big Move family" });
  const api = await signedIn(parent.email, parent.password);
  const url = `/api/v1/families/${parent.family.id}/import`;
  const loaded = await api.post(url, { data: big, headers: { "content-type": "application/json" }, timeout: 120_000 });
  expect(loaded.status(), (await loaded.text()).slice(0, 300)).toBe(201);
  expect(((await loaded.json()) as { imported: { messages: number } }).imported.messages).toBe(15_000);

  const other = await newParent({ familyName: "The Bigger Move family" });
  const otherApi = await signedIn(other.email, other.password);
  const over = `${big.slice(0, -1)}${" ".repeat(1024 * 1024)}}`;
  await expectError(
    await otherApi.post(`/api/v1/families/${other.family.id}/import`, {
      data: over,
      headers: { "content-type": "application/json" },
    }),
    413,
    "payload_too_large",
  );
});

test("PDFs are shared fairly: a family asking for a dozen at once gets 429 for the rest, another family's is still made", async ({
  newParent,
  signedIn,
}) => {
  test.setTimeout(120_000);
  const make = async (name: string) => {
    const parent = await newParent({ familyName: name });
    const api = await signedIn(parent.email, parent.password);
    const child = await api.post(`/api/v1/families/${parent.family.id}/children`, { data: { name: "Riley" } });
    const childId = ((await child.json()) as { child: { id: string } }).child.id;
    return { api, url: `/api/v1/families/${parent.family.id}/children/${childId}/summary/pdf` };
  };
  const [busy, other] = await Promise.all([make("Busy PDF family"), make("Patient PDF family")]);
  // Chromium is started by a first render, so the race below is about turns, not start-up.
  expect((await busy.api.get(busy.url)).status()).toBe(200);

  const burst = Array.from({ length: 12 }, () => busy.api.get(busy.url));
  const theirs = other.api.get(other.url);
  const answers = await Promise.all(burst);
  const statuses = answers.map((answer) => answer.status());
  // One running and one waiting per user: the rest are told to come back, never a 503 or a 500.
  expect(
    statuses.every((status) => status === 200 || status === 429),
    statuses.join(","),
  ).toBe(true);
  expect(statuses.filter((status) => status === 429).length, statuses.join(",")).toBeGreaterThanOrEqual(6);
  for (const answer of answers.filter((candidate) => candidate.status() === 429)) {
    expect(Number(answer.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
    expect(((await answer.json()) as { error: { code: string } }).error.code).toBe("pdf_busy");
  }
  // The other family was not starved.
  const mine = await theirs;
  expect(mine.status(), await mine.text().catch(() => "")).toBe(200);
  expect((await mine.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
});

test("export: the family downloads its record as JSON and FHIR; the coach is refused, an admin gets 404", async ({
  page,
  newParent,
  signedIn,
}) => {
  test.setTimeout(120_000);
  const parent = await newParent({ familyName: "Export" });
  const familyId = parent.family.id;
  const api = await signedIn(parent.email, parent.password);
  await familyWithTwelveProviders(api, familyId);

  const json = await api.get(`/api/v1/families/${familyId}/export?format=json`);
  expect(json.status()).toBe(200);
  expect(json.headers()["content-disposition"]).toMatch(
    /^attachment; filename="clarity-family-record-\d{4}-\d{2}-\d{2}\.json"$/,
  );
  expect(json.headers()["cache-control"]).toContain("no-store");
  const record = (await json.json()) as { providers: unknown[]; children: { name: string }[] };
  expect(record.providers).toHaveLength(12);
  expect(record.children.map((child) => child.name)).toEqual(["Jordan"]);

  const fhir = await api.get(`/api/v1/families/${familyId}/export?format=fhir`);
  expect(fhir.status()).toBe(200);
  expect(fhir.headers()["content-type"]).toContain("application/fhir+json");
  expect(fhir.headers()["content-disposition"]).toContain("attachment");
  expect((await fhir.json()) as { resourceType: string; type: string }).toMatchObject({
    resourceType: "Bundle",
    type: "collection",
  });
  await expectError(await api.get(`/api/v1/families/${familyId}/export?format=xml`), 400, "validation_failed");

  await expectError(
    await (await signedIn(DEMO.coach)).get(`/api/v1/families/${familyId}/export?format=json`),
    403,
    "forbidden",
  );
  await expectError(
    await (await signedIn(DEMO.admin)).get(`/api/v1/families/${familyId}/export?format=json`),
    404,
    "not_found",
  );

  // The download buttons on the summaries page.
  await signInThroughUi(page, parent.email, parent.password);
  await page.goto(`/families/${familyId}/summary`);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download everything (JSON)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^clarity-family-record-\d{4}-\d{2}-\d{2}\.json$/);
});

test("CSV import through the page: problems by row number and nothing saved, then every row added at once", async ({
  page,
  newParent,
}) => {
  test.setTimeout(120_000);
  const parent = await newParent({ familyName: "Paper" });
  const familyId = parent.family.id;
  await signInThroughUi(page, parent.email, parent.password);
  const child = await page.request.post(`/api/v1/families/${familyId}/children`, { data: { name: "Ana" } });
  expect(child.status()).toBe(201);

  await page.goto(`/families/${familyId}/care-team`);
  await page.getByRole("link", { name: "Import from a list" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add providers from a list" })).toBeVisible();
  await expectNoAxeViolations(page, "the import page");

  const field = page.getByLabel("Or paste the list here");
  await field.fill(
    "name,title,credential,start date\nLee Park,Therapist,LCSW,2026-02-01\nDana Reyes,Skills trainer,QMHB,2026-02-30\n",
  );
  await page.getByRole("button", { name: "Check the list" }).click();
  await expect(page.getByRole("heading", { name: "2 problems to fix: nothing has been saved" })).toBeFocused();
  const problems = page.getByTestId("import-problems");
  await expect(problems).toContainText("Row 3, credential: “QMHB” is not a credential Clarity knows.");
  await expect(problems).toContainText("Row 3, start date: “2026-02-30” is not a date.");
  await expect(page.getByRole("button", { name: /^Add/ })).toHaveCount(0);
  await expectNoAxeViolations(page, "the import preview with problems");
  expect(
    ((await (await page.request.get(`/api/v1/families/${familyId}/providers`)).json()) as { providers: unknown[] })
      .providers,
  ).toEqual([]);

  await field.fill(
    "name,title,credential,start date\nLee Park,Therapist,LCSW,2026-02-01\nDana Reyes,Skills trainer,QMHA,2026-02-28\n",
  );
  await page.getByRole("button", { name: "Check the list" }).click();
  await expect(page.getByRole("heading", { name: "2 providers ready to add" })).toBeVisible();
  await expect(page.getByRole("row", { name: /Dana Reyes/ })).toContainText("QMHA");
  await page.getByRole("button", { name: "Add all 2 providers" }).click();
  await expect(page).toHaveURL(new RegExp(`/families/${familyId}/care-team$`));
  await expect(page.getByRole("heading", { level: 2, name: "Lee Park" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Dana Reyes" })).toBeVisible();
});

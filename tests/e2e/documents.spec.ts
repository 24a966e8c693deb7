import { createHash } from "node:crypto";
import fs from "node:fs";
import { DEMO, expect, test } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { signInThroughUi } from "./support/ui";
import { html, jpegWithGps, pdf } from "../support/document-fixtures";

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

test("a parent uploads a discharge plan, cites it on a need, attaches it to a message, and the coach downloads it", async ({
  page,
  browser,
  newParent,
  signedIn,
}) => {
  test.setTimeout(120_000);
  const parent = await newParent({ familyName: "Okafor" });
  const familyId = parent.family.id;
  const api = await signedIn(parent.email, parent.password);
  const child = await api.post(`/api/v1/families/${familyId}/children`, { data: { name: "Jordan", birthYear: 2014 } });
  const childId = ((await child.json()) as { child: { id: string } }).child.id;
  expect(
    (
      await api.post(`/api/v1/families/${familyId}/children/${childId}/needs`, {
        data: { needId: "trauma", identifiedOn: "2026-01-05" },
      })
    ).status(),
  ).toBe(201);

  // Upload from the Documents page.
  await signInThroughUi(page, parent.email, parent.password);
  await page.goto(`/families/${familyId}/documents`);
  await expect(page.getByRole("heading", { name: "No documents yet" })).toBeVisible();
  const plan = pdf();
  await page.getByTestId("document-file-input").setInputFiles({
    name: "discharge_plan.pdf",
    mimeType: "application/pdf",
    buffer: plan,
  });
  await expect(page.getByRole("region", { name: "Add a document" }).getByLabel("Title")).toHaveValue("discharge plan");
  const form = page.getByRole("region", { name: "Add a document" });
  await form.getByLabel("Title").fill("Discharge plan");
  await form.getByLabel("Kind of paper").selectOption("discharge-plan");
  await form.getByLabel("Date on the paper (optional)").fill("2026-01-03");
  await form.getByLabel("Jordan").check();
  await form.getByRole("button", { name: "Upload", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("“Discharge plan” was added.");
  const item = page.getByTestId("document").filter({ hasText: "Discharge plan" });
  await expect(item).toContainText("Dated Jan 3, 2026");
  await expect(item).toContainText("About Jordan");
  await expect(page.getByTestId("storage-used")).toContainText("of 500 MB used");

  // The preview draws the PDF's page (PDF.js; no plugin, no frame).
  await item.getByRole("button", { name: "Preview Discharge plan" }).click();
  const preview = page.getByTestId("document-preview");
  await expect(preview.getByRole("img", { name: "A page of Discharge plan" })).toBeVisible();
  // PDF.js draws after the canvas is shown: read its pixels once the page is finished.
  await expect(preview.locator("[data-drawn-page]")).toHaveAttribute("data-drawn-page", "1");
  const drawn = await preview.locator("canvas").evaluate((canvas: HTMLCanvasElement) => {
    const context = canvas.getContext("2d")!;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 128) dark++;
    return { width: canvas.width, dark };
  });
  expect(drawn.width).toBeGreaterThan(100);
  expect(drawn.dark).toBeGreaterThan(50); // the line of text was drawn
  await page.getByRole("button", { name: "Close" }).click();
  await expectNoAxeViolations(page, "the Documents page");

  // Cite it on the need.
  await page.goto(`/families/${familyId}/children`);
  await page.getByRole("button", { name: /^Cite a document for Trauma/ }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Document").selectOption({ label: "Discharge plan (Jan 3, 2026)" });
  await dialog.getByLabel("Page (optional)").fill("2");
  await dialog.getByLabel("What it says (optional)").fill("family therapy recommended");
  await dialog.getByRole("button", { name: "Add citation" }).click();
  const citation = page.getByTestId("citation");
  await expect(citation).toContainText("Discharge plan, Jan 3, 2026, p. 2");
  await expect(citation).toContainText("family therapy recommended");
  await citation.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/families/${familyId}/documents#document-`));
  await expect(page.getByTestId("document").filter({ hasText: "Discharge plan" })).toContainText(
    "Evidence for: Trauma or PTSD (Jordan)",
  );

  // Attach it to a message.
  await page.goto(`/families/${familyId}/messages`);
  await page.getByRole("button", { name: "Attach from Documents" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Discharge plan" }).click();
  await expect(page.getByTestId("composer-attachment")).toHaveText(/Discharge plan/);
  await page.getByRole("textbox", { name: "Message" }).fill("Here is the discharge plan from Riverside.");
  await page.getByRole("button", { name: "Send", exact: true }).click();
  const sent = page.getByTestId("message").filter({ hasText: "Here is the discharge plan from Riverside." });
  await expect(sent.getByTestId("message-attachment")).toContainText("Discharge plan");

  // The coach downloads it from the conversation: the same bytes, and the family sees it.
  const coachContext = await browser.newContext();
  const coachPage = await coachContext.newPage();
  await signInThroughUi(coachPage, DEMO.coach, "clarity-demo-2026");
  await coachPage.goto(`/families/${familyId}/messages`);
  const attachment = coachPage
    .getByTestId("message")
    .filter({ hasText: "Here is the discharge plan from Riverside." })
    .getByTestId("message-attachment");
  const [download] = await Promise.all([coachPage.waitForEvent("download"), attachment.click()]);
  expect(download.suggestedFilename()).toBe("discharge_plan.pdf");
  const bytes = fs.readFileSync((await download.path())!);
  expect(sha256(bytes)).toBe(sha256(plan));
  await coachContext.close();

  await page.goto(`/families/${familyId}/access`);
  await expect(page.getByTestId("access-entry").filter({ hasText: "downloaded one of your documents" })).toHaveCount(1);
});

test("a photo dropped on the page is kept without its location; a web page called .pdf is refused in plain words", async ({
  page,
  newParent,
}) => {
  const parent = await newParent({ familyName: "Nakamura" });
  const familyId = parent.family.id;
  await signInThroughUi(page, parent.email, parent.password);
  await page.goto(`/families/${familyId}/documents`);

  // Drag and drop: a DataTransfer carrying the photo, dropped on the zone.
  const photo = (await jpegWithGps(640, 480)).toString("base64");
  await page.getByTestId("document-drop-zone").evaluate((zone, base64) => {
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], "IMG_0042.JPG", { type: "image/jpeg" }));
    zone.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, photo);
  await expect(page.getByText("Selected: IMG_0042.JPG")).toBeVisible();
  const form = page.getByRole("region", { name: "Add a document" });
  await form.getByLabel("Title").fill("Letter from school");
  await form.getByLabel("Kind of paper").selectOption("letter");
  await form.getByRole("button", { name: "Upload", exact: true }).click();
  const item = page.getByTestId("document").filter({ hasText: "Letter from school" });
  await expect(item).toContainText("Photo");
  await item.getByRole("button", { name: "Preview Letter from school" }).click();
  const picture = page.getByTestId("document-preview").getByRole("img", { name: "Letter from school" });
  await expect(picture).toBeVisible();
  await expect.poll(() => picture.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(640);
  await page.getByRole("button", { name: "Close" }).click();

  // A refusal says why, in the page's language, and nothing is added.
  await page.getByTestId("document-file-input").setInputFiles({
    name: "plan.pdf",
    mimeType: "application/pdf",
    buffer: html(),
  });
  await form.getByLabel("Kind of paper").selectOption("other");
  await form.getByRole("button", { name: "Upload", exact: true }).click();
  await expect(page.getByTestId("form-alert")).toContainText("its content is another");
  await expect(page.getByTestId("document")).toHaveCount(1);
});

test("the Documents page in Spanish", async ({ page, newParent }) => {
  const parent = await newParent({ familyName: "Rivas" });
  await signInThroughUi(page, parent.email, parent.password);
  expect((await page.request.put("/api/v1/locale", { data: { locale: "es" } })).status()).toBe(200);
  await page.goto(`/families/${parent.family.id}/documents`);
  await expect(page.getByRole("heading", { name: "Documentos", level: 1 })).toBeVisible();
  await expect(page.getByText("Todavía no hay documentos")).toBeVisible();
  await expect(page.getByText("Tomar una foto")).toBeVisible();
});

test("bodies past the proxy's 10 MB arrive whole: a 15 MB upload and a 12 MB record import", async ({
  newParent,
  signedIn,
}) => {
  test.setTimeout(120_000);
  const parent = await newParent({ familyName: "Large files" });
  const api = await signedIn(parent.email, parent.password);
  const F = `/api/v1/families/${parent.family.id}`;

  // Exactly 15 MB of text: the limit itself, so any byte cut off changes the sha256.
  const line = Buffer.from("Progress note: attended, engaged, practiced the calm-down plan at home.\n");
  const text = Buffer.alloc(15 * 1024 * 1024);
  for (let at = 0; at < text.length; at += line.length) line.copy(text, at, 0, Math.min(line.length, text.length - at));
  const upload = await api.post(`${F}/documents`, {
    multipart: {
      title: "A year of notes",
      kind: "other",
      file: { name: "notes.txt", mimeType: "text/plain", buffer: text },
    },
  });
  expect(upload.status(), (await upload.text()).slice(0, 300)).toBe(201);
  const { document } = (await upload.json()) as { document: { size: number; sha256: string } };
  expect(document).toMatchObject({ size: text.length, sha256: sha256(text) });

  // An export with 12 MB of white space before its closing brace: cut at 10 MB it is not JSON.
  const exportDocument = JSON.stringify({
    format: "clarity.family-export",
    version: 1,
    exportedAt: "2026-11-01T00:00:00.000Z",
    family: { id: parent.family.id, name: "Large files" },
    children: [
      {
        id: "6f1c0a3e-2b7d-4c1a-9e5f-3d2b1a0c9e8f",
        name: "Kai",
        birthYear: 2016,
        createdAt: "2026-01-01T00:00:00.000Z",
        needs: [],
        neededServices: [],
      },
    ],
    providers: [],
    events: [],
    messages: [],
  });
  const padded = `${exportDocument.slice(0, -1)}${" ".repeat(12 * 1024 * 1024)}}`;
  const fresh = await newParent({ familyName: "Imported" });
  const importer = await signedIn(fresh.email, fresh.password);
  const loaded = await importer.post(`/api/v1/families/${fresh.family.id}/import`, {
    data: padded,
    headers: { "content-type": "application/json" },
  });
  expect(loaded.status(), (await loaded.text()).slice(0, 300)).toBe(201);
  expect(((await loaded.json()) as { imported: { children: number } }).imported.children).toBe(1);
});

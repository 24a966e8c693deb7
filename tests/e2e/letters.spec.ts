import { DEMO, expect, expectError, test } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { signInThroughUi } from "./support/ui";

/** Pages in a PDF as Chromium writes it: one "/Type /Page" object per page (the tree is "/Pages"). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

test("a letter is drafted from the record, edited, downloaded as one page; the meeting packet prints in at most four", async ({
  page,
  newParent,
  signedIn,
}) => {
  test.setTimeout(180_000);
  const parent = await newParent({ familyName: "Letters" });
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
  expect(
    (
      await api.post(`/api/v1/families/${familyId}/providers`, {
        data: {
          name: "Dana Reyes",
          statedTitle: "Therapist",
          credentialId: "qmha",
          childIds: [childId],
          servicesDelivered: ["family-therapy"],
          startOn: "2026-02-01",
        },
      })
    ).status(),
  ).toBe(201);

  // The contract, exactly: 201 { letter: { id, subject, body, template, locale } }.
  const created = await api.post(`/api/v1/families/${familyId}/letters`, {
    data: {
      template: "service-request",
      childId,
      serviceIds: ["family-therapy"],
      recipient: { name: "Intake desk", organization: "Trillium" },
      locale: "en",
    },
    headers: { "Idempotency-Key": `letter-${familyId}` },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { letter } = (await created.json()) as {
    letter: { id: string; subject: string; body: string; template: string; locale: string };
  };
  expect(letter).toMatchObject({
    template: "service-request",
    locale: "en",
    subject: "Request for family therapy for Jordan",
  });
  expect(letter.body).toContain("Dana Reyes (introduced as “Therapist”) provides it now.");
  expect(letter.body.endsWith("It is not legal advice.")).toBe(true);

  const edited = await api.patch(`/api/v1/families/${familyId}/letters/${letter.id}`, {
    data: { body: `${letter.body}\n\nP.S. Jordan's next meeting is in January.` },
  });
  expect(edited.status()).toBe(200);
  await expectError(
    await api.patch(`/api/v1/families/${familyId}/letters/${letter.id}`, { data: { template: "appeal" } }),
    400,
    "validation_failed",
  );

  const pdf = await api.get(`/api/v1/families/${familyId}/letters/${letter.id}/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["content-disposition"]).toMatch(
    /^attachment; filename="letter-service-request-\d{4}-\d{2}-\d{2}\.pdf"$/,
  );
  expect(pdfPageCount(await pdf.body())).toBe(1);

  const packet = await api.get(`/api/v1/families/${familyId}/children/${childId}/packet?on=2026-11-25&paper=a4`);
  expect(packet.status(), await packet.text()).toBe(200);
  const pages = pdfPageCount(await packet.body());
  expect(pages).toBeGreaterThanOrEqual(3);
  expect(pages).toBeLessThanOrEqual(4);
  await expectError(
    await (await signedIn(DEMO.admin)).get(`/api/v1/families/${familyId}/children/${childId}/packet`),
    404,
    "not_found",
  );

  // The packet page prints from the browser in at most four pages, and reads with a keyboard.
  await signInThroughUi(page, parent.email, parent.password);
  await page.goto(`/families/${familyId}/summary/${childId}/packet?on=2026-11-25`);
  await expect(page.getByRole("heading", { name: "Meeting packet: Jordan" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Requests still open" })).toBeVisible();
  await expectNoAxeViolations(page, "the meeting packet");
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await test
      .info()
      .attach(`packet-${width}.png`, { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
  }
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  const printed = pdfPageCount(await page.pdf({ format: "Letter", printBackground: true }));
  expect(printed).toBeGreaterThanOrEqual(3);
  expect(printed).toBeLessThanOrEqual(4);
});

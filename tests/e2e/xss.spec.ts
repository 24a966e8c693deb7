import { randomUUID } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, expect, expectSignInOk, test } from "./support/accounts";

/**
 * Script-shaped text typed into every free-text field must come back as text: no dialog, no
 * `on*` attribute and no `javascript:` (or HTML `data:`) URL anywhere in the DOM. The CSP would
 * block most of these from running anyway, which is why the DOM itself is checked, not only the
 * dialogs: the rendering must be inert without the CSP's help.
 */
const PAYLOADS = [
  `<script>alert("x1")</script>`,
  `<img src=x onerror=alert("x2")>`,
  `<svg onload=alert("x3")>`,
  `javascript:alert("x4")`,
  `[click me](javascript:alert("x5"))`,
  `<a href="javascript:alert('x6')">x6</a>`,
  `"><img src=x onerror=alert("x7")>`,
  `'><svg/onload=alert("x8")>`,
  `<iframe src="javascript:alert('x9')"></iframe>`,
  `<details open ontoggle=alert("x10")>`,
  `jAvAsCrIpT:alert("x11")`,
  `&lt;img src=x onerror=alert("x12")&gt;`,
  `<math><mtext><table><mglyph><style><img src=x onerror=alert("x13")>`,
  `https://example.org/"onmouseover="alert('x14')`,
  `<body onload=alert("x15")>`,
  `{{constructor.constructor('alert("x16")')()}}`,
  `\u202E<img src=x onerror=alert("x17")>`,
  `data:text/html,<script>alert("x18")</script>`,
  `<a href="&#106;avascript:alert('x19')">x19</a>`,
  `<form action="javascript:alert('x20')"><button>x20</button></form>`,
  `<style>@import 'javascript:alert("x21")';</style>`,
  `<object data="javascript:alert('x22')"></object>`,
  `[x23](  javascript:alert("x23"))`,
  `https://example.org/?q=<script>alert("x24")</script>`,
];

async function ok<T>(response: Promise<import("@playwright/test").APIResponse>): Promise<T> {
  const answer = await response;
  const text = await answer.text();
  expect([200, 201], `${answer.url()} answered ${text}`).toContain(answer.status());
  return JSON.parse(text) as T;
}

/** Everything in the live DOM that could run script. */
/** A payload is stored (counted) or refused as invalid text (also safe); anything else fails. */
async function stored(response: Promise<import("@playwright/test").APIResponse>): Promise<number> {
  const answer = await response;
  const text = await answer.text();
  if (answer.status() === 400) {
    expect(JSON.parse(text), text).toMatchObject({ error: { code: "validation_failed" } });
    return 0;
  }
  expect([200, 201], `${answer.url()} answered ${text}`).toContain(answer.status());
  return 1;
}

async function activeContent(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of Array.from(document.querySelectorAll("*"))) {
      for (const attribute of Array.from(element.attributes)) {
        const name = attribute.name.toLowerCase();
        const value = attribute.value.replace(/[\u0000-\u0020]/g, "").toLowerCase();
        if (name.startsWith("on")) found.push(`<${element.tagName.toLowerCase()} ${name}>`);
        if (
          ["href", "src", "action", "formaction", "data", "xlink:href"].includes(name) &&
          (value.startsWith("javascript:") || value.startsWith("data:text/html"))
        ) {
          found.push(`<${element.tagName.toLowerCase()} ${name}="${attribute.value}">`);
        }
      }
      if (["IFRAME", "OBJECT", "EMBED"].includes(element.tagName)) found.push(`<${element.tagName.toLowerCase()}>`);
    }
    return found;
  });
}

test("every free-text field renders the XSS corpus inert", async ({ page, newParent, signedIn }) => {
  test.setTimeout(240_000);
  const coach = await signedIn(DEMO.coach);
  const parent = await newParent({ familyName: PAYLOADS[6]!.slice(0, 80), invitedBy: coach });
  const familyId = parent.family.id;
  const F = `/api/v1/families/${familyId}`;
  const parentApi: APIRequestContext = await signedIn(parent.email, parent.password);
  let fields = 0;

  const child = await ok<{ child: { id: string } }>(parentApi.post(`${F}/children`, { data: { name: "Jordan" } }));
  for (const [index, payload] of PAYLOADS.entries()) {
    // Names refuse invisible control characters (U+202E): those fields get the payload without it.
    const short = payload.replace(/\u202E/g, "").slice(0, 100);
    // A child per payload, with the payload as its name and in its need's note and its needed service's reason.
    const named = await ok<{ child: { id: string } }>(parentApi.post(`${F}/children`, { data: { name: short } }));
    fields += 1;
    fields += await stored(
      parentApi.post(`${F}/children/${named.child.id}/needs`, {
        data: { needId: "trauma", identifiedOn: "2026-01-05", note: payload },
      }),
    );
    fields += await stored(
      coach.post(`${F}/children/${named.child.id}/needed-services`, {
        data: { serviceId: "respite", markedOn: "2026-01-01", reason: payload },
      }),
    );
    fields +=
      6 *
      (await stored(
        parentApi.post(`${F}/providers`, {
          data: {
            name: short,
            statedTitle: short,
            credentialId: "qmha",
            childIds: [child.child.id],
            servicesDelivered: ["individual-therapy"],
            startOn: "2026-02-01",
            agency: payload,
            contact: payload,
            licenseNumber: `L${index}`,
            notes: payload,
            answers: { licensed: { answer: payload, askedOn: "2026-02-03" } },
          },
        }),
      ));
    // A document titled with the payload, cited with it as the quote, and carried by the message.
    const upload = await parentApi.post(`${F}/documents`, {
      multipart: {
        title: short,
        kind: "letter",
        file: { name: "letter.txt", mimeType: "text/plain", buffer: Buffer.from(`Letter ${index}\n`) },
      },
    });
    const documentIds: string[] = [];
    if ((await stored(Promise.resolve(upload))) === 1) {
      fields += 1;
      documentIds.push(((await upload.json()) as { document: { id: string } }).document.id);
      fields += await stored(
        parentApi.post(`${F}/citations`, {
          data: {
            documentId: documentIds[0],
            subjectType: "gap",
            subjectId: `${named.child.id}:respite`,
            quote: payload,
          },
        }),
      );
    }
    fields += await stored(
      parentApi.post(`${F}/messages`, { data: { clientMessageId: randomUUID(), body: payload, documentIds } }),
    );
    fields += await stored(coach.post(`${F}/notes`, { data: { body: payload } }));
    fields += await stored(coach.post(`${F}/actions`, { data: { title: short } }));
  }
  // Tags are short: the payloads that fit.
  const tags = PAYLOADS.filter((payload) => payload.length <= 40).slice(0, 10);
  await ok(coach.put(`${F}/tags`, { data: { tags } }));
  fields += tags.length + 1;
  const { providers } = await ok<{ providers: { id: string }[] }>(parentApi.get(`${F}/providers`));

  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const visit = async (path: string) => {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await page.waitForLoadState("networkidle");
    // Hover and focus everything that could carry a handler, as a person would.
    await page.mouse.move(200, 300);
    expect(await activeContent(page), `active content on ${path}`).toEqual([]);
  };

  const pages = [
    "",
    "/care-team",
    `/care-team/${providers[0]!.id}`,
    `/care-team/${providers.at(-1)!.id}`,
    "/children",
    "/documents",
    "/gaps",
    "/timeline",
    "/history",
    "/messages",
    "/access",
  ];
  await expectSignInOk(page.request, parent.email, parent.password);
  for (const path of pages) await visit(`/families/${familyId}${path}`);
  await page.context().clearCookies();
  await expectSignInOk(page.request, DEMO.coach, DEMO_PASSWORD);
  for (const path of [...pages, "/coach"]) await visit(`/families/${familyId}${path}`);
  await visit(`/caseload?q=${encodeURIComponent(parent.family.name.slice(0, 20))}`);
  await visit("/caseload");

  expect(dialogs).toEqual([]);
  // The payloads are there, as text (so the check above looked at them).
  await page.goto(`/families/${familyId}/messages`);
  await expect(page.getByText(PAYLOADS[1]!, { exact: true }).first()).toBeVisible();
  console.info(`[xss] ${PAYLOADS.length} payloads through ${fields} fields, ${pages.length * 2 + 3} pages checked`);
});

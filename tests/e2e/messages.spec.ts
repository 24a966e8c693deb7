import { randomUUID } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, expect, expectError, test } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { dropNewestStream, openedStreams, recordEventSources } from "./support/event-sources";
import { formAlert, signInThroughUi, signOutThroughUi } from "./support/ui";

async function signedInPage(browser: Browser, email: string, password: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInThroughUi(page, email, password);
  return page;
}

const composer = (page: Page) => page.getByRole("textbox", { name: "Message" });
const messageItems = (page: Page) => page.getByTestId("message");

test("a parent and the coach exchange messages live; the unread badge appears and clears; axe finds nothing", async ({
  browser,
  newParent,
}) => {
  test.setTimeout(120_000);
  const parent = await newParent({ familyName: `Messaging family ${randomUUID().slice(0, 6)}` });
  const familyId = parent.family.id;
  const coachPage = await signedInPage(browser, DEMO.coach, DEMO_PASSWORD);
  const parentPage = await signedInPage(browser, parent.email, parent.password);

  await coachPage.goto(`/families/${familyId}/messages`);
  await expect(coachPage.getByRole("heading", { level: 1, name: /Messages/ })).toBeVisible();
  await expect(coachPage.getByText("No messages yet. Write the first one below.")).toBeVisible();
  await expect(coachPage.getByTestId("stream-state")).toHaveAttribute("data-state", "live");
  await expectNoAxeViolations(coachPage, "an empty conversation");

  // The parent waits on the family home; the coach writes (Enter sends).
  await parentPage.goto(`/families/${familyId}`);
  const nav = parentPage.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Messages", exact: true })).toBeVisible();
  await composer(coachPage).fill("Hello from your coach <b>not bold</b> https://example.org/guide");
  await composer(coachPage).press("Enter");
  await expect(messageItems(coachPage)).toHaveCount(1);
  await expect(coachPage.getByTestId("message-status")).toHaveText("Sent");
  await expect(composer(coachPage)).toHaveValue("");
  const external = messageItems(coachPage).getByRole("link", { name: "https://example.org/guide" });
  await expect(external).toHaveAttribute("target", "_blank");
  await expect(external).toHaveAttribute("rel", "noopener noreferrer nofollow");
  await expect(messageItems(coachPage).locator("b")).toHaveCount(0);
  await expect(messageItems(coachPage)).toContainText("<b>not bold</b>");

  // The badge shows up on the parent's navigation (polled), and clears once the conversation is open.
  await expect(nav.getByTestId("unread-badge")).toBeVisible({ timeout: 25_000 });
  await expect(nav.getByTestId("unread-badge")).toContainText("1");
  await nav.getByRole("link", { name: /Messages/ }).click();
  await expect(parentPage).toHaveURL(new RegExp(`/families/${familyId}/messages$`));
  await expect(messageItems(parentPage)).toHaveCount(1);
  await expect(messageItems(parentPage)).toContainText("Hello from your coach");
  await expect(nav.getByTestId("unread-badge")).toHaveCount(0);
  // The coach's page learns it was seen.
  await expect(coachPage.getByTestId("message-status")).toHaveText(`Seen by ${parent.name}`);

  // The parent replies on two lines (Shift+Enter); the coach sees it without reloading.
  await expect(parentPage.getByTestId("stream-state")).toHaveAttribute("data-state", "live");
  await composer(parentPage).fill("Thank you!");
  await composer(parentPage).press("Shift+Enter");
  await composer(parentPage).pressSequentially("See /articles/what-a-bcba-does");
  await composer(parentPage).press("Enter");
  await expect(messageItems(coachPage)).toHaveCount(2, { timeout: 3_000 });
  const reply = messageItems(coachPage).nth(1);
  await expect(reply).toContainText("Thank you!");
  await expect(reply.getByRole("link", { name: /Guidance article/ })).toHaveAttribute(
    "href",
    "/articles/what-a-bcba-does",
  );
  expect(await reply.locator("p.whitespace-pre-wrap").first().innerText()).toContain("Thank you!\nSee");
  await expect(coachPage.getByTestId("message-announcer")).toContainText(`New message from ${parent.name}`);
  await expect(messageItems(parentPage)).toHaveCount(2);
  await expectNoAxeViolations(parentPage, "a conversation with messages (parent)");
  await expectNoAxeViolations(coachPage, "a conversation with messages (coach)");

  // Enter-to-send can be turned off; the choice is remembered.
  await parentPage.getByRole("checkbox", { name: "Enter sends" }).uncheck();
  await composer(parentPage).fill("first line");
  await composer(parentPage).press("Enter");
  await expect(composer(parentPage)).toHaveValue("first line\n");
  await parentPage.reload();
  await expect(parentPage.getByRole("checkbox", { name: "Enter sends" })).not.toBeChecked();
  await composer(parentPage).fill("sent with ctrl");
  await composer(parentPage).press("Control+Enter");
  await expect(messageItems(coachPage)).toHaveCount(3, { timeout: 3_000 });

  await coachPage.context().close();
  await parentPage.context().close();
});

test("a failed send keeps its text, says so, and a retry delivers it exactly once", async ({
  browser,
  newParent,
  signedIn,
}) => {
  const parent = await newParent();
  const page = await signedInPage(browser, parent.email, parent.password);
  await page.goto(`/families/${parent.family.id}/messages`);
  await expect(page.getByTestId("stream-state")).toHaveAttribute("data-state", "live");

  // The network drops every send for now.
  let refused = 0;
  await page.route(`**/api/v1/families/${parent.family.id}/messages`, async (route) => {
    if (route.request().method() !== "POST") return route.fallback();
    refused += 1;
    await route.abort("internetdisconnected");
  });
  await composer(page).fill("Please keep this text");
  await composer(page).press("Enter");
  const pending = page.getByTestId("pending-message");
  await expect(pending).toHaveAttribute("data-status", "failed", { timeout: 10_000 });
  await expect(pending).toContainText("Please keep this text");
  await expect(pending.getByRole("alert")).toContainText("Not sent");
  expect(refused).toBe(3); // the first try and two automatic retries, all with the same id
  await expect(messageItems(page)).toHaveCount(0);

  // Retry by keyboard: it follows the announcement in the tab order.
  await page.unroute(`**/api/v1/families/${parent.family.id}/messages`);
  await pending.getByRole("button", { name: "Retry" }).focus();
  await page.keyboard.press("Enter");
  await expect(pending).toHaveCount(0);
  await expect(messageItems(page)).toHaveCount(1);
  await expect(page.getByTestId("message-status")).toHaveText("Sent");

  const coach = await signedIn(DEMO.coach);
  const list = await coach.get(`/api/v1/families/${parent.family.id}/messages`);
  const { messages } = (await list.json()) as { messages: { body: string }[] };
  expect(messages.filter((message) => message.body === "Please keep this text")).toHaveLength(1);
  await page.context().close();
});

test("a reopened stream resumes after what it received, not after one's own send, so a message sent just before it is not skipped", async ({
  browser,
  newParent,
  signedIn,
}) => {
  const parent = await newParent();
  const familyId = parent.family.id;
  const coach = await signedIn(DEMO.coach);
  const post = async (body: string) =>
    expect(
      (
        await coach.post(`/api/v1/families/${familyId}/messages`, { data: { clientMessageId: randomUUID(), body } })
      ).status(),
    ).toBe(201);
  await post("Before the page");
  const page = await signedInPage(browser, parent.email, parent.password);
  await recordEventSources(page);
  await page.goto(`/families/${familyId}/messages`);
  await expect(messageItems(page)).toHaveCount(1);
  await expect(page.getByTestId("stream-state")).toHaveAttribute("data-state", "live");

  // The pages cannot be fetched for now (so polling does not fill the gap), and the stream drops.
  const pages = `**/api/v1/families/${familyId}/messages?**`;
  await page.route(pages, (route) =>
    route.request().method() === "GET" ? route.abort("internetdisconnected") : route.fallback(),
  );
  await dropNewestStream(page);
  await expect(page.getByTestId("stream-state")).toHaveAttribute("data-state", "polling");
  // The coach writes, then the parent: the parent's own message is the newest one the page knows.
  await post("From the coach while the stream was down");
  await composer(page).fill("From the parent");
  await composer(page).press("Enter");
  await expect(messageItems(page)).toHaveCount(2);
  await expect(page.getByTestId("stream-state")).toHaveAttribute("data-state", "live", { timeout: 15_000 });
  await page.unroute(pages);
  await expect(messageItems(page)).toHaveCount(3, { timeout: 5_000 });
  await expect(messageItems(page).nth(1)).toContainText("From the coach while the stream was down");
  await page.context().close();
});

test("the Messages page opens one event stream, the user's own, and the conversation comes through it", async ({
  browser,
  newParent,
  signedIn,
}) => {
  const parent = await newParent();
  const familyId = parent.family.id;
  const page = await signedInPage(browser, parent.email, parent.password);
  await recordEventSources(page);
  await page.goto(`/families/${familyId}/messages`);
  await expect(page.getByTestId("stream-state")).toHaveAttribute("data-state", "live");
  const coach = await signedIn(DEMO.coach);
  const sent = await coach.post(`/api/v1/families/${familyId}/messages`, {
    data: { clientMessageId: randomUUID(), body: "Through the one stream" },
  });
  expect(sent.status()).toBe(201);
  await expect(messageItems(page)).toHaveCount(1, { timeout: 3_000 });
  await expect(messageItems(page)).toContainText("Through the one stream");
  // One stream for the whole tab (the badges follow it too), and it carries this conversation.
  expect(await openedStreams(page)).toEqual([`/api/v1/live?conversation=${familyId}`]);
  await page.context().close();
});

test("older messages load when scrolling up, without gaps or repeats", async ({ browser, newParent, signedIn }) => {
  const parent = await newParent();
  const coach = await signedIn(DEMO.coach);
  for (let i = 1; i <= 45; i++) {
    const response = await coach.post(`/api/v1/families/${parent.family.id}/messages`, {
      data: { clientMessageId: randomUUID(), body: `Numbered ${i}` },
    });
    expect(response.status()).toBe(201);
  }
  const page = await signedInPage(browser, parent.email, parent.password);
  // Older pages the person scrolls to are their own requests, not the page's background ones.
  const olderRequests: (string | undefined)[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/messages?") && request.url().includes("before="))
      olderRequests.push(request.headers()["x-clarity-background"]);
  });
  await page.goto(`/families/${parent.family.id}/messages`);
  await expect(messageItems(page)).toHaveCount(30);
  await expect(messageItems(page).last()).toContainText("Numbered 45");
  await page.getByRole("region", { name: "Message history" }).evaluate((element) => (element.scrollTop = 0));
  await expect(messageItems(page)).toHaveCount(45);
  const texts = await messageItems(page).allInnerTexts();
  expect(texts.map((text) => /Numbered (\d+)/.exec(text)?.[1])).toEqual(
    Array.from({ length: 45 }, (_, i) => String(i + 1)),
  );
  expect(olderRequests.length).toBeGreaterThan(0);
  expect(olderRequests[0]).toBeUndefined();
  await page.context().close();
});

test("the character counter is announced when the text nears or passes the limit, not at every keystroke", async ({
  browser,
  newParent,
}) => {
  const parent = await newParent();
  const page = await signedInPage(browser, parent.email, parent.password);
  await page.goto(`/families/${parent.family.id}/messages`);
  const announcer = page.getByTestId("composer-limit-announcer");
  await composer(page).fill("x".repeat(9_600));
  await expect(page.getByTestId("composer-count")).toHaveText("9600 of 10000 characters");
  await expect(announcer).toHaveText("Close to the limit of 10,000 characters.");
  await composer(page).pressSequentially("yz");
  await expect(page.getByTestId("composer-count")).toHaveText("9602 of 10000 characters");
  await expect(announcer).toHaveText("Close to the limit of 10,000 characters.");
  await expect(announcer).toHaveAttribute("aria-live", "polite");
  await expect(page.getByTestId("composer-count")).not.toHaveAttribute("aria-live");
  await composer(page).fill("x".repeat(10_001));
  await expect(announcer).toHaveText("Over the limit of 10,000 characters. Shorten the message to send it.");
  await expect(page.getByRole("button", { name: "Send", exact: true })).toBeDisabled();
  await page.context().close();
});

test("a stream ended by the session's end says so", async ({ browser, newParent }) => {
  test.setTimeout(60_000);
  const parent = await newParent();
  const page = await signedInPage(browser, parent.email, parent.password);
  await page.goto(`/families/${parent.family.id}/messages`);
  await expect(page.getByTestId("stream-state")).toHaveAttribute("data-state", "live");
  // Signing out in another tab ends the session; the stream notices at its next heartbeat (15 s).
  const other = await page.context().newPage();
  await other.goto(`/families/${parent.family.id}`);
  await signOutThroughUi(other);
  await expect(formAlert(page)).toHaveText("Your session has ended. Sign in again to keep receiving messages.", {
    timeout: 25_000,
  });
  await expect(page.getByTestId("stream-state")).toHaveAttribute("data-state", "ended");
  await page.context().close();
});

test.describe("messages API", () => {
  test("outsiders get 404 on every messaging route; too long is 422 and writes nothing", async ({
    newParent,
    signedIn,
    newApi,
  }) => {
    const parent = await newParent();
    const familyId = parent.family.id;
    const other = await signedIn(DEMO.linh);
    const admin = await signedIn(DEMO.admin);
    const member = await newApi();
    await member.post("/api/auth/callback/credentials", {
      form: {
        email: parent.email,
        password: parent.password,
        csrfToken: ((await (await member.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken,
        json: "true",
      },
    });
    const sent = await member.post(`/api/v1/families/${familyId}/messages`, {
      data: { clientMessageId: randomUUID(), body: "Hi" },
    });
    expect(sent.status(), await sent.text()).toBe(201);
    const { message } = (await sent.json()) as { message: { id: string } };

    for (const outsider of [other, admin]) {
      await expectError(await outsider.get(`/api/v1/families/${familyId}/messages`), 404, "not_found");
      await expectError(
        await outsider.post(`/api/v1/families/${familyId}/messages`, {
          data: { clientMessageId: randomUUID(), body: "x" },
        }),
        404,
        "not_found",
      );
      await expectError(
        await outsider.post(`/api/v1/families/${familyId}/messages/read`, { data: { upTo: message.id } }),
        404,
        "not_found",
      );
      await expectError(await outsider.get(`/api/v1/families/${familyId}/messages/stream`), 404, "not_found");
    }
    const anonymous = await newApi();
    await expectError(await anonymous.get(`/api/v1/families/${familyId}/messages/stream`), 401, "unauthenticated");
    await expectError(await anonymous.get("/api/v1/unread"), 401, "unauthenticated");

    const tooLong = await member.post(`/api/v1/families/${familyId}/messages`, {
      data: { clientMessageId: randomUUID(), body: "x".repeat(10_001) },
    });
    const body = await expectError(tooLong, 422, "message_too_long");
    expect(body.error.fields?.body).toContain("10,000");
    const list = (await (await member.get(`/api/v1/families/${familyId}/messages`)).json()) as {
      messages: unknown[];
      nextCursor: string | null;
    };
    expect(list.messages).toHaveLength(1);
    expect(list.nextCursor).toBeNull();
  });
});

test("the outgoing-email page is for admins only", async ({ browser }) => {
  const admin = await signedInPage(browser, DEMO.admin, DEMO_PASSWORD);
  await admin.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Mailbox" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Outgoing email" })).toBeVisible();
  await expectNoAxeViolations(admin, "the outgoing-email page");
  await admin.context().close();

  for (const email of [DEMO.coach, DEMO.ana]) {
    const page = await signedInPage(browser, email, DEMO_PASSWORD);
    const response = await page.goto("/admin/mailbox");
    expect(response?.status(), `the mailbox for ${email}`).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await page.context().close();
  }
});

test("the conversation page is the 404 page for a parent of another family", async ({ browser, newParent }) => {
  const parent = await newParent();
  const outsider = await signedInPage(browser, DEMO.linh, DEMO_PASSWORD);
  const response = await outsider.goto(`/families/${parent.family.id}/messages`);
  expect(response?.status()).toBe(404);
  await expect(outsider.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await outsider.context().close();
});

import { randomUUID } from "node:crypto";
import { DEMO, DEMO_PASSWORD, expect, test, uniqueEmail } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { signInThroughUi } from "./support/ui";

// One story, in order: the coach suggests, a parent approves, the new member joins, the family sees it.
test.describe.configure({ mode: "serial" });

const familyName = `The Membership family ${randomUUID().slice(0, 6)}`;
const joiner = { name: "Sam Example", email: uniqueEmail("joiner"), password: "a long family passphrase" };
let family = { id: "", parentEmail: "", parentPassword: "" };
let link = "";

test("the family's coach can only suggest a co-parent: no link exists until a parent approves", async ({
  page,
  newParent,
  signedIn,
}) => {
  const parent = await newParent({ familyName });
  family = { id: parent.family.id, parentEmail: parent.email, parentPassword: parent.password };

  // Through the API, the coach's invite into the family is a suggestion: 202 and no token.
  const coachApi = await signedIn(DEMO.coach);
  const answer = await coachApi.post("/api/v1/invites", { data: { familyId: family.id } });
  expect(answer.status()).toBe(202);
  const text = await answer.text();
  expect(text).not.toMatch(/token|sign-up/u);
  await coachApi.delete(
    `/api/v1/invite-suggestions/${(JSON.parse(text) as { suggestion: { id: string } }).suggestion.id}`,
  );

  await signInThroughUi(page, DEMO.coach, DEMO_PASSWORD);
  await page.goto(`/families/${family.id}`);
  const section = page.getByTestId("family-invites");
  await expect(section.getByRole("heading", { name: "Suggest a co-parent or caregiver" })).toBeVisible();
  await section.getByLabel("Their name (optional)").fill(joiner.name);
  await section.getByRole("button", { name: "Send suggestion to the family" }).click();
  await expect(section.getByRole("status")).toContainText("a link is made only if a parent approves it");
  await expect(section.getByTestId("invite-suggestion")).toContainText(`You suggested inviting ${joiner.name}`);
  await expect(section.getByTestId("invite-url")).toHaveCount(0);
  await expectNoAxeViolations(page, "the family page as its coach sees it, with a suggestion waiting");
});

test("a parent approves the suggestion and gets the link to send", async ({ page }) => {
  await signInThroughUi(page, family.parentEmail, family.parentPassword);
  await page.goto(`/families/${family.id}`);
  const section = page.getByTestId("family-invites");
  await expect(section.getByRole("heading", { name: "Suggested by your coach" })).toBeVisible();
  await expectNoAxeViolations(page, "the family page with the coach's suggestion");
  await section
    .getByRole("button", { name: `Approve and make a link: Morgan Ellis suggests inviting ${joiner.name}` })
    .click();
  const approved = section.getByTestId("approved-invite-url");
  await expect(approved).toHaveValue(/\/sign-up\?token=[A-Za-z0-9_-]+$/u);
  link = await approved.inputValue();
  await expectNoAxeViolations(page, "the family page showing the approved link");
});

test("the person signs up with the link and joins the family; its parents see it in their access history", async ({
  browser,
  page,
  signedIn,
}) => {
  expect(link, "the previous test made the link").not.toBe("");
  const context = await browser.newContext();
  const newcomer = await context.newPage();
  try {
    await newcomer.goto(link);
    await expect(newcomer.getByText(`invited you to join ${familyName}`)).toBeVisible();
    await newcomer.getByLabel("Your name").fill(joiner.name);
    await newcomer.getByLabel("Email", { exact: true }).fill(joiner.email);
    await newcomer.getByLabel("Password", { exact: true }).fill(joiner.password);
    await newcomer.getByRole("button", { name: "Create account" }).click();
    await expect(newcomer).toHaveURL(new RegExp(`/families/${family.id}$`));
  } finally {
    await context.close();
  }

  await signInThroughUi(page, family.parentEmail, family.parentPassword);
  await page.goto(`/families/${family.id}/access`);
  const log = page.getByTestId("access-log");
  await expect(log).toContainText(`${joiner.name} (parent) joined your family`);
  await expect(log).toContainText("approved a suggestion and made a link to join your family");
  await expect(log).toContainText("Morgan Ellis (coach) suggested inviting someone to join your family");
  await expectNoAxeViolations(page, "the access history with the join");

  // The coach reads the same entries about "the family", not "your family".
  const coachContext = await browser.newContext();
  const coachPage = await coachContext.newPage();
  try {
    await signInThroughUi(coachPage, DEMO.coach, DEMO_PASSWORD);
    await coachPage.goto(`/families/${family.id}/access`);
    const coachLog = coachPage.getByTestId("access-log");
    await expect(coachLog).toContainText(`${joiner.name} (parent) joined the family`);
    await expect(coachLog).toContainText("Morgan Ellis (coach) suggested inviting someone to join the family");
    await expect(coachLog).not.toContainText("your family");
  } finally {
    await coachContext.close();
  }

  // The family's first parent is told by email: the name, nothing about the family's care.
  const admin = await signedIn(DEMO.admin);
  const mailbox = await (await admin.get("/admin/mailbox")).text();
  expect(mailbox).toContain("Someone joined your family on Clarity");
  expect(mailbox).toContain(`${joiner.name} joined your family on Clarity`);

  // Neither the coach nor an admin is ever listed a link into the family.
  for (const who of [admin, await signedIn(DEMO.coach)]) {
    const { invites } = (await (await who.get("/api/v1/invites")).json()) as { invites: { familyId: string | null }[] };
    expect(invites.every((invite) => invite.familyId === null)).toBe(true);
  }
});

import { randomUUID } from "node:crypto";
import { DEMO, DEMO_PASSWORD, expect, test } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { signInThroughUi } from "./support/ui";

test("a coach sends an article into a family's conversation, where it and a provider link show as named cards", async ({
  page,
  newParent,
  signedIn,
}) => {
  const parent = await newParent({ familyName: "The Sharing family" });
  const parentApi = await signedIn(parent.email, parent.password);
  const base = `/api/v1/families/${parent.family.id}`;
  const child = (await (await parentApi.post(`${base}/children`, { data: { name: "Noor" } })).json()) as {
    child: { id: string };
  };
  const provider = (await (
    await parentApi.post(`${base}/providers`, {
      data: {
        name: "Robin Vale",
        statedTitle: "Skills trainer",
        credentialId: "qmha",
        childIds: [child.child.id],
        servicesDelivered: ["skills-training"],
        startOn: "2026-05-01",
      },
    })
  ).json()) as { provider: { id: string } };
  const sent = await parentApi.post(`${base}/messages`, {
    data: {
      clientMessageId: randomUUID(),
      body: `Is this who you meant? /families/${parent.family.id}/care-team/${provider.provider.id}`,
    },
  });
  expect(sent.status()).toBe(201);

  await signInThroughUi(page, DEMO.coach, DEMO_PASSWORD);
  await page.goto("/articles/what-is-a-qmha");
  const share = page.getByRole("region", { name: "Send to a family" });
  await share.getByLabel("Family", { exact: true }).selectOption({ label: "The Sharing family" });
  await share.getByLabel("A note with it (optional)").fill("This one explains Robin's role.");
  await expectNoAxeViolations(page, "an article with the coach's share form");
  await share.getByRole("button", { name: "Send in their conversation" }).click();
  await expect(share.getByRole("status")).toHaveText(/Sent to The Sharing family\./);
  await share.getByRole("link", { name: "Open the conversation" }).click();

  await expect(page).toHaveURL(new RegExp(`/families/${parent.family.id}/messages$`));
  const articleCard = page.getByRole("link", { name: /What is a QMHA, and what can they do for my child\?/ });
  await expect(articleCard).toBeVisible();
  await expect(articleCard).toHaveAttribute("href", "/articles/what-is-a-qmha");
  await expect(page.getByRole("link", { name: /Robin Vale/ })).toHaveAttribute(
    "href",
    `/families/${parent.family.id}/care-team/${provider.provider.id}`,
  );
  await expect(page.getByText("This one explains Robin's role.")).toBeVisible();
});

test("signed-out readers and parents see no share form", async ({ page }) => {
  await page.goto("/articles/what-is-a-qmha");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("region", { name: "Send to a family" })).toHaveCount(0);
  await signInThroughUi(page, DEMO.ana, DEMO_PASSWORD);
  await page.goto("/articles/what-is-a-qmha");
  await expect(page.getByRole("region", { name: "Send to a family" })).toHaveCount(0);
});

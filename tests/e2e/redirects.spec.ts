import { redirectBypasses } from "../support/redirect-bypasses";
import { expect, test } from "./support/accounts";
import { BASE_URL } from "./support/server";

const corpus = redirectBypasses(BASE_URL);
const APP = new URL(BASE_URL);

test("signing in through the form with a hostile callbackUrl ends on the app, at home for every off-site target", async ({
  browser,
  newParent,
}) => {
  test.setTimeout(300_000);
  const parent = await newParent({ familyName: "The Redirect family" });
  const context = await browser.newContext();
  // Anything the browser tries to load from another host is a failure: noted, and never fetched.
  const offSiteRequests: string[] = [];
  await context.route(
    (url) => url.host !== APP.host,
    (route) => {
      offSiteRequests.push(route.request().url());
      return route.abort();
    },
  );
  const page = await context.newPage();
  try {
    for (const { target, offSite, note } of corpus) {
      const where = `${note}: ${JSON.stringify(target)}`;
      await context.clearCookies();
      await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(target)}`);
      await page.getByLabel("Email", { exact: true }).fill(parent.email);
      await page.getByLabel("Password", { exact: true }).fill(parent.password);
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      await expect(page, where).not.toHaveURL(/\/sign-in/);
      await page.waitForLoadState("load");
      const landed = new URL(page.url());
      expect(landed.origin, where).toBe(APP.origin);
      // The parent's home is their family's page.
      if (offSite) await expect(page, where).toHaveURL(new RegExp(`/families/${parent.family.id}$`));
    }
    expect(offSiteRequests).toEqual([]);
  } finally {
    await context.close();
  }
});

test("next-auth with the probe's callback URLs: never a 500, and what it answers stays on the app", async ({
  request,
}) => {
  for (const target of [`https://${APP.host}.evil.example/`, `http://${APP.host}.evil.example/`, "/.//evil.example"]) {
    for (const path of ["signin", "csrf", "providers", "session"]) {
      const answer = await request.get(`/api/auth/${path}?callbackUrl=${encodeURIComponent(target)}`, {
        maxRedirects: 0,
      });
      expect(answer.status(), `${path} with ${target}`).toBeLessThan(500);
      const location = answer.headers()["location"];
      if (location) expect(new URL(location, BASE_URL).origin).toBe(APP.origin);
    }
  }
});

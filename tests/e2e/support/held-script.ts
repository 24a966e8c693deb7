import type { Page } from "@playwright/test";

/**
 * Holds back every script of the app whose code contains `marker` until `release()`, to see what a
 * page does when someone acts before a part loaded after the page has come. `held()` says
 * whether such a script was asked for yet.
 */
export async function holdScript(page: Page, marker: string) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = false;
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    try {
      const response = await route.fetch();
      const body = await response.text();
      if (body.includes(marker)) {
        held = true;
        await released;
      }
      await route.fulfill({ response, body });
    } catch (error) {
      // A script the page before a reload was still fetching (a part loaded when the browser was
      // idle): the reload ended its request, and nobody waits for it any more.
      if (!/disposed|closed|already handled/i.test(String(error))) throw error;
    }
  });
  return { held: () => held, release };
}

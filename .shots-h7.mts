// Throwaway: screenshots of a few pages at 390 and 1280 px against a running server.
import { chromium } from "playwright-core";
const base = process.env.BASE!;
const out = "/tmp/h7shots";
const shots: { name: string; account: string; path: string }[] = [
  { name: "timeline", account: "ana.rivera@demo.clarity.test", path: "timeline" },
  { name: "home", account: "ana.rivera@demo.clarity.test", path: "" },
  { name: "messages", account: "ana.rivera@demo.clarity.test", path: "messages" },
  { name: "history", account: "ana.rivera@demo.clarity.test", path: "history" },
  { name: "caseload", account: "coach@demo.clarity.test", path: "/caseload" },
  { name: "coach-timeline", account: "coach@demo.clarity.test", path: "timeline" },
];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--headless", "--disable-gpu"] });
for (const width of [390, 1280]) {
  for (const account of [...new Set(shots.map((s) => s.account))]) {
    const context = await browser.newContext({ viewport: { width, height: width === 390 ? 844 : 860 } });
    const page = await context.newPage();
    await page.goto(`${base}/sign-in`);
    await page.getByLabel("Email", { exact: true }).fill(account);
    await page.getByLabel("Password", { exact: true }).fill("clarity-demo-2026");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForURL((next) => !next.pathname.startsWith("/sign-in"));
    let familyUrl = page.url();
    if (account.startsWith("coach")) {
      await page.goto(`${base}/caseload`, { waitUntil: "networkidle" });
      const href = await page.locator('a[href^="/families/"]').first().getAttribute("href");
      familyUrl = `${base}${href!.split("/").slice(0, 3).join("/")}`;
    } else {
      const href = await page.locator('a[href^="/families/"]').first().getAttribute("href");
      familyUrl = `${base}${href!.split("/").slice(0, 3).join("/")}`;
    }
    for (const shot of shots.filter((s) => s.account === account)) {
      const url = shot.path.startsWith("/") ? `${base}${shot.path}` : `${familyUrl}/${shot.path}`.replace(/\/$/, "");
      await page.goto(url, { waitUntil: "networkidle" });
      await page.waitForTimeout(800);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      await page.screenshot({ path: `${out}/${shot.name}-${width}.png`, fullPage: true });
      console.log(shot.name, width, url, "overflow", overflow);
    }
    await context.close();
  }
}
await browser.close();

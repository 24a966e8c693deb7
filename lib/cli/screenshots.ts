import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { DEMO_ACCOUNTS } from "@/lib/demo/seed";
import { chromiumPath } from "@/lib/pdf/chromium";
import { signInAs, startDemoServer } from "./demo-server";

/**
 * `npm run screenshots`: the pictures in docs/screenshots/ (the README shows them), each page at a
 * phone's width (390 px) and a laptop's (1280 px), taken from a production server on a fresh
 * embedded database with the demo data, so they show what a new install shows. Builds first when
 * the build is stale; the server and its data go away after.
 */
type Who = "parent" | "coach";
/** `{family}` stands for the demo parent's family page, wherever sign-in lands them. */
const SHOTS: { name: string; who: Who; path: string }[] = [
  { name: "family-home", who: "parent", path: "{family}" },
  { name: "care-team", who: "parent", path: "{family}/care-team" },
  { name: "whats-missing", who: "parent", path: "{family}/gaps" },
  { name: "messages", who: "parent", path: "{family}/messages" },
  { name: "timeline", who: "parent", path: "{family}/timeline" },
  { name: "caseload", who: "coach", path: "/caseload" },
];
const VIEWPORTS = [
  { suffix: "1280", width: 1280, height: 860 },
  { suffix: "390", width: 390, height: 844 },
];
const ACCOUNTS: Record<Who, string> = { parent: DEMO_ACCOUNTS.rivera.email, coach: DEMO_ACCOUNTS.coach.email };

const outDir = path.join(process.cwd(), "docs", "screenshots");

async function shootAll(browser: Browser, url: string): Promise<void> {
  for (const viewport of VIEWPORTS) {
    for (const who of ["parent", "coach"] as const) {
      const { context, page } = await signInAs(browser, url, ACCOUNTS[who], viewport);
      const familyPath = new URL(page.url()).pathname;
      for (const shot of SHOTS.filter((candidate) => candidate.who === who)) {
        await page.goto(`${url}${shot.path.replace("{family}", familyPath)}`, { waitUntil: "networkidle" });
        const file = `${shot.name}-${viewport.suffix}.png`;
        await page.screenshot({ path: path.join(outDir, file) });
        console.log(`[screenshots] ${path.join("docs", "screenshots", file)}`);
      }
      await context.close();
    }
  }
}

async function main(): Promise<void> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error("no Chromium: set CHROMIUM_PATH or install Debian's chromium");
  fs.mkdirSync(outDir, { recursive: true });
  const server = await startDemoServer(process.cwd(), "screenshots");
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--headless", "--disable-gpu"] });
    await shootAll(browser, server.url);
  } finally {
    await browser?.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`[screenshots] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

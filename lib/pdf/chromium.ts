import "server-only";
import fs from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { config } from "@/lib/core/config";
import { AppError } from "@/lib/core/errors";

// Server-side PDFs from Chromium's own print engine, so the file matches what the browser prints.
// Chromium is handed a finished HTML document and nothing else: no URL of the app, no cookie, no
// session, JavaScript off and every network request refused, so a page it renders can neither
// reach the app as the user nor fetch anything from outside.

export type Paper = "letter" | "a4";

const MAX_RUNNING = 2;
const MAX_WAITING = 8;
// A launch and a render each stay well inside a request's own deadline (lib/server/http/route.ts).
const RENDER_TIMEOUT_MS = 8_000;

/** CHROMIUM_PATH, else Debian's /usr/bin/chromium; null when neither exists. */
export function chromiumPath(): string | null {
  const candidates = [config.chromiumPath, "/usr/bin/chromium"].filter((path): path is string => Boolean(path));
  return candidates.find((path) => fs.existsSync(path)) ?? null;
}

let browser: Promise<Browser> | null = null;

/** One browser per server process, started on first use and again if it goes away. */
function sharedBrowser(executablePath: string): Promise<Browser> {
  if (!browser) {
    const launching = chromium.launch({
      executablePath,
      headless: true,
      timeout: RENDER_TIMEOUT_MS,
      args: ["--disable-dev-shm-usage"],
    });
    browser = launching;
    launching.then(
      (launched) =>
        launched.on("disconnected", () => {
          if (browser === launching) browser = null;
        }),
      () => {
        if (browser === launching) browser = null;
      },
    );
  }
  return browser;
}

let running = 0;
const waiting: (() => void)[] = [];

/** At most MAX_RUNNING renders at once; a few more wait their turn, beyond that the answer is "busy". */
async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_RUNNING) {
    if (waiting.length >= MAX_WAITING) throw new AppError("pdf_unavailable");
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AppError("pdf_unavailable")), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/** A complete HTML document as a PDF; a 503 (`pdf_unavailable`) when Chromium is missing, busy or too slow. */
export async function htmlToPdf(html: string, paper: Paper): Promise<Uint8Array> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new AppError("pdf_unavailable");
  return slot(async () => {
    let launched: Browser;
    try {
      launched = await sharedBrowser(executablePath);
    } catch {
      throw new AppError("pdf_unavailable");
    }
    const context = await launched.newContext({ javaScriptEnabled: false, offline: true });
    try {
      await context.route("**/*", (route) => route.abort());
      const page = await context.newPage();
      return await withTimeout(
        (async () => {
          await page.setContent(html, { waitUntil: "load", timeout: RENDER_TIMEOUT_MS });
          return page.pdf({
            format: paper === "a4" ? "A4" : "Letter",
            printBackground: true,
            preferCSSPageSize: false,
            margin: { top: "9mm", bottom: "9mm", left: "10mm", right: "10mm" },
          });
        })(),
        RENDER_TIMEOUT_MS,
      );
    } finally {
      await context.close().catch(() => {});
    }
  });
}

import "server-only";
import fs from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { config } from "@/lib/core/config";
import { AppError, RateLimitedError } from "@/lib/core/errors";
import { processSingleton } from "@/lib/core/singleton";
import { createFairQueue, QueueRefusal } from "./fair-queue";

// Server-side PDFs from Chromium's own print engine, so the file matches what the browser prints.
// Chromium is handed a finished HTML document and nothing else: no URL of the app, no cookie, no
// session, JavaScript off and every network request refused, so a page it renders can neither
// reach the app as the user nor fetch anything from outside.

export type Paper = "letter" | "a4";

// A launch and a render each stay well inside a request's own deadline (lib/server/http/route.ts).
const RENDER_TIMEOUT_MS = 8_000;

/**
 * Two renders at a time per server process, shared fairly between users: each user may have two
 * in the queue (one running, one waiting), so a family asking for a dozen summaries at once gets
 * 429 for the rest and everybody else's turn still comes next; eight may wait over everyone.
 */
const queue = processSingleton("pdf-render-queue", () =>
  // A turn comes within one render (at most RENDER_TIMEOUT_MS) unless everyone is waiting at once.
  createFairQueue({ running: 2, perOwner: 2, waiting: 8, maxWaitMs: RENDER_TIMEOUT_MS + 2_000 }),
);

/** A running average of how long a render takes, for the Retry-After of a busy user. */
let averageRenderMs = 2_000;

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

/** In the fair queue; a busy user is told when to try again, a full queue is "unavailable". */
async function inTurn<T>(owner: string, work: () => Promise<T>): Promise<T> {
  try {
    return await queue.run(owner, async () => {
      const started = Date.now();
      try {
        return await work();
      } finally {
        averageRenderMs = 0.8 * averageRenderMs + 0.2 * (Date.now() - started);
      }
    });
  } catch (error) {
    if (!(error instanceof QueueRefusal)) throw error;
    if (error.reason === "owner_busy") throw new RateLimitedError(Math.ceil(averageRenderMs / 1000), "pdf_busy");
    throw new AppError("pdf_unavailable");
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AppError("pdf_unavailable")), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/**
 * A complete HTML document as a PDF, rendered in `owner`'s turn (the user asking): a 429
 * (`pdf_busy`) when that user already has renders in the queue, a 503 (`pdf_unavailable`) when
 * Chromium is missing, the whole queue is full, or it is too slow.
 */
export async function htmlToPdf(html: string, paper: Paper, owner: string): Promise<Uint8Array> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new AppError("pdf_unavailable");
  return inTurn(owner, async () => {
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

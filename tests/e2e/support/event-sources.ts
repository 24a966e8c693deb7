import type { Page } from "@playwright/test";

type Recorded = { __sources: EventSource[]; __streams: string[] };

/**
 * Keeps every EventSource the page opens: the objects, to drop one as a network would, and their
 * addresses (path and query), to count the streams. Call before the page loads.
 */
export async function recordEventSources(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const Native = window.EventSource;
    const recorded = window as unknown as Recorded;
    recorded.__sources = [];
    recorded.__streams = [];
    window.EventSource = class extends Native {
      constructor(url: string | URL, init?: EventSourceInit) {
        super(url, init);
        const address = new URL(String(url), window.location.href);
        recorded.__sources.push(this);
        recorded.__streams.push(`${address.pathname}${address.search}`);
      }
    };
  });
}

/** The addresses of the event streams the page has opened, oldest first. */
export function openedStreams(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as Recorded).__streams);
}

/** Closes the newest event stream and tells the page, as a dropped connection would. */
export async function dropNewestStream(page: Page): Promise<void> {
  await page.evaluate(() => {
    const source = (window as unknown as Recorded).__sources.at(-1)!;
    source.close();
    source.dispatchEvent(new Event("error"));
  });
}

import type { Browser, Page } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, expect, test } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { UUID_PATTERN, signInThroughUi } from "./support/ui";

// Every page the demo accounts can open, at a small phone, a phone, a tablet and two laptops
// (issue 18). One browser context per account; each page loads once and is resized through the
// widths, which reflows it as a new window would.
const WIDTHS = [360, 390, 768, 1280, 1440] as const;
const HEIGHT = 800;
// axe at the phone layout and the laptop layout (the menu button and the row of links); the
// widths between change where things wrap, which the overflow checks below cover at every width.
const AXE_WIDTHS = new Set<number>([360, 1280]);
const ARTICLE = "/articles/crisis-help-988";

type Layout = {
  pageOverflow: { scrollWidth: number; clientWidth: number };
  /** When the page scrolls sideways: the innermost elements that reach past the window, to say which. */
  widest: string[];
  navOverflow: { nav: string; scrollWidth: number; clientWidth: number }[];
  offscreen: { nav: string; item: string; left: number; right: number }[];
};

/** The page's and every nav's sideways overflow, and primary-navigation items outside the window. */
async function layoutOf(page: Page): Promise<Layout> {
  return page.evaluate(async () => {
    // Two frames: the resize has been laid out and painted.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const root = document.documentElement;
    const navs = [...document.querySelectorAll("nav")];
    const name = (nav: Element) => nav.getAttribute("aria-label") ?? "nav";
    const primary = navs.filter((nav) => ["Main", "Family sections"].includes(name(nav)));
    // Only when the page scrolls sideways: the innermost elements reaching past the window, outside
    // any box that scrolls or clips them, so that the failure names what pushed the page.
    // An absolutely placed element (an sr-only text) escapes every box up to its containing block,
    // even a scrolling one: only boxes from that block up can clip it.
    const clippedInWindow = (element: Element) => {
      let escaping = getComputedStyle(element).position === "absolute";
      for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
        const style = getComputedStyle(box);
        const positioned = style.position !== "static";
        const clips = style.overflowX !== "visible" && box.getBoundingClientRect().right <= root.clientWidth + 0.5;
        if (clips && (!escaping || positioned)) return true;
        if (positioned) escaping = style.position === "absolute";
      }
      return false;
    };
    const pastTheWindow =
      root.scrollWidth > root.clientWidth
        ? [...document.body.querySelectorAll("*")].filter(
            (element) =>
              element.checkVisibility() &&
              element.getBoundingClientRect().right > root.clientWidth + 0.5 &&
              !clippedInWindow(element),
          )
        : [];
    const innermost = pastTheWindow.filter(
      (element) => !pastTheWindow.some((other) => element.contains(other) && other !== element),
    );
    return {
      pageOverflow: { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth },
      widest: innermost.slice(0, 5).map((element) => {
        const rect = element.getBoundingClientRect();
        const text = (element.textContent ?? "").trim().slice(0, 60);
        return `<${element.tagName.toLowerCase()} class="${element.getAttribute("class") ?? ""}"> ${Math.round(rect.left)}–${Math.round(rect.right)} px: ${text}`;
      }),
      navOverflow: navs
        .filter((nav) => nav.scrollWidth > nav.clientWidth)
        .map((nav) => ({ nav: name(nav), scrollWidth: nav.scrollWidth, clientWidth: nav.clientWidth })),
      offscreen: primary.flatMap((nav) =>
        [...nav.querySelectorAll("a, button")]
          .filter((item) => item.checkVisibility())
          .map((item) => ({ item, rect: item.getBoundingClientRect() }))
          .filter(({ rect }) => rect.width > 0 && (rect.left < 0 || rect.right > root.clientWidth))
          .map(({ item, rect }) => ({
            nav: name(nav),
            item: item.textContent?.trim() ?? "",
            left: Math.round(rect.left),
            right: Math.round(rect.right),
          })),
      ),
    };
  });
}

async function checkEveryWidth(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), `HTTP status of ${path}`).toBe(200);
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: HEIGHT });
    const layout = await layoutOf(page);
    const where = `${path} at ${width} px`;
    expect(
      layout.pageOverflow.scrollWidth,
      `${where}: the page scrolls sideways, past it: ${layout.widest.join(" | ")}`,
    ).toBeLessThanOrEqual(layout.pageOverflow.clientWidth);
    expect(layout.navOverflow, `${where}: a navigation scrolls sideways`).toEqual([]);
    expect(layout.offscreen, `${where}: primary navigation outside the window`).toEqual([]);
    if (AXE_WIDTHS.has(width)) await expectNoAxeViolations(page, where);
  }
}

async function asAccount(browser: Browser, email: string | null, visit: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ viewport: { width: WIDTHS[0], height: HEIGHT } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  try {
    if (email) await signInThroughUi(page, email, DEMO_PASSWORD);
    await visit(page);
    expect(errors, "uncaught errors in the browser").toEqual([]);
  } finally {
    await context.close();
  }
}

/** The demo family's pages, with a provider's and a child's own pages, for whoever may see them. */
async function familyPages(page: Page, familyId: string): Promise<string[]> {
  const base = `/families/${familyId}`;
  const providers = (await (await page.request.get(`/api/v1${base}/providers`)).json()) as {
    providers: { id: string }[];
  };
  const children = (await (await page.request.get(`/api/v1${base}/children`)).json()) as { children: { id: string }[] };
  expect(providers.providers.length, "the demo family has a care team").toBeGreaterThan(0);
  expect(children.children.length, "the demo family has a child").toBeGreaterThan(0);
  return [
    "",
    "/care-team",
    "/care-team/new",
    "/care-team/import",
    `/care-team/${providers.providers[0]!.id}`,
    "/gaps",
    "/requests",
    "/messages",
    "/children",
    "/documents",
    "/summary",
    `/summary/${children.children[0]!.id}`,
    "/timeline",
    "/history",
    "/access",
    "/settings",
    "/deletion",
  ].map((path) => `${base}${path}`);
}

test.describe("every page fits from 360 px up, with its navigation in view and nothing for axe", () => {
  // One context per account, the accounts side by side on the two workers.
  test.describe.configure({ mode: "parallel", timeout: 480_000 });

  test("a parent's family pages", async ({ browser }) => {
    await asAccount(browser, DEMO.ana, async (page) => {
      await expect(page).toHaveURL(new RegExp(`/families/${UUID_PATTERN}$`));
      const familyId = new RegExp(`/families/(${UUID_PATTERN})`).exec(page.url())![1]!;
      for (const path of await familyPages(page, familyId)) await checkEveryWidth(page, path);
    });
  });

  test("a parent's account and the guidance", async ({ browser }) => {
    await asAccount(browser, DEMO.ana, async (page) => {
      for (const path of ["/account", "/articles", ARTICLE]) await checkEveryWidth(page, path);
    });
  });

  test("the coach's pages, a family's coach tools included", async ({ browser }) => {
    await asAccount(browser, DEMO.coach, async (page) => {
      await expect(page).toHaveURL(/\/caseload$/);
      // The demo's Riveras by name: other suites add families to the demo coach's caseload.
      const families = (await (await page.request.get("/api/v1/caseload?q=Rivera")).json()) as {
        families: { familyId: string; name: string }[];
      };
      const familyId = families.families.find((family) => family.name === "The Rivera family")!.familyId;
      const pages = [
        "/caseload",
        "/invites",
        ...(await familyPages(page, familyId)),
        `/families/${familyId}/coach`,
        "/account",
        "/articles",
      ];
      for (const path of pages) await checkEveryWidth(page, path);
    });
  });

  test("the admin's pages and the pages anyone can open", async ({ browser }) => {
    await asAccount(browser, DEMO.admin, async (page) => {
      for (const path of [
        "/account",
        "/admin/coaches",
        "/admin/families",
        "/admin/parents",
        "/admin/mailbox",
        "/invites",
      ]) {
        await checkEveryWidth(page, path);
      }
    });
    await asAccount(browser, null, async (page) => {
      for (const path of ["/sign-in", "/forgot-password", "/articles", ARTICLE]) await checkEveryWidth(page, path);
    });
  });
});

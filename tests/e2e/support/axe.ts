import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Runs axe on the page as it is now (WCAG 2.1 A and AA) and expects no violation at all. */
export async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  // Next.js streams a page's metadata: while a refresh after a change is under way, the old
  // <title> is gone and the new one not yet in. Scan once it is back (it must come back).
  await expect(page, `${what} has a title`).not.toHaveTitle("");
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const violations = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? "?"}): ${violation.help}\n` +
      violation.nodes.map((node) => `    at ${node.target.join(" ")}: ${node.failureSummary ?? ""}`).join("\n"),
  );
  expect(violations, `axe violations on ${what} (${page.url()})`).toEqual([]);
  // A scan that looked at nothing would pass vacuously.
  expect(results.passes.length, `axe checked nothing on ${what}`).toBeGreaterThan(0);
}

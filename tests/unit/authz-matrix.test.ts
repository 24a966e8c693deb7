import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACTORS, MATRIX, cellCount } from "@/tests/e2e/authz/matrix";

const root = path.resolve(import.meta.dirname, "../..");
const METHOD_NAMES = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Every route.ts and page.tsx under app/, as (URL template, method): route groups dropped. */
function appRoutes(): { route: string; method: string }[] {
  const found: { route: string; method: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts" || entry.name === "page.tsx") {
        const segments = path
          .relative(path.join(root, "app"), dir)
          .split(path.sep)
          .filter((segment) => segment && !/^\(.*\)$/.test(segment));
        const route = `/${segments.join("/")}`;
        if (entry.name === "page.tsx") {
          found.push({ route, method: "GET" });
          continue;
        }
        const source = fs.readFileSync(full, "utf8");
        for (const method of METHOD_NAMES) {
          // `export const GET = …`, `export async function GET`, or `export { handler as GET }`.
          if (
            new RegExp(`export\\s+(const|async\\s+function|function)\\s+${method}\\b|\\bas\\s+${method}\\b`).test(
              source,
            )
          )
            found.push({ route, method });
        }
      }
    }
  };
  walk(path.join(root, "app"));
  return found;
}

describe("the authorization matrix (tests/e2e/authz/matrix.ts)", () => {
  it("has a row for every route method and every page in app/", () => {
    const routes = appRoutes();
    // The walk itself works: it sees routes of each kind.
    expect(routes).toEqual(
      expect.arrayContaining([
        { route: "/api/v1/families/[familyId]/notes", method: "POST" },
        { route: "/families/[familyId]/messages", method: "GET" },
        { route: "/api/auth/[...nextauth]", method: "POST" },
      ]),
    );
    const covered = new Set(MATRIX.map((row) => `${row.method} ${row.route}`));
    const missing = routes.map(({ route, method }) => `${method} ${route}`).filter((key) => !covered.has(key));
    expect(missing, "routes in app/ without a row in tests/e2e/authz/matrix.ts").toEqual([]);
  });

  it("names no route that no longer exists", () => {
    const existing = new Set(appRoutes().map(({ route, method }) => `${method} ${route}`));
    expect(MATRIX.map((row) => `${row.method} ${row.route}`).filter((key) => !existing.has(key))).toEqual([]);
  });

  it("tells apart rows of the same method and path", () => {
    const titles = MATRIX.map((row) => `${row.method} ${row.path}${row.label ? ` (${row.label})` : ""}`);
    expect(titles.filter((title, index) => titles.indexOf(title) !== index)).toEqual([]);
  });

  it("states an outcome for every actor in every row", () => {
    for (const row of MATRIX) {
      expect(Object.keys(row.expected).sort(), `${row.method} ${row.path}`).toEqual([...ACTORS].sort());
      // 409 and 422 only where the caller got past authorization and the record's state (or a
      // made-up code) refuses the change; 202 where an email leaves after the answer.
      for (const status of Object.values(row.expected))
        expect([200, 201, 202, 204, 307, 401, 403, 404, 409, 422]).toContain(status);
    }
    expect(cellCount()).toBe(MATRIX.length * 8);
    console.info(`[authz] matrix: ${MATRIX.length} rows × ${ACTORS.length} actors = ${cellCount()} cells`);
  });
});

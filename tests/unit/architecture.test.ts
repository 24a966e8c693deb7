import fs from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { projectRoot, resolveImport, sourceFiles } from "../support/source-files";

// The tiers of lib/ and the rule against cycles (docs/architecture.md). The lint rule is proved on
// imports written for the test (never committed as real code): each must fail, or pass, as said.

const root = projectRoot;
// no-cycle reads the linted file from disk, which a fixture is not: cycles are checked below.
const eslint = new ESLint({ cwd: root, overrideConfig: { rules: { "import/no-cycle": "off" } } });

async function problemsOf(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  return result!.messages
    .filter((message) => message.severity === 2)
    .map((message) => `${message.ruleId}: ${message.message}`);
}

const upward: [string, string][] = [
  ["db/client-fixture.ts", "@/lib/core/config"],
  ["lib/core/fixture.ts", "@/lib/domain/catalog"],
  ["lib/core/fixture.ts", "@/db/client"],
  ["lib/domain/fixture.ts", "@/lib/schemas/fields"],
  ["lib/domain/fixture.ts", "@/lib/identity/actor"],
  ["lib/domain/fixture.ts", "@/lib/core/config"],
  ["lib/domain/fixture.ts", "@/db/schema"],
  ["lib/schemas/fixture.ts", "@/lib/care-team/dto"],
  ["lib/identity/fixture.ts", "@/lib/messages/dto"],
  ["lib/identity/fixture.ts", "@/lib/server/http/route"],
  ["lib/care-team/fixture.ts", "@/lib/server/http/respond"],
  ["lib/messages/fixture.ts", "@/lib/cli/seed-demo"],
];

const allowed: [string, string][] = [
  ["lib/domain/fixture.ts", "@/lib/core/dates"],
  ["lib/schemas/fixture.ts", "@/lib/domain/catalog"],
  ["lib/identity/fixture.ts", "@/lib/core/errors"],
  ["lib/care-team/fixture.ts", "@/lib/identity/actor"],
  ["lib/records/fixture.ts", "@/lib/care-team/dto"],
  ["lib/server/fixture.ts", "@/lib/care-team/providers"],
];

// The first lint loads the whole ESLint configuration: seconds on a busy machine (it timed out at
// vitest's 5 s default while end-to-end tests ran beside it).
describe("the tiers of lib/", { timeout: 60_000 }, () => {
  it.each(upward)("refuse an import that goes up: %s importing %s", async (file, target) => {
    const problems = await problemsOf(file, `import * as fixture from "${target}";\nexport const used = fixture;\n`);
    expect(problems.join("\n")).toMatch(/import\/no-restricted-paths/);
  });

  it.each(allowed)("allow an import down or across: %s importing %s", async (file, target) => {
    expect(await problemsOf(file, `import * as fixture from "${target}";\nexport const used = fixture;\n`)).toEqual([]);
  });

  it("keep Next.js at the edge", async () => {
    const problems = await problemsOf(
      "lib/care-team/fixture.ts",
      'import { cookies } from "next/headers";\nexport const used = cookies;\n',
    );
    expect(problems.join("\n")).toMatch(/no-restricted-imports/);
    expect(
      await problemsOf(
        "lib/server/fixture.ts",
        'import { cookies } from "next/headers";\nexport const used = cookies;\n',
      ),
    ).toEqual([]);
  });
});

/** Every import of the project's own files, type-only ones included (ESLint's no-cycle skips those). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>(sourceFiles(["app", "lib", "db"]).map((file) => [file, []]));
  for (const file of graph.keys()) {
    const text = fs.readFileSync(path.join(root, file), "utf8");
    const targets = [...text.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((match) =>
      resolveImport(graph, file, match[1]!),
    );
    graph.set(file, [...new Set(targets.filter((target): target is string => target !== null))]);
  }
  return graph;
}

/** The first cycle found, as the files around it, or null. */
function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, "open" | "done">();
  const trail: string[] = [];
  const visit = (file: string): string[] | null => {
    if (state.get(file) === "done") return null;
    if (state.get(file) === "open") return [...trail.slice(trail.indexOf(file)), file];
    state.set(file, "open");
    trail.push(file);
    for (const next of graph.get(file) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    trail.pop();
    state.set(file, "done");
    return null;
  };
  for (const file of [...graph.keys()].sort()) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return null;
}

describe("imports", { timeout: 60_000 }, () => {
  it("form no cycle, type-only imports included", () => {
    expect(findCycle(importGraph())).toBeNull();
  });

  it("the cycle finder finds one", () => {
    const graph = new Map([
      ["a.ts", ["b.ts"]],
      ["b.ts", ["c.ts"]],
      ["c.ts", ["a.ts"]],
    ]);
    expect(findCycle(graph)).toEqual(["a.ts", "b.ts", "c.ts", "a.ts"]);
  });
});

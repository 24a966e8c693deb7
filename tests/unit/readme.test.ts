import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { VARIABLES } from "@/lib/core/config";

const root = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");
const DOCS = [
  "README.md",
  "SECURITY.md",
  "bench/RESULTS.md",
  ...fs
    .readdirSync(path.join(root, "docs"))
    .filter((name) => name.endsWith(".md"))
    .map((name) => `docs/${name}`),
];

describe("the README and the docs", () => {
  it("keep the README short enough to read in five minutes", () => {
    expect(Buffer.byteLength(read("README.md"))).toBeLessThanOrEqual(10_000);
  });

  it("list every environment variable of lib/core/config.ts in the README's configuration", () => {
    const readme = read("README.md");
    const configuration = readme.slice(
      readme.indexOf("## Configuration"),
      readme.indexOf("\n## ", readme.indexOf("## Configuration") + 1),
    );
    expect(VARIABLES.length).toBeGreaterThan(15);
    expect(VARIABLES.filter((name) => !configuration.includes(`\`${name}\``))).toEqual([]);
  });

  it("link only to files that exist", () => {
    const broken: string[] = [];
    for (const doc of DOCS)
      for (const [, target] of read(doc).matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        if (/^[a-z]+:/.test(target!)) continue;
        if (!fs.existsSync(path.join(root, path.dirname(doc), target!))) broken.push(`${doc} → ${target}`);
      }
    expect(broken).toEqual([]);
  });
});

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const TEXT_ATTRIBUTES = new Set(["aria-label", "title", "placeholder", "alt", "label"]);

function tsxFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? tsxFiles(full) : entry.name.endsWith(".tsx") ? [full] : [];
  });
}

/** Visible words written straight into JSX instead of coming from the message catalog. */
function literalText(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText()) && node.initializer && ts.isStringLiteral(node.initializer) && /\p{L}/u.test(node.initializer.text)) {
      found.push(`${node.name.getText()}="${node.initializer.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("user-facing text", () => {
  it("comes from the message catalogs, never a literal in a component", () => {
    const offenders = tsxFiles(path.join(root, "app")).flatMap((file) => literalText(file).map((text) => `${path.relative(root, file)}: ${text}`));
    expect(offenders).toEqual([]);
  });

  it("the scanner does catch a literal", () => {
    const probe = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "clarity-")), "probe.tsx");
    fs.writeFileSync(probe, 'export const P = () => <p title="Hello">Welcome back</p>;');
    try {
      expect(literalText(probe).sort()).toEqual(["Welcome back", 'title="Hello"']);
    } finally {
      fs.rmSync(probe);
    }
  });
});

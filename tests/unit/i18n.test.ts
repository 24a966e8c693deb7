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

/** A string or template literal with words in it (`{"Hello"}`, `{`Hi ${name}`}`). */
function wordyLiteral(node: ts.Node | undefined): string | null {
  if (!node) return null;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
    return /\p{L}{2}/u.test(node.text) ? node.text : null;
  if (ts.isTemplateExpression(node)) {
    const text = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join("…");
    return /\p{L}{2}/u.test(text) ? text : null;
  }
  return null;
}

/** Visible words written straight into JSX instead of coming from the message catalog. */
function literalText(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    fs.readFileSync(file, "utf8"),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      const initializer = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
      const text = wordyLiteral(initializer);
      if (text !== null) found.push(`${node.name.getText()}="${text}"`);
    }
    // {"Welcome"} or {`Hello ${name}`} as a child: text all the same.
    if (ts.isJsxExpression(node) && node.parent && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      const text = wordyLiteral(node.expression);
      if (text !== null) found.push(text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("user-facing text", () => {
  it("comes from the message catalogs, never a literal in a component", () => {
    const offenders = tsxFiles(path.join(root, "app")).flatMap((file) =>
      literalText(file).map((text) => `${path.relative(root, file)}: ${text}`),
    );
    expect(offenders).toEqual([]);
  });

  it("the scanner does catch a literal", () => {
    const probe = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "clarity-")), "probe.tsx");
    fs.writeFileSync(
      probe,
      'export const P = ({ n }: { n: string }) => <p title="Hello" aria-label={`Hi ${n}`}>Welcome back{" again"}{n}{"·"}</p>;',
    );
    try {
      expect(literalText(probe).sort()).toEqual([" again", "Welcome back", 'aria-label="Hi …"', 'title="Hello"']);
    } finally {
      fs.rmSync(probe);
    }
  });
});

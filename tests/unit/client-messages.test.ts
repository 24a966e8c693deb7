import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot, resolveImport, sourceFiles } from "../support/source-files";
import { pickMessages, type MessageTree } from "@/lib/core/i18n/pick-messages";
import { messagesByLocale } from "@/lib/core/i18n/translator";

// Each page gives its client components only the namespaces they use (app/_components/
// client-messages.tsx). This reads the code as the bundler would: from a page through server
// files to each "use client" file, then everything that file imports, dynamic imports included,
// type-only imports left out. The useTranslations calls found on that side are what the browser
// needs; the page's <ClientMessages namespaces={[…]}> must list exactly those.

const root = projectRoot;

type Source = { client: boolean; imports: string[]; namespaces: string[]; text: string };

function sources(): Map<string, Source> {
  const files = sourceFiles(["app", "lib"]);
  const known = new Set(files);
  const map = new Map<string, Source>();
  for (const file of files) {
    const text = fs.readFileSync(path.join(root, file), "utf8");
    const specs = [
      // import … from "x" / export … from "x", unless the whole statement is `import type`/`export type`
      ...[...text.matchAll(/^\s*(?:import|export)\s+(type\s+)?[^;]*?\sfrom\s+["']([^"']+)["']/gm)]
        .filter((match) => !match[1])
        .map((match) => match[2]!),
      ...[...text.matchAll(/^\s*import\s+["']([^"']+)["']/gm)].map((match) => match[1]!),
      ...[...text.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]!),
    ];
    map.set(file, {
      client: /^\s*["']use client["']/.test(text),
      imports: [...new Set(specs.map((spec) => resolveImport(known, file, spec)).filter((target) => target !== null))],
      // useTranslations() with no namespace reads form errors' keys, which are all "validation.…".
      namespaces: [...text.matchAll(/useTranslations\(\s*(?:"([^"]*)")?\s*\)/g)].map(
        (match) => match[1] || "validation",
      ),
      text,
    });
  }
  return map;
}

const code = sources();

/** The namespaces the client components reachable from `entry` use. */
function clientNamespaces(entry: string): Set<string> {
  const found = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string, client: boolean) => {
    const source = code.get(file)!;
    const onClient = client || source.client;
    const key = `${onClient}:${file}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (onClient) source.namespaces.forEach((namespace) => found.add(namespace));
    for (const next of source.imports) visit(next, onClient);
  };
  visit(entry, false);
  return found;
}

/** The shortest list that covers them all: "documents" makes "documents.upload" needless. */
function cover(namespaces: Iterable<string>): string[] {
  const all = [...new Set(namespaces)];
  return all.filter((namespace) => !all.some((other) => namespace.startsWith(`${other}.`))).sort();
}

const covers = (list: readonly string[], namespace: string) =>
  list.some((given) => namespace === given || namespace.startsWith(`${given}.`));

function listedIn(text: string): string[] | null {
  const lists = [...text.matchAll(/<ClientMessages\s+namespaces=\{\[([^\]]*)\]\}/g)];
  if (lists.length > 1) throw new Error("one <ClientMessages> per file, around the whole page");
  return lists[0] ? [...lists[0][1]!.matchAll(/"([^"]+)"/g)].map((match) => match[1]!) : null;
}

const rootList = [
  ...code
    .get("app/_components/client-messages.tsx")!
    .text.match(/ROOT_CLIENT_NAMESPACES = \[([^\]]*)\]/)![1]!
    .matchAll(/"([^"]+)"/g),
].map((match) => match[1]!);

const entries = [...code.keys()].filter((file) => /^app\/.*\/?(page|layout|error|not-found)\.tsx$/.test(file)).sort();
const underRoot = ["app/layout.tsx", "app/error.tsx", "app/not-found.tsx"];

describe("the words each page sends to the browser", () => {
  it("finds the pages and their client components (the analysis itself)", () => {
    expect(entries.length).toBeGreaterThan(30);
    expect([...clientNamespaces("app/(coach)/caseload/page.tsx")]).toContain("caseload");
    // A server component's own useTranslations is not the browser's business.
    expect([...clientNamespaces("app/(parent)/families/[familyId]/history/page.tsx")]).not.toContain("history");
  });

  it("the root layout gives what its own client parts, the error page and the 404 page use", () => {
    expect(code.get("app/layout.tsx")!.text).toMatch(/<ClientMessages namespaces=\{ROOT_CLIENT_NAMESPACES\}>/);
    expect(rootList).toEqual(cover(underRoot.flatMap((file) => [...clientNamespaces(file)])));
  });

  it.each(entries.filter((file) => !underRoot.includes(file)))(
    "%s lists exactly what its client components use",
    (entry) => {
      const needed = cover(clientNamespaces(entry));
      const listed = listedIn(code.get(entry)!.text);
      if (listed === null) {
        // Without a list of its own the page has the root layout's words.
        expect(
          needed.filter((namespace) => !covers(rootList, namespace)),
          `${entry} needs <ClientMessages namespaces={${JSON.stringify(needed)}}>`,
        ).toEqual([]);
      } else {
        expect(listed, `${entry}: the list must be ${JSON.stringify(needed)}`).toEqual(needed);
      }
    },
  );

  it("every listed namespace is in the catalog", () => {
    const lists = [rootList, ...entries.map((entry) => listedIn(code.get(entry)!.text) ?? [])];
    for (const namespace of new Set(lists.flat())) {
      expect(pickMessages(messagesByLocale.en as unknown as MessageTree, [namespace]), namespace).not.toEqual({});
    }
  });
});

describe("pickMessages", () => {
  const catalog: MessageTree = { a: { b: "1", c: { d: "2" } }, e: "3" };
  it("takes whole namespaces and nested groups, and leaves the rest", () => {
    expect(pickMessages(catalog, ["e"])).toEqual({ e: "3" });
    expect(pickMessages(catalog, ["a.c"])).toEqual({ a: { c: { d: "2" } } });
    expect(pickMessages(catalog, ["a.c", "a.b"])).toEqual({ a: { c: { d: "2" }, b: "1" } });
    expect(pickMessages(catalog, ["missing", "a.missing"])).toEqual({});
  });
});

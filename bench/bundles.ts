// First-load JavaScript of every page, from the production build's manifests: Next 16's build
// (Turbopack) no longer prints sizes. A page loads the root main files and the chunks its client
// reference manifest lists for its entries (layouts, page, error and loading boundaries); each
// chunk is counted once, gzip-compressed as a server would send it.
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export type PageBundle = { page: string; files: number; gzipBytes: number };

function manifestsUnder(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return manifestsUnder(full);
    return entry.name === "page_client-reference-manifest.js" ? [full] : [];
  });
}

export function firstLoadJavaScript(root: string): PageBundle[] {
  const dotNext = path.join(root, ".next");
  const buildManifest = JSON.parse(fs.readFileSync(path.join(dotNext, "build-manifest.json"), "utf8")) as {
    rootMainFiles: string[];
  };
  const gzipped = new Map<string, number>();
  const sizeOf = (file: string) => {
    const relative = file.replace(/^\/?_next\//u, "");
    if (!gzipped.has(relative))
      gzipped.set(relative, gzipSync(fs.readFileSync(path.join(dotNext, relative)), { level: 9 }).length);
    return gzipped.get(relative)!;
  };
  return manifestsUnder(path.join(dotNext, "server", "app"))
    .map((file) => {
      const text = fs.readFileSync(file, "utf8");
      const name = /__RSC_MANIFEST\["([^"]+)"\]/u.exec(text)?.[1] ?? file;
      const manifest = JSON.parse(
        text
          .slice(text.indexOf("=", text.indexOf(`["${name}"]`)) + 1)
          .trim()
          .replace(/;$/u, ""),
      ) as { entryJSFiles?: Record<string, string[]> };
      const files = new Set([...buildManifest.rootMainFiles, ...Object.values(manifest.entryJSFiles ?? {}).flat()]);
      const page = name.replace(/\/page$/u, "").replace(/\/\([^)]+\)/gu, "") || "/";
      return { page, files: files.size, gzipBytes: [...files].reduce((sum, chunk) => sum + sizeOf(chunk), 0) };
    })
    .sort((a, b) => a.page.localeCompare(b.page));
}

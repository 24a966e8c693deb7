import fs from "node:fs";
import path from "node:path";

/** The project's root folder, from which every path below is counted. */
export const projectRoot = path.resolve(import.meta.dirname, "../..");

/** Every .ts and .tsx file below the given folders, as paths from the project's root. */
export function sourceFiles(dirs: string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(projectRoot, dir), { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.tsx?$/.test(entry.name)) files.push(file);
    }
  };
  for (const dir of dirs) walk(dir);
  return files;
}

/** The project file an import names ("@/lib/x", "./y"), as the bundler finds it; null for a package. */
export function resolveImport(known: ReadonlySet<string> | ReadonlyMap<string, unknown>, from: string, spec: string) {
  const base = spec.startsWith("@/")
    ? spec.slice(2)
    : spec.startsWith(".")
      ? path.join(path.dirname(from), spec)
      : null;
  if (base === null) return null;
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((file) => known.has(file)) ?? null;
}

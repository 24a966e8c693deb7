import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

/**
 * The safe floors from the design notes (next ≥ 16.4.1, next-auth ≥ 4.24.15 on v4 or ≥ 5.0.0-beta.32
 * on v5, drizzle-orm ≥ 0.45.2): versions below them have published vulnerabilities this app is
 * exposed to (middleware bypass, session handling, SQL building). Raise a floor here, never lower it.
 */
const FLOORS: Record<string, string[]> = {
  next: ["16.4.1"],
  "next-auth": ["4.24.15", "5.0.0-beta.32"],
  "drizzle-orm": ["0.45.2"],
};

type Version = { parts: [number, number, number]; pre: (string | number)[] };

function parse(version: string): Version {
  const match = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/.exec(version.trim());
  if (!match) throw new Error(`not an exact version: ${version}`);
  const pre = match[4] ? match[4].split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part)) : [];
  return { parts: [Number(match[1]), Number(match[2]), Number(match[3])], pre };
}

/** Semantic-version order, pre-releases included (5.0.0-beta.9 < 5.0.0-beta.32 < 5.0.0). */
function compareVersions(a: string, b: string): number {
  const left = parse(a);
  const right = parse(b);
  for (let index = 0; index < 3; index++)
    if (left.parts[index] !== right.parts[index]) return left.parts[index]! - right.parts[index]!;
  if (left.pre.length === 0 || right.pre.length === 0) return right.pre.length - left.pre.length;
  for (let index = 0; index < Math.max(left.pre.length, right.pre.length); index++) {
    const x = left.pre[index];
    const y = right.pre[index];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") return x - y;
    if (typeof x === "number") return -1;
    if (typeof y === "number") return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/** Safe when at or above the floor of its own major line (and above the lowest floor at all). */
function meetsFloor(version: string, floors: string[]): boolean {
  const major = parse(version).parts[0];
  const sameLine = floors.filter((floor) => parse(floor).parts[0] === major);
  if (sameLine.length > 0) return sameLine.every((floor) => compareVersions(version, floor) >= 0);
  return floors.every((floor) => compareVersions(version, floor) >= 0);
}

function installed(name: string): string {
  return (
    JSON.parse(fs.readFileSync(path.join(root, "node_modules", name, "package.json"), "utf8")) as { version: string }
  ).version;
}

describe("supply chain floors", () => {
  it("orders versions, pre-releases included", () => {
    expect(compareVersions("16.4.1", "16.4.0")).toBeGreaterThan(0);
    expect(compareVersions("16.10.0", "16.9.9")).toBeGreaterThan(0);
    expect(compareVersions("5.0.0-beta.9", "5.0.0-beta.32")).toBeLessThan(0);
    expect(compareVersions("5.0.0", "5.0.0-beta.32")).toBeGreaterThan(0);
    expect(compareVersions("0.45.2", "0.45.2")).toBe(0);
  });

  it("tells safe versions from unsafe ones", () => {
    expect(meetsFloor("16.4.0", FLOORS.next!)).toBe(false);
    expect(meetsFloor("15.9.9", FLOORS.next!)).toBe(false);
    expect(meetsFloor("4.24.14", FLOORS["next-auth"]!)).toBe(false);
    expect(meetsFloor("4.24.15", FLOORS["next-auth"]!)).toBe(true);
    expect(meetsFloor("5.0.0-beta.31", FLOORS["next-auth"]!)).toBe(false);
    expect(meetsFloor("5.0.0-beta.32", FLOORS["next-auth"]!)).toBe(true);
    expect(meetsFloor("0.45.1", FLOORS["drizzle-orm"]!)).toBe(false);
    expect(meetsFloor("0.46.0", FLOORS["drizzle-orm"]!)).toBe(true);
  });

  const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as {
    dependencies: Record<string, string>;
  };
  for (const [name, floors] of Object.entries(FLOORS)) {
    it(`${name}: the pinned and the installed version are at or above ${floors.join(" / ")}`, () => {
      const pinned = manifest.dependencies[name];
      expect(pinned, `${name} is pinned to an exact version in package.json`).toMatch(
        /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/,
      );
      expect(meetsFloor(pinned!, floors), `package.json pins ${name} ${pinned}`).toBe(true);
      expect(meetsFloor(installed(name), floors), `node_modules holds ${name} ${installed(name)}`).toBe(true);
    });
  }
});

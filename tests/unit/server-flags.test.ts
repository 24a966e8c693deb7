import fs from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { NEXT_START_FLAGS, SERVER_NODE_FLAGS } from "@/lib/cli/server-flags";

const root = path.resolve(import.meta.dirname, "../..");

it("npm run serve starts the server with the same V8 flags as npm start and the benchmark", () => {
  const { scripts } = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  };
  const serve = scripts.serve!.split(/\s+/);
  expect(serve[0]).toBe("node");
  expect(serve.slice(1, 1 + SERVER_NODE_FLAGS.length)).toEqual([...SERVER_NODE_FLAGS]);
  expect(serve.slice(1 + SERVER_NODE_FLAGS.length)).toEqual([
    "node_modules/next/dist/bin/next",
    "start",
    ...NEXT_START_FLAGS,
  ]);
});

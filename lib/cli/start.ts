import { spawn, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { config } from "@/lib/core/config";
import { lockedMessage, lockHolder } from "@/db/data-dir-lock";
import { buildIsCurrent } from "./build-state";
import { NEXT_START_FLAGS, SERVER_NODE_FLAGS } from "./server-flags";

/**
 * `npm start`: refuse at once when another server holds the embedded database (before a build
 * could overwrite the files that server is running from), build when the sources are newer than
 * the last build, then serve until stopped.
 */
const root = process.cwd();
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
if (!config.databaseUrl) {
  const owner = lockHolder(config.pgliteDir);
  if (owner !== null) {
    console.error(`\n[clarity] cannot start: ${lockedMessage(config.pgliteDir, owner)}\n`);
    process.exit(1);
  }
}
if (!buildIsCurrent(root)) {
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", cwd: root });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
// next start reads PORT itself. Stopping this process stops the server (and frees the database).
const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, nextBin, "start", ...NEXT_START_FLAGS], {
  stdio: "inherit",
  cwd: root,
});
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { config } from "@/lib/core/config";

let cached: string | undefined;

/**
 * NEXTAUTH_SECRET when set. On the embedded default a secret is made once and kept with the
 * data (a missing, empty or short one is replaced), so the first start needs no configuration.
 * With DATABASE_URL (a real deployment) a missing secret is an error: the server never runs
 * with a guessable one.
 */
export function authSecret(): string {
  cached ??= readOrCreateSecret();
  return cached;
}

const MIN_LENGTH = 32;

function readOrCreateSecret(): string {
  const configured = config.authSecret;
  if (configured) return configured;
  if (config.databaseUrl) {
    throw new Error(
      "NEXTAUTH_SECRET is not set. With DATABASE_URL set, Clarity refuses to start without it (generate one with: openssl rand -base64 32).",
    );
  }
  // Inside the data folder: each embedded database has its own secret, private to it.
  const file = path.join(config.pgliteDir, "auth-secret");
  const existing = readIfPresent(file);
  if (existing !== undefined && existing.length >= MIN_LENGTH) return existing;
  if (existing !== undefined) fs.rmSync(file); // empty or short: never used as a key
  // Written whole to a private file, then linked into place: a concurrent start either wins
  // the link or reads the winner's secret; nobody ever reads a half-written one.
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const draft = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(draft, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  try {
    fs.linkSync(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    fs.rmSync(draft, { force: true });
  }
  return fs.readFileSync(file, "utf8").trim();
}

function readIfPresent(file: string): string | undefined {
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    return undefined;
  }
}

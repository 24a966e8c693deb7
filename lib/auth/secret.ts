import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { embeddedDataDir } from "@/db/client";

/**
 * NEXTAUTH_SECRET when set. On the embedded default a secret is made once and kept beside the
 * data, so the first start needs no configuration. With DATABASE_URL (a real deployment) a
 * missing secret is an error: the server never runs with a guessable one.
 */
let cached: string | undefined;

export function authSecret(): string {
  cached ??= readOrCreateSecret();
  return cached;
}

function readOrCreateSecret(): string {
  const configured = process.env.NEXTAUTH_SECRET;
  if (configured) return configured;
  if (process.env.DATABASE_URL) {
    throw new Error("NEXTAUTH_SECRET is not set. With DATABASE_URL set, Clarity refuses to start without it (generate one with: openssl rand -base64 32).");
  }
  const file = path.join(path.dirname(embeddedDataDir()), "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = crypto.randomBytes(32).toString("base64url");
    try {
      fs.writeFileSync(file, secret, { flag: "wx", mode: 0o600 });
      return secret;
    } catch {
      return fs.readFileSync(file, "utf8").trim(); // another module copy wrote it first
    }
  }
}

import crypto from "node:crypto";

/** 256 random bits, URL-safe. Only its hash is stored. */
export function newInviteToken(): string {
  return crypto.randomBytes(32).toString("base64url");
}

export function hashInviteToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}

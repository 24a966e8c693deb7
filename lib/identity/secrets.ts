import crypto from "node:crypto";

/** A 256-bit token for a link, URL-safe. Only its hash is stored. */
export function newLinkToken(): string {
  return crypto.randomBytes(32).toString("base64url");
}

/** What is stored instead of a token or code: anyone who reads the database cannot use it. */
export function hashSecret(secret: string): string {
  return crypto.createHash("sha256").update(secret).digest("hex");
}

/** Six digits, every value equally likely. */
export function newSixDigitCode(): string {
  return crypto.randomInt(0, 1_000_000).toString().padStart(6, "0");
}

// No 0/O, 1/I/L: a code read off paper is typed back without guessing.
const RECOVERY_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";

/** A recovery code like "k7m2q-x9c4d": 10 characters of 31 (about 50 bits), in two halves. */
export function newRecoveryCode(): string {
  const pick = () => RECOVERY_ALPHABET[crypto.randomInt(0, RECOVERY_ALPHABET.length)];
  const half = () => Array.from({ length: 5 }, pick).join("");
  return `${half()}-${half()}`;
}

/** A recovery code as typed: case, spaces and the dash do not matter. */
export function normalizeRecoveryCode(value: string): string {
  const plain = value.toLowerCase().replace(/[\s-]/g, "");
  return plain.length === 10 ? `${plain.slice(0, 5)}-${plain.slice(5)}` : plain;
}

export const RECOVERY_CODE_COUNT = 10;

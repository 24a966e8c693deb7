import "server-only";
import { generateRegistrationOptions, verifyRegistrationResponse } from "@simplewebauthn/server";
import type { PublicKeyCredentialCreationOptionsJSON, RegistrationResponseJSON } from "@simplewebauthn/server";
import { and, asc, eq } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { passkeys } from "@/db/schema";
import { AppError, notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { recordAudit } from "@/lib/identity/audit";
import type { Client } from "@/lib/identity/client";
import { recordSecurityEvent } from "@/lib/identity/security-events";
import { relyingParty, saveChallenge, spendChallenge } from "@/lib/identity/webauthn";
import { isId } from "@/lib/schemas/fields";
import type { AddPasskeyInput } from "@/lib/schemas/security";
import { notifySecondStepChanged } from "./two-step";

export type PasskeyDto = { id: string; name: string; createdAt: string; lastUsedAt: string | null; synced: boolean };

function toDto(row: typeof passkeys.$inferSelect): PasskeyDto {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    synced: row.backedUp,
  };
}

export async function listPasskeys(actor: Actor): Promise<PasskeyDto[]> {
  const db = await getDb();
  const rows = await db
    .select()
    .from(passkeys)
    .where(eq(passkeys.userId, actor.id))
    .orderBy(asc(passkeys.createdAt), asc(passkeys.id));
  return rows.map(toDto);
}

/**
 * What the browser needs to make a passkey for this account: a discoverable credential (so it
 * signs in without typing an email), never one the account already has.
 */
export async function passkeyRegistrationOptions(
  actor: Actor,
  now = new Date(),
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const db = await getDb();
  const existing = await db
    .select({ credentialId: passkeys.credentialId, transports: passkeys.transports })
    .from(passkeys)
    .where(eq(passkeys.userId, actor.id));
  const party = relyingParty();
  const options = await generateRegistrationOptions({
    rpName: party.name,
    rpID: party.id,
    userName: actor.email,
    userDisplayName: actor.name,
    userID: new TextEncoder().encode(actor.id),
    attestationType: "none",
    excludeCredentials: existing.map((row) => ({ id: row.credentialId, transports: row.transports })),
    authenticatorSelection: { residentKey: "required", userVerification: "preferred" },
  });
  await saveChallenge(db, options.challenge, "register", actor.id, now);
  return options;
}

/** Keeps the passkey the browser made, under the name its owner gave it. */
export async function addPasskey(
  actor: Actor,
  input: AddPasskeyInput,
  client: Client,
  now = new Date(),
): Promise<PasskeyDto> {
  const db = await getDb();
  const party = relyingParty();
  let verification;
  try {
    verification = await verifyRegistrationResponse({
      response: input.response as unknown as RegistrationResponseJSON,
      expectedChallenge: (challenge) => spendChallenge(db, challenge, "register", actor.id, now),
      expectedOrigin: party.origin,
      expectedRPID: party.id,
      requireUserVerification: false,
    });
  } catch {
    throw new AppError("passkey_invalid", { response: "errors.passkey_invalid" });
  }
  if (!verification.verified) throw new AppError("passkey_invalid", { response: "errors.passkey_invalid" });
  const { credential, credentialBackedUp } = verification.registrationInfo;
  const row = await db.transaction(async (tx) => {
    const [saved] = await tx
      .insert(passkeys)
      .values({
        userId: actor.id,
        credentialId: credential.id,
        publicKey: Buffer.from(credential.publicKey).toString("base64url"),
        counter: credential.counter,
        transports: credential.transports ?? [],
        name: input.name,
        backedUp: credentialBackedUp,
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (!saved) throw new AppError("conflict");
    await changed(tx, actor, "passkey-added", saved.id, client, now);
    return saved;
  });
  notifySecondStepChanged(actor);
  return toDto(row);
}

export async function renamePasskey(actor: Actor, passkeyId: string, name: string): Promise<PasskeyDto> {
  if (!isId(passkeyId)) throw notFound();
  const db = await getDb();
  const [row] = await db
    .update(passkeys)
    .set({ name })
    .where(and(eq(passkeys.id, passkeyId), eq(passkeys.userId, actor.id)))
    .returning();
  if (!row) throw notFound();
  return toDto(row);
}

/** Someone else's passkey, or none: 404 either way. */
export async function removePasskey(actor: Actor, passkeyId: string, client: Client, now = new Date()): Promise<void> {
  if (!isId(passkeyId)) throw notFound();
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(passkeys)
      .where(and(eq(passkeys.id, passkeyId), eq(passkeys.userId, actor.id)))
      .returning({ id: passkeys.id });
    if (!removed) throw notFound();
    await changed(tx, actor, "passkey-removed", passkeyId, client, now);
  });
  notifySecondStepChanged(actor);
}

async function changed(
  tx: Executor,
  actor: Actor,
  type: "passkey-added" | "passkey-removed",
  passkeyId: string,
  client: Client,
  now: Date,
): Promise<void> {
  await recordSecurityEvent(tx, actor.id, type, client, now);
  await recordAudit(tx, {
    actorId: actor.id,
    action: type === "passkey-added" ? "account.passkey_add" : "account.passkey_remove",
    targetType: "passkey",
    targetId: passkeyId,
    outcome: "ok",
  });
}

import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { children, providerChildren, providers } from "@/db/schema";
import type { QuestionAnswer } from "@/db/schema/care-team";
import type { Actor } from "@/lib/identity/actor";
import type { IdempotentRequest } from "@/lib/idempotency/request-key";
import { notFound } from "@/lib/core/errors";
import { invalidFields } from "@/lib/core/validation";
import type { AnswersInput, ProviderCreateInput, ProviderPatchInput } from "@/lib/schemas/care-team";
import { isId } from "@/lib/schemas/fields";
import { providerDto, type ProviderDto } from "./dto";
import { changesBetween, recordCareEvent } from "./events";
import { inFamily, readFamily } from "./scope";
import { CREDENTIAL_FIELDS, credentialColumns, withoutCredentialInput } from "./provider-credentials";

const TRACKED_FIELDS = [
  "name",
  "agency",
  "statedTitle",
  ...CREDENTIAL_FIELDS,
  "licenseNumber",
  "licenseState",
  "trainedIn",
  "servicesDelivered",
  "childIds",
  "startOn",
  "endOn",
  "contact",
  "notes",
  "answers",
] as const;

const subjectOf = (provider: ProviderDto) => ({
  name: provider.name,
  statedTitle: provider.statedTitle,
  credentialId: provider.credentialId,
});

/** Every provider of the family with the children each works with (two queries, any size). */
export async function providersOfFamily(db: Executor, familyId: string): Promise<ProviderDto[]> {
  return (await providersOfFamilies(db, [familyId])).get(familyId) ?? [];
}

/** The providers of several families, by family, in the same two queries. */
export async function providersOfFamilies(db: Executor, familyIds: string[]): Promise<Map<string, ProviderDto[]>> {
  const [rows, links] = await Promise.all([
    db
      .select()
      .from(providers)
      .where(inArray(providers.familyId, familyIds))
      .orderBy(asc(providers.startOn), asc(providers.id)),
    db
      .select({ providerId: providerChildren.providerId, childId: providerChildren.childId })
      .from(providerChildren)
      .innerJoin(providers, eq(providers.id, providerChildren.providerId))
      .where(inArray(providers.familyId, familyIds)),
  ]);
  const childIdsOf = new Map<string, string[]>();
  for (const link of links) {
    const childIds = childIdsOf.get(link.providerId);
    if (childIds) childIds.push(link.childId);
    else childIdsOf.set(link.providerId, [link.childId]);
  }
  const byFamily = new Map<string, ProviderDto[]>();
  for (const row of rows) {
    const dto = providerDto(row, (childIdsOf.get(row.id) ?? []).sort());
    const list = byFamily.get(row.familyId);
    if (list) list.push(dto);
    else byFamily.set(row.familyId, [dto]);
  }
  return byFamily;
}

export async function listProviders(actor: Actor, familyId: string): Promise<ProviderDto[]> {
  const db = await getDb();
  await readFamily(db, actor, familyId, "providers");
  return providersOfFamily(db, familyId);
}

/**
 * `forUpdate` locks the row until the transaction ends: two edits at once (a retry racing the
 * attempt it retries) then compare against what the other committed, so neither records a
 * change the other already made.
 */
async function providerOfFamily(
  db: Executor,
  familyId: string,
  providerId: string,
  options: { forUpdate?: boolean } = {},
): Promise<ProviderDto> {
  if (!isId(providerId)) throw notFound();
  const query = db
    .select()
    .from(providers)
    .where(and(eq(providers.id, providerId), eq(providers.familyId, familyId)));
  const [row] = options.forUpdate ? await query.for("update") : await query;
  if (!row) throw notFound();
  const links = await db
    .select({ childId: providerChildren.childId })
    .from(providerChildren)
    .where(eq(providerChildren.providerId, providerId));
  return providerDto(row, links.map((link) => link.childId).sort());
}

export async function getProvider(actor: Actor, familyId: string, providerId: string): Promise<ProviderDto> {
  const db = await getDb();
  await readFamily(db, actor, familyId, "provider");
  return providerOfFamily(db, familyId, providerId);
}

/** Children named for a provider must be this family's: another family's id is a field error. */
async function assertChildrenOfFamily(db: Executor, familyId: string, childIds: string[]) {
  const found = await db
    .select({ id: children.id })
    .from(children)
    .where(and(eq(children.familyId, familyId), inArray(children.id, childIds)));
  if (found.length !== childIds.length) throw invalidFields({ childIds: "validation.unknownChild" });
}

/** Merges answer changes into the stored answers: a null answer clears that question. */
function mergeAnswers(
  stored: Record<string, QuestionAnswer>,
  changes: AnswersInput | undefined,
): Record<string, QuestionAnswer> {
  const merged = { ...stored };
  for (const [questionId, answer] of Object.entries(changes ?? {})) {
    if (answer) merged[questionId] = answer;
    else delete merged[questionId];
  }
  return merged;
}

async function linkChildren(tx: Executor, providerId: string, childIds: string[]) {
  await tx.delete(providerChildren).where(eq(providerChildren.providerId, providerId));
  await tx.insert(providerChildren).values(childIds.map((childId) => ({ providerId, childId })));
}

export async function createProvider(
  actor: Actor,
  familyId: string,
  input: ProviderCreateInput,
  request: IdempotentRequest | null = null,
): Promise<ProviderDto> {
  return inFamily(actor, familyId, (tx) => insertProvider(tx, actor, familyId, input), request);
}

/** Several providers at once (an import): all of them or, on any error, none. */
export async function createProviders(
  actor: Actor,
  familyId: string,
  inputs: readonly ProviderCreateInput[],
  request: IdempotentRequest | null = null,
): Promise<ProviderDto[]> {
  return inFamily(
    actor,
    familyId,
    async (tx) => {
      const created: ProviderDto[] = [];
      for (const input of inputs) created.push(await insertProvider(tx, actor, familyId, input));
      return created;
    },
    request,
  );
}

/** One provider with its children and its "added" event, inside the caller's transaction. */
async function insertProvider(
  tx: Executor,
  actor: Actor,
  familyId: string,
  input: ProviderCreateInput,
): Promise<ProviderDto> {
  await assertChildrenOfFamily(tx, familyId, input.childIds);
  const { childIds, answers, ...fields } = withoutCredentialInput(input);
  const credentials = await credentialColumns(tx, familyId, null, input);
  const [row] = await tx
    .insert(providers)
    .values({
      ...fields,
      ...credentials,
      credentialIds: credentials.credentialIds!,
      familyId,
      trainedIn: fields.trainedIn ?? [],
      endOn: fields.endOn ?? null,
      answers: mergeAnswers({}, answers),
    })
    .returning();
  await linkChildren(tx, row!.id, childIds);
  const created = providerDto(row!, [...childIds].sort());
  await recordCareEvent(tx, {
    familyId,
    actorId: actor.id,
    action: "provider.added",
    subjectType: "provider",
    subjectId: created.id,
    subject: subjectOf(created),
    changes: {
      startOn: { from: null, to: created.startOn },
      servicesDelivered: { from: null, to: created.servicesDelivered },
      ...(created.endOn ? { endOn: { from: null, to: created.endOn } } : {}),
    },
  });
  return created;
}

export async function updateProvider(
  actor: Actor,
  familyId: string,
  providerId: string,
  input: ProviderPatchInput,
  request: IdempotentRequest | null = null,
): Promise<ProviderDto> {
  return inFamily(
    actor,
    familyId,
    async (tx) => {
      const before = await providerOfFamily(tx, familyId, providerId, { forUpdate: true });
      const { childIds, answers, ...rest } = withoutCredentialInput(input);
      const fields = { ...rest, ...(await credentialColumns(tx, familyId, providerId, input)) };
      const startOn = fields.startOn ?? before.startOn;
      const endOn = fields.endOn === undefined ? before.endOn : fields.endOn;
      if (endOn !== null && endOn < startOn) throw invalidFields({ endOn: "validation.endBeforeStart" });
      if (childIds) await assertChildrenOfFamily(tx, familyId, childIds);
      const changed = Object.fromEntries(
        Object.entries({ ...fields, answers: answers ? mergeAnswers(before.answers, answers) : undefined }).filter(
          ([, value]) => value !== undefined,
        ),
      );
      // A patch of the children alone changes no column of the provider row itself.
      const [row] =
        Object.keys(changed).length > 0
          ? await tx.update(providers).set(changed).where(eq(providers.id, providerId)).returning()
          : await tx.select().from(providers).where(eq(providers.id, providerId));
      if (childIds) await linkChildren(tx, providerId, childIds);
      const after = providerDto(row!, childIds ? [...childIds].sort() : before.childIds);
      const changes = changesBetween(before, after, TRACKED_FIELDS);
      if (Object.keys(changes).length > 0) {
        const action =
          changes.endOn && after.endOn && Object.keys(changes).length === 1 ? "provider.ended" : "provider.updated";
        await recordCareEvent(tx, {
          familyId,
          actorId: actor.id,
          action,
          subjectType: "provider",
          subjectId: providerId,
          subject: subjectOf(after),
          changes,
        });
      }
      return after;
    },
    request,
  );
}

export async function deleteProvider(
  actor: Actor,
  familyId: string,
  providerId: string,
  request: IdempotentRequest | null = null,
): Promise<void> {
  await inFamily(
    actor,
    familyId,
    async (tx) => {
      const provider = await providerOfFamily(tx, familyId, providerId);
      await tx.delete(providers).where(eq(providers.id, providerId));
      await recordCareEvent(tx, {
        familyId,
        actorId: actor.id,
        action: "provider.removed",
        subjectType: "provider",
        subjectId: providerId,
        subject: subjectOf(provider),
      });
    },
    request,
  );
}

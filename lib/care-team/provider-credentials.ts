import "server-only";
import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { families, providers } from "@/db/schema";
import { AppError } from "@/lib/core/errors";
import { canonicalCredentialId, isUsState, type UsState } from "@/lib/domain/catalog";
import { credentialIdsOf, type ProviderCreateInput, type ProviderPatchInput } from "@/lib/schemas/care-team";
import type { ProviderDto } from "./dto";

/** What a provider row stores about credentials and supervision. */
type CredentialColumns = {
  credentialIds?: string[];
  supervisorProviderId?: string | null;
  supervisorName?: string | null;
  supervisorCredentialId?: string | null;
};

const refused = (field: string, key: string) => new AppError("unprocessable", { [field]: key });

/** The family's state, which decides what an ambiguous title ("qmhp") means. */
export async function familyStateOf(db: Executor, familyId: string): Promise<UsState | null> {
  const [family] = await db.select({ state: families.state }).from(families).where(eq(families.id, familyId));
  return family?.state && isUsState(family.state) ? family.state : null;
}

/** Each id as the catalog keeps it for this family's state; an id it does not know is a 422. */
export function canonicalIds(ids: readonly string[], state: UsState | null, field: string): string[] {
  const canonical = ids.map((id) => canonicalCredentialId(id.trim().toLowerCase(), state));
  if (canonical.some((id) => !id)) throw refused(field, "validation.unknownCredential");
  const unique = [...new Set(canonical as string[])];
  // Two spellings of one credential ("qmhp" and "or:qmhp") are one credential, named once.
  if (unique.length !== canonical.length) throw refused(field, "validation.duplicate");
  return unique;
}

/**
 * The credential and supervisor columns a create or a patch writes, resolved against the family:
 * credentials made canonical for its state, a supervisor on the team only if it is another
 * provider of the same family (else 422). Fields the input leaves out stay out.
 */
export async function credentialColumns(
  tx: Executor,
  familyId: string,
  providerId: string | null,
  input: ProviderCreateInput | ProviderPatchInput,
): Promise<CredentialColumns> {
  const columns: CredentialColumns = {};
  const named = credentialIdsOf(input);
  const needsState = named !== undefined || Boolean(input.supervisor);
  const state = needsState ? await familyStateOf(tx, familyId) : null;
  if (named) columns.credentialIds = canonicalIds(named, state, input.credentialIds ? "credentialIds" : "credentialId");
  if (input.supervisorProviderId !== undefined) {
    if (input.supervisorProviderId !== null) {
      if (input.supervisorProviderId === providerId)
        throw refused("supervisorProviderId", "validation.unknownSupervisor");
      const [found] = await tx
        .select({ id: providers.id })
        .from(providers)
        .where(and(eq(providers.id, input.supervisorProviderId), eq(providers.familyId, familyId)));
      if (!found) throw refused("supervisorProviderId", "validation.unknownSupervisor");
    }
    columns.supervisorProviderId = input.supervisorProviderId;
    if (input.supervisorProviderId !== null)
      Object.assign(columns, { supervisorName: null, supervisorCredentialId: null });
  }
  if (input.supervisor !== undefined) {
    if (input.supervisor === null) Object.assign(columns, { supervisorName: null, supervisorCredentialId: null });
    else {
      const [credentialId] = canonicalIds([input.supervisor.credentialId], state, "supervisor.credentialId");
      Object.assign(columns, {
        supervisorName: input.supervisor.name,
        supervisorCredentialId: credentialId,
        supervisorProviderId: null,
      });
    }
  }
  return columns;
}

/** The provider fields the history tracks about credentials and supervision, for changesBetween. */
export const CREDENTIAL_FIELDS = ["credentialIds", "supervisor"] as const satisfies readonly (keyof ProviderDto)[];

const INPUT_ONLY = ["credentialId", "credentialIds", "supervisorProviderId", "supervisor"] as const;

/** The input without the fields credentialColumns turns into columns. */
export function withoutCredentialInput<T extends ProviderCreateInput | ProviderPatchInput>(
  input: T,
): Omit<T, (typeof INPUT_ONLY)[number]> {
  const rest: Partial<T> = { ...input };
  for (const key of INPUT_ONLY) delete rest[key];
  return rest as Omit<T, (typeof INPUT_ONLY)[number]>;
}

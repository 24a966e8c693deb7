import { foldText } from "@/lib/core/fold-text";
import { credentials } from "./credentials";
import type { Credential, UsState } from "./types";

// Finding a credential by what a record holds: its id, an old id, or a short form a family's
// paperwork uses. Kept apart from index.ts so search and canonical ids share one index.

const byId = new Map(credentials.map((entry) => [entry.id, entry]));

/**
 * Aliases that resolve without a state: the first entry to claim one wins, and Oregon's titles
 * come before the other states', so the old unscoped ids (`qmhp`) keep meaning what they meant.
 */
const byAlias = new Map<string, Credential>();
for (const entry of credentials) {
  for (const alias of entry.aliases ?? []) if (!byAlias.has(alias) && !byId.has(alias)) byAlias.set(alias, entry);
}

/** Lower case, accents off, punctuation and spaces dropped: "QMHP-CS" and "qmhp cs" are the same key. */
export const compactKey = (text: string) => foldText(text).replace(/[^\p{L}\p{N}]+/gu, "");

export const isNational = (credential: Credential) => credential.states.length === 0;

/** An entry by id, or by an alias (Oregon's old ids such as `qmha` → `or:qmha`). */
export const credentialById = (id: string): Credential | undefined => byId.get(id) ?? byAlias.get(id);

/** The names a state title answers to inside its state: its aliases and every part of its short form. */
function localNames(credential: Credential): string[] {
  return [...(credential.aliases ?? []), ...credential.abbreviation.split(" / ")].map(compactKey);
}

/**
 * The credential id a stored provider should hold, for a family in `state` (null: not known).
 * - a scoped id (`tx:qmhp-cs`) stays as it is;
 * - an unscoped id that one of the state's own titles answers to becomes that title: a Texas
 *   family's `qmhp` is `tx:qmhp-cs`, a Virginia family's `qmhp-a` is `va:qmhp`, an Ohio family's
 *   `lpc` is `oh:lpc` (R11: the state's title wins over the national meaning);
 * - any other national id stays as it is;
 * - Oregon's old ids (`qmha`, `cswa`, `lpc-associate` …) become Oregon's titles (`or:qmha` …).
 * Unknown ids give undefined.
 */
export function canonicalCredentialId(id: string, state: UsState | null): string | undefined {
  if (id.includes(":")) return byId.has(id) ? id : undefined;
  if (state) {
    const key = compactKey(id);
    const local = credentials.find((entry) => entry.states.includes(state) && localNames(entry).includes(key));
    if (local) return local.id;
  }
  return credentialById(id)?.id;
}

/** The national entries plus the state's own titles; with no state, every entry. */
export function credentialsForState(state: UsState | null): Credential[] {
  return credentials.filter((entry) => state === null || isNational(entry) || entry.states.includes(state));
}

import { foldText } from "@/lib/core/fold-text";
import { credentials } from "./credentials";
import { catalogEs } from "./es";
import { compactKey, isNational } from "./lookup";
import type { Credential, UsState } from "./types";

// Search over the words a parent might type: a title's name (English or Spanish), its short form,
// its aliases and the words people use for it ("skills trainer", "BHT").

const EXACT = 100;

/** How well one name matches a query: 0 for no match. */
export function nameScore(query: string, name: string): number {
  const q = compactKey(query);
  const n = compactKey(name);
  if (q.length === 0 || n.length === 0) return 0;
  if (n === q) return EXACT;
  if (n.startsWith(q)) return 60;
  const words = foldText(name).split(/[^\p{L}\p{N}]+/u);
  const queryWords = foldText(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
  if (queryWords.length > 0 && queryWords.every((word) => words.some((candidate) => candidate.startsWith(word)))) {
    return 40;
  }
  // Short queries ("PA", "BT") inside longer names match far too much: only whole names and prefixes count.
  if (q.length >= 4 && n.includes(q)) return 20;
  return 0;
}

function namesOf(credential: Credential): string[] {
  const spanish = catalogEs.credentials[credential.id];
  return [
    credential.label,
    ...credential.abbreviation.split(" / "),
    ...(credential.aliases ?? []),
    ...(credential.searchTerms ?? []),
    ...(spanish ? [spanish.label] : []),
  ];
}

export type CredentialMatch = { readonly credential: Credential; readonly score: number };

/** 0: the family's own state, 1: national, 2: another state. */
function tier(credential: Credential, state: UsState | null): number {
  if (isNational(credential)) return 1;
  return state !== null && credential.states.includes(state) ? 0 : 2;
}

/**
 * Credentials whose names match the query: exact names first (an Oregon parent typing "LPC" wants
 * the LPC before the LPC Associate), then partial ones; within each, the family's state first,
 * then the national entries, then other states' titles, best match first, then by label. Case
 * and accents are ignored.
 */
export function searchCredentials(query: string, state: UsState | null): Credential[] {
  const matches: (CredentialMatch & { tier: number })[] = [];
  for (const credential of credentials) {
    const score = Math.max(0, ...namesOf(credential).map((name) => nameScore(query, name)));
    if (score > 0) matches.push({ credential, score, tier: tier(credential, state) });
  }
  return matches
    .sort(
      (a, b) =>
        Number(b.score === EXACT) - Number(a.score === EXACT) ||
        a.tier - b.tier ||
        b.score - a.score ||
        a.credential.label.localeCompare(b.credential.label),
    )
    .map((match) => match.credential);
}

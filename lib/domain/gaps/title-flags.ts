import { credentialById } from "../catalog";
import type { IsoDate } from "@/lib/core/dates";
import { isProviderActiveOn } from "./evaluate";
import type { ProviderRecord, TitleFlag } from "./types";

// Titles that make a family believe the person treats their child, in English and in Spanish
// (families write down the title they were given, in the language it was given in): "therapist",
// "terapeuta", "counselor", "consejera", "clinician", "clínico", "psicóloga", "psiquiatra".
const CLINICAL_SOUNDING = /therap|terap|counsel|consej|clinic|psycholog|psicolog|psychiatr|psiquiatr/i;

/** Lower case, accents off, words only: "Consejera Escolar" → "consejera escolar". */
const normalizeTitle = (title: string) =>
  title
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLocaleLowerCase()
    .replace(/[^a-z]+/g, " ")
    .trim();

/** "School counselor" on a school counselor is the truth, not a therapist's title. */
function namesItsRole(title: string, honestTitles: readonly string[] = []): boolean {
  const normalized = normalizeTitle(title);
  return honestTitles.some((honest) => normalized.includes(honest));
}

const QUESTIONS_FOR: Record<TitleFlag["kind"], readonly string[]> = {
  "title-not-clinical": ["licensed", "therapy-or-support", "oversight", "interventions"],
  "credential-unknown": ["licensed", "therapy-or-support", "interventions", "oversight"],
};

/**
 * Providers whose introduction may mislead: a therapist-sounding title over a credential that is
 * not clinical, or a credential nobody knows yet. Each flag lists the questions still to ask.
 */
export function titleFlagsOn(providers: readonly ProviderRecord[], on: IsoDate): TitleFlag[] {
  const flags: TitleFlag[] = [];
  for (const provider of providers) {
    if (!isProviderActiveOn(provider, on)) continue;
    const held = provider.credentialIds
      .map((id) => credentialById(id))
      .filter((credential) => credential !== undefined && credential.kind !== "unknown");
    // One clinical credential among several is enough for a clinical title; any honest title too.
    const kind: TitleFlag["kind"] | null =
      held.length === 0
        ? "credential-unknown"
        : CLINICAL_SOUNDING.test(normalizeTitle(provider.statedTitle)) &&
            !held.some((credential) => credential!.clinical) &&
            !held.some((credential) => namesItsRole(provider.statedTitle, credential!.honestTitles))
          ? "title-not-clinical"
          : null;
    if (!kind) continue;
    const answered = new Set(provider.answeredQuestionIds ?? []);
    flags.push({
      providerId: provider.id,
      kind,
      statedTitle: provider.statedTitle,
      credentialId: provider.credentialIds[0] ?? "unknown",
      questionIds: QUESTIONS_FOR[kind].filter((id) => !answered.has(id)),
    });
  }
  return flags;
}

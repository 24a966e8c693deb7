import type { LetterFacts, LetterLocale, LetterProviderFact, LetterServiceFact, LetterTemplate } from "./types";

/**
 * The sentences of a letter in one language. Each returns whole sentences: the grammar of each
 * language (plurals, articles, possessives) is decided here, never glued from fragments.
 */
export type LetterWords = {
  subject(template: LetterTemplate, child: string, services: readonly string[]): string;
  greeting(name: string): string;
  intro(template: LetterTemplate, facts: LetterFacts, services: readonly string[], deniedOn: string | null): string;
  factsLead(today: string): string;
  /** A provider the first time the letter names them (with the title they gave), or again (the name alone). */
  provider(provider: LetterProviderFact, first: boolean): string;
  service(fact: LetterServiceFact, child: string, label: string, since: string, providers: string | null): string;
  questionsLead(provider: string | null): string;
  requestMade(askedOn: string, toName: string, summary: string): string;
  overdue(dueOn: string): string;
  dueBy(dueOn: string): string;
  denied(deniedOn: string): string;
  ask(template: LetterTemplate, child: string, serviceCount: number): string;
  thanks: string;
  signOff: string;
  notLegalAdvice: string;
};

export type WordsByLocale = Record<LetterLocale, LetterWords>;

import { inSentence, longDate, quoted } from "./format";
import type { LetterFacts, LetterProviderFact, LetterText } from "./types";
import { lettersEn } from "./words-en";
import { lettersEs } from "./words-es";
import type { WordsByLocale } from "./words";

const WORDS: WordsByLocale = { en: lettersEn, es: lettersEs };

/** The templates that speak about the gaps even when the family named no service. */
const GAPS_BY_DEFAULT = new Set(["service-request", "appeal", "school-evaluation"]);
export const usesGapsByDefault = (template: LetterFacts["template"]) => GAPS_BY_DEFAULT.has(template);

/**
 * A letter drafted from the record: a subject and a plain-text body (paragraphs apart by a blank
 * line, list items by "- "). Every sentence states a fact the facts carry or asks something; a
 * sentence whose fact is missing is left out, never written with a blank. The body always ends
 * saying it is not legal advice.
 */
export function composeLetter(facts: LetterFacts): LetterText {
  const words = WORDS[facts.locale];
  const date = (iso: string) => longDate(iso, facts.locale);
  const child = facts.childName.trim();
  const labels = facts.services.map((service) => inSentence(service.label));

  // A provider's title is given the first time they are named, their name alone after.
  const named = new Set<string>();
  const provider = (fact: LetterProviderFact) => {
    const key = `${fact.name}\u0000${fact.statedTitle}`;
    const first = !named.has(key);
    named.add(key);
    return words.provider(fact, first);
  };
  const listOf = (providers: readonly LetterProviderFact[]) =>
    providers.length === 0
      ? null
      : new Intl.ListFormat(facts.locale, { type: "conjunction" }).format(providers.map(provider));

  const request = facts.request;
  const deniedOn = request?.status === "denied" && request.deniedOn ? date(request.deniedOn) : null;

  const paragraphs: string[] = [];
  paragraphs.push(date(facts.today));
  paragraphs.push([facts.recipient.name, facts.recipient.organization].filter(Boolean).join("\n"));
  paragraphs.push(words.greeting(facts.recipient.name));
  paragraphs.push(words.intro(facts.template, facts, labels, facts.template === "appeal" ? deniedOn : null));

  if (request) {
    const said = [words.requestMade(date(request.askedOn), request.toName, quoted(request.summary))];
    if (request.status === "open" && request.dueOn)
      said.push(request.dueOn < facts.today ? words.overdue(date(request.dueOn)) : words.dueBy(date(request.dueOn)));
    if (request.status === "denied" && request.deniedOn && facts.template !== "appeal")
      said.push(words.denied(date(request.deniedOn)));
    paragraphs.push(said.join(" "));
  }

  if (facts.services.length > 0) {
    const lines = facts.services.map(
      (service, index) =>
        `- ${words.service(service, child, facts.services[index]!.label, date(service.since), listOf(service.deliveredBy))}`,
    );
    paragraphs.push([words.factsLead(date(facts.today)), ...lines].join("\n"));
  }

  for (const entry of facts.questions) {
    if (entry.questions.length === 0) continue;
    const lead = words.questionsLead(entry.provider ? provider(entry.provider) : null);
    paragraphs.push([lead, ...entry.questions.map((question) => `- ${question}`)].join("\n"));
  }

  paragraphs.push(words.ask(facts.template, child, facts.services.length));
  paragraphs.push(words.thanks);
  paragraphs.push([words.signOff, facts.senderName?.trim()].filter(Boolean).join("\n"));
  paragraphs.push(words.notLegalAdvice);

  return {
    subject: words.subject(facts.template, child, labels),
    body: paragraphs.filter((paragraph) => paragraph.trim().length > 0).join("\n\n"),
  };
}

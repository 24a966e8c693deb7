import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import { credentials as englishCredentials, US_STATES } from "@/lib/domain/catalog";
import { catalogIn } from "@/lib/domain/catalog/localize";
import type { Credential, Service } from "@/lib/domain/catalog";
import {
  credentialSentenceValues,
  englishArticle,
  neededForValues,
  titledAs,
  usStateName,
} from "@/lib/domain/catalog/sentence-words";
import { MARKED } from "@/lib/domain/gaps";
import { MISMATCH_MESSAGE_KEY, mismatchReasonText } from "@/lib/domain/gaps/mismatch-reason-text";
import type { MismatchReasonCode } from "@/lib/domain/gaps/types";
import { stateAwareMismatch } from "@/lib/care-team/mismatch-words";
import { messagesByLocale } from "@/lib/core/i18n/translator";

type Language = "en" | "es";

/** English words everyone who reads the catalog in Spanish would see untranslated, by entry. */
const englishCatalog = catalogIn("en");

/**
 * What is wrong with one rendered sentence, in words a failing test prints. Independent of the
 * code under test: it reads the sentence as a proofreader would.
 */
function problemsIn(text: string, language: Language): string[] {
  const problems: string[] = [];
  if (/[{}]/.test(text)) problems.push("a placeholder is left");
  const doubled = /(?<![\p{L}\p{N}])([\p{L}]{2,})\s+\1(?![\p{L}\p{N}])/iu.exec(text);
  if (doubled) problems.push(`"${doubled[0]}" says a word twice`);
  const repeated = /(?<![\p{L}])([\p{L}][\p{L}\s-]{2,}?),\s+\1(?![\p{L}])/iu.exec(text);
  if (repeated) problems.push(`"${repeated[0]}" says the same thing twice`);
  if ((text.match(/check locally|consúltelo localmente/gi) ?? []).length > 1) problems.push("says check locally twice");
  if (/\(\)|\s[,.;]|:\s*$/.test(text)) problems.push("a value is empty");
  if (language === "en") {
    // An acronym is read letter by letter: "an LCSW", "an RBT", "a QMHA".
    const aBeforeVowelLetter = /\ba ([AEFHILMNORSX][A-Z]+)\b/.exec(text);
    if (aBeforeVowelLetter) problems.push(`"a ${aBeforeVowelLetter[1]}" should be "an"`);
    const anBeforeConsonantLetter = /\ban ([BCDGJKPQTUVWYZ][A-Z]+)\b/.exec(text);
    if (anBeforeConsonantLetter) problems.push(`"an ${anBeforeConsonantLetter[1]}" should be "a"`);
    const aBeforeVowel = /\ba ([AEIOaeio][a-z]+|Un[a-hj-z][a-z]*)\b/.exec(text);
    if (aBeforeVowel) problems.push(`"a ${aBeforeVowel[1]}" should be "an"`);
  }
  return problems;
}

/**
 * Spanish text that carries a catalog entry's English words where Spanish has its own. What is in
 * parentheses is left out: a Spanish name keeps the English one beside it, as paperwork says it
 * ("relevo (respite)").
 */
function untranslatedIn(text: string): string[] {
  const outside = text.replace(/\([^)]*\)/g, "");
  const found: string[] = [];
  const spanish = catalogIn("es");
  for (const entry of englishCatalog.credentials) {
    // A name that is an English acronym, or an official title led by one ("LPC Associate"), stays.
    if (/^[A-Z][A-Za-z]*[A-Z]/.test(entry.abbreviation)) continue;
    if (outside.includes(entry.abbreviation)) found.push(entry.abbreviation);
  }
  for (const entry of englishCatalog.services) {
    if (spanish.serviceById(entry.id)!.label === entry.label) continue;
    if (outside.toLowerCase().includes(entry.label.toLowerCase())) found.push(entry.label);
  }
  return found;
}

/** A state named in English inside a Spanish sentence ("En Oregon, …"). */
function englishStateIn(text: string): string[] {
  return US_STATES.filter(
    (state) => usStateName(state.code, "es") !== state.name && new RegExp(`\\b${state.name}\\b`).test(text),
  ).map((state) => state.name);
}

/** Spanish puts no bare "un"/"una" before a credential's name: its gender is the person's, not the word's. */
const spanishNamePatterns = catalogIn("es").credentials.flatMap((entry) =>
  [entry.abbreviation, entry.label].map((name) => ({
    name,
    pattern: new RegExp(`(?<![\\p{L}])(un|una) ${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "u"),
  })),
);

function spanishArticleBeforeName(text: string): string[] {
  return spanishNamePatterns.filter(({ pattern }) => pattern.test(text)).map(({ name }) => `un/una ${name}`);
}

/** The reasons the engine can give for this credential delivering this service (R1–R5). */
function reasonsFor(credential: Credential, service: Service): MismatchReasonCode[] {
  const qualification = credential.services[service.id];
  if (!qualification) return ["not-qualified"];
  const codes: MismatchReasonCode[] = [];
  if (service.requiresTrainingIn?.length) codes.push("no-model-training", "no-trauma-model");
  if (credential.requiresSupervisor) codes.push("needs-supervisor");
  if (qualification.requires === "behavior-analyst") codes.push("needs-behavior-analyst");
  return codes;
}

/** Every sentence that names a credential, service, need, state or title, for every entry, in one language. */
function everySentence(language: Language): { key: string; text: string }[] {
  const t = createTranslator({ locale: language, messages: messagesByLocale[language] });
  const catalog = catalogIn(language);
  const out: { key: string; text: string }[] = [];
  const say = (key: string, values: Record<string, string | number>) =>
    out.push({ key, text: t(key as never, values as never) });

  for (const credential of catalog.credentials) {
    const english = englishCatalog.credentialById(credential.id)!;
    const values = credentialSentenceValues(credential);
    say("careTeam.whatCredentialMeans", values);
    say("careTeam.flagTitle", { title: "therapist", ...values });
    say("credentialFacts.readMore", values);
    if (credential.unverified) say("credentialFacts.checkLocally", { note: credential.unverified });
    if (credential.variesByState) say("credentialFacts.variesByState", { note: credential.variesByState });
    // A title that is the credential's own name (English or translated), and one that is not.
    for (const title of [english.abbreviation, english.label, credential.abbreviation, "therapist"])
      say("history.provider.added", {
        who: "Ana",
        name: "Dana Reyes",
        title,
        titled: titledAs(title, credential, english),
        credential: credential.abbreviation,
        date: "Jan 5, 2026",
      });
    // Every reason, for every service the credential may or may not deliver, in its own state.
    const mismatch = stateAwareMismatch((key, values) => t(`mismatch.${key}` as never, values as never));
    for (const service of catalog.services)
      for (const code of reasonsFor(credential, service))
        out.push({
          key: `mismatch.${MISMATCH_MESSAGE_KEY[code]}`,
          text: mismatchReasonText(
            mismatch,
            { code, credentialId: credential.id, serviceId: service.id, stateCode: credential.states[0] },
            language,
          ),
        });
  }

  for (const service of catalog.services) {
    if (service.unverified) say("gaps.checkLocally", { note: service.unverified });
    say("gaps.learnMore", { service: service.label });
    for (const key of ["serviceMarked", "serviceRemoved"])
      say(`children.${key}`, { service: service.label, name: "Jo" });
    for (const key of ["serviceCleared", "serviceReopened", "clearTitle", "clearNamed"])
      say(`children.${key}`, { service: service.label });
  }

  const needLabel = (id: string) => catalog.needById(id)?.label ?? id;
  for (const need of catalog.needs) {
    for (const key of ["needAdded", "needRemoved"]) say(`children.${key}`, { need: need.label, name: "Jo" });
    for (const key of ["needResolved", "needReopened", "resolveTitle", "resolveNamed", "reopenNamed"])
      say(`children.${key}`, { need: need.label });
    for (const reasons of [[need.id], [need.id, MARKED], [MARKED], [need.id, catalog.needs[0]!.id]])
      for (const key of ["gaps.neededFor", "careSummary.neededFor"])
        say(key, neededForValues(reasons, MARKED, needLabel, language));
  }
  return out;
}

describe("whole-sentence messages", () => {
  for (const language of ["en", "es"] as const) {
    it(`reads right in ${language} for every catalog entry, every state and every reason`, () => {
      const sentences = everySentence(language);
      expect(sentences.length).toBeGreaterThan(1000);
      const wrong = sentences.flatMap(({ key, text }) => {
        // A note from the catalog is the translator's own prose; the sentence around it is the template.
        const prose = /checkLocally|variesByState/.test(key);
        const problems = [
          ...problemsIn(text, language),
          // A title in quotes is what the person typed, in whatever language they were told it.
          ...(language === "es"
            ? untranslatedIn(text.replace(/“[^”]*”/g, "")).map((word) => `untranslated "${word}"`)
            : []),
          ...(language === "es" && !prose ? spanishArticleBeforeName(text) : []),
          ...(language === "es" && !prose ? englishStateIn(text).map((state) => `"${state}" in English`) : []),
        ];
        return problems.length > 0 ? [`${key}: ${text} → ${problems.join("; ")}`] : [];
      });
      expect([...new Set(wrong)].slice(0, 20)).toEqual([]);
      // Thousands of sentences: seconds on a busy machine.
    }, 60_000);
  }

  it("the proofreader catches each mistake once seen on the pages", () => {
    expect(problemsIn("What a Unknown can and cannot do", "en")).not.toEqual([]);
    expect(problemsIn("What a LCSW can and cannot do", "en")).not.toEqual([]);
    expect(problemsIn("What an QMHA can and cannot do", "en")).not.toEqual([]);
    expect(problemsIn("What a associate can do", "en")).not.toEqual([]);
    expect(problemsIn("Check locally: it varies by state: check locally.", "en")).not.toEqual([]);
    expect(problemsIn("Dana (introduced as Psychiatrist, Psychiatrist)", "en")).not.toEqual([]);
    expect(problemsIn("What a {credential} does", "en")).not.toEqual([]);
    expect(spanishArticleBeforeName("Lo que un Desconocida puede y no puede hacer")).not.toEqual([]);
    expect(untranslatedIn("Lo que permite la credencial Case manager")).toEqual(["Case manager"]);
    expect(englishStateIn("En Oregon, la credencial QMHA…")).toEqual(["Oregon"]);
    // And lets good sentences through.
    expect(problemsIn("What an LCSW can and cannot do", "en")).toEqual([]);
    expect(problemsIn("What a QMHA can and cannot do", "en")).toEqual([]);
    expect(englishStateIn("En Oregón, la credencial QMHA…")).toEqual([]);
  });

  it("says a or an by how the word is said", () => {
    const cases: [string, "a" | "an"][] = [
      ["LCSW", "an"],
      ["RBT / RBAI", "an"],
      ["FNP", "an"],
      ["QMHA", "a"],
      ["BCBA / LBA", "a"],
      ["PMHNP", "a"],
      ["Unknown", "an"],
      ["associate", "an"],
      ["unit", "a"],
      ["hour", "an"],
      ["Psychiatrist", "a"],
    ];
    for (const [word, article] of cases) expect(englishArticle(word), word).toBe(article);
  });

  it("names a state in the reader's language", () => {
    expect(usStateName("OR", "es")).toBe("Oregón");
    expect(usStateName("OR", "en")).toBe("Oregon");
    expect(usStateName("TX", "es")).toBe("Texas");
    expect(usStateName("NY", "es")).toBe("Nueva York");
    // The same names the Spanish messages give the state picker.
    const spanishStates = (messagesByLocale.es as unknown as { usStates: Record<string, string> }).usStates;
    for (const state of US_STATES) expect(usStateName(state.code, "es"), state.code).toBe(spanishStates[state.code]);
  });

  it("says a title once when it is only the credential's own name", () => {
    const psychiatrist = englishCredentials.find((entry) => entry.id === "psychiatrist")!;
    expect(titledAs("psychiatrist", psychiatrist)).toBe("same");
    expect(titledAs("Therapist", psychiatrist)).toBe("other");
    expect(
      titledAs(
        "Therapist",
        englishCredentials.find((entry) => entry.id === "unknown"),
      ),
    ).toBe("unknown");
  });
});

describe("a credential's name mid-sentence", () => {
  it("keeps acronyms and lowers plain words", () => {
    expect(credentialSentenceValues({ abbreviation: "Case manager", kind: "job-title" }).credential).toBe(
      "case manager",
    );
    expect(credentialSentenceValues({ abbreviation: "LPC Associate", kind: "registration" }).credential).toBe(
      "LPC Associate",
    );
    expect(credentialSentenceValues({ abbreviation: "BCaBA / LaBA", kind: "certification" }).credential).toBe(
      "BCaBA / LaBA",
    );
  });
});

import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import { credentials, needs, questions, services, treatmentModels } from "@/lib/domain/catalog";
import { catalogEs } from "@/lib/domain/catalog/es";
import { catalogIn, credentialName } from "@/lib/domain/catalog/localize";
import { mismatchReasonText } from "@/lib/domain/gaps/mismatch-reason-text";
import { locales } from "@/lib/core/i18n/locales";
import { messagesByLocale } from "@/lib/core/i18n/translator";

type Tree = { [key: string]: string | Tree };

/** Every message key as a dotted path, with its text. */
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(prefix + key, value);
    else for (const [inner, text] of flatten(value, `${prefix}${key}.`)) out.set(inner, text);
  }
  return out;
}

/**
 * The argument names of an ICU message ("{count, plural, one {# day} other {# days}}" → count),
 * read with a small parser so that words inside plural and select branches are not mistaken for
 * arguments.
 */
/** The tag names a rich message wraps words in ("<call>988</call>"), sorted. */
function tagsOf(message: string): string[] {
  return [...new Set([...message.matchAll(/<([a-z][a-zA-Z]*)>/g)].map((match) => match[1]!))].sort();
}

/**
 * Arguments that carry one language's grammar, not content: English chooses "a" or "an" by the
 * word that follows (`article`); Spanish names a credential as "la credencial …" and needs none.
 * A translation may leave them out; every other argument must be in every language.
 */
const GRAMMAR_ARGUMENTS: ReadonlySet<string> = new Set(["article"]);

function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  let i = 0;
  const body = (): void => {
    while (i < message.length && message[i] !== "}") {
      if (message[i] === "{") {
        i++;
        argument();
      } else i++;
    }
  };
  const readUntil = (stops: string) => {
    const start = i;
    while (i < message.length && !stops.includes(message[i]!)) i++;
    return message.slice(start, i).trim();
  };
  const argument = (): void => {
    names.add(readUntil(",}"));
    if (message[i] === "}") return void i++;
    i++;
    const type = readUntil(",}");
    if (message[i] === "}") return void i++;
    i++;
    if (type === "plural" || type === "select" || type === "selectordinal") {
      while (i < message.length && message[i] !== "}") {
        readUntil("{}");
        if (message[i] === "{") {
          i++;
          body();
          i++;
        }
      }
    } else readUntil("}");
    i++;
  };
  body();
  return [...names].sort();
}

const english = flatten(messagesByLocale.en as unknown as Tree);

describe("the message catalogs", () => {
  it("reads arguments and not the words of plural branches", () => {
    expect(argumentsOf("{count, plural, =0 {today} one {# day} other {# days}} since {date} ({duration})")).toEqual([
      "count",
      "date",
      "duration",
    ]);
    expect(argumentsOf("{minutes} min · {audience, select, parents {for parents} other {for {who}}}")).toEqual([
      "audience",
      "minutes",
      "who",
    ]);
  });

  for (const locale of locales.filter((other) => other !== "en")) {
    const translated = flatten(messagesByLocale[locale] as unknown as Tree);

    it(`${locale} has exactly the keys English has, neither more nor fewer`, () => {
      expect(
        [...english.keys()].filter((key) => !translated.has(key)),
        "missing in " + locale,
      ).toEqual([]);
      expect(
        [...translated.keys()].filter((key) => !english.has(key)),
        "only in " + locale,
      ).toEqual([]);
    });

    it(`${locale} uses the same arguments in every message, and each one formats`, () => {
      const errors: string[] = [];
      const t = createTranslator({
        locale,
        messages: messagesByLocale[locale],
        onError: (error) => errors.push(error.message),
      });
      for (const [key, text] of english) {
        const wanted = argumentsOf(text);
        const content = (names: string[]) => names.filter((name) => !GRAMMAR_ARGUMENTS.has(name));
        expect(content(argumentsOf(translated.get(key) ?? "")), `${locale} ${key}`).toEqual(content(wanted));
        const values = Object.fromEntries(
          wanted.map((name) => [
            name,
            ["count", "days", "max", "minutes", "asked", "total", "year", "missing", "mismatch"].includes(name)
              ? 2
              : "x",
          ]),
        );
        // A rich message wraps words in tags (a link, a phone number): the same tags in every language.
        const tags = tagsOf(text);
        expect(tagsOf(translated.get(key) ?? ""), `${locale} ${key} tags`).toEqual(tags);
        if (tags.length > 0) {
          const wrap = Object.fromEntries(tags.map((tag) => [tag, (chunks: unknown) => chunks]));
          t.rich(key as never, { ...values, ...wrap } as never);
        } else if (text !== "") t(key as never, values as never);
      }
      expect(errors).toEqual([]);
    });

    it(`${locale} is actually translated (not English left behind)`, () => {
      // The product's name, the language names, pure formats ("{name} ({credential})") and "coach",
      // which Spanish-speaking families use as it is, stay the same; everything else is translated.
      const alike = new Set([
        "app.name",
        "nav.brand",
        "language.name.en",
        "language.name.es",
        "account.who",
        "timeline.forChild",
        "articles.yourTeamMember",
        "family.coach",
        "messages.coachRole",
        "articles.audienceOption.coaches",
        "nav.coaches",
        "accessLog.roles.coach",
        "admin.coaches.title",
        "admin.coaches.listLabel",
      ]);
      // Most states' names are the same in both languages (Texas, Ohio); the others are translated.
      const same = [...english].filter(
        ([key, text]) =>
          /\p{L}{2}/u.test(text.replace(/\{[^{}]*\}/g, "")) &&
          translated.get(key) === text &&
          !alike.has(key) &&
          !key.startsWith("usStates."),
      );
      expect(same.map(([key]) => key)).toEqual([]);
    });
  }
});

describe("the catalog in Spanish", () => {
  it("translates every entry, every limit and every shared note", () => {
    for (const entry of credentials) {
      const words = catalogEs.credentials[entry.id];
      expect(words, entry.id).toBeDefined();
      expect(words!.cannot.length, `${entry.id}: cannot`).toBe(entry.cannot.length);
      expect(Boolean(words!.variesByState), `${entry.id}: variesByState`).toBe(Boolean(entry.variesByState));
      expect(Boolean(words!.unverified), `${entry.id}: unverified`).toBe(Boolean(entry.unverified));
      for (const qualification of Object.values(entry.services))
        if (qualification.note)
          expect(catalogEs.qualificationNotes[qualification.note], qualification.note).toBeDefined();
    }
    for (const entry of services) {
      expect(catalogEs.services[entry.id], entry.id).toBeDefined();
      expect(Boolean(catalogEs.services[entry.id]!.variesByState), `${entry.id}: variesByState`).toBe(
        Boolean(entry.variesByState),
      );
      expect(Boolean(catalogEs.services[entry.id]!.unverified), `${entry.id}: unverified`).toBe(
        Boolean(entry.unverified),
      );
    }
    for (const entry of needs) {
      expect(catalogEs.needs[entry.id], entry.id).toBeDefined();
      expect(Boolean(catalogEs.needs[entry.id]!.unverified), `${entry.id}: unverified`).toBe(Boolean(entry.unverified));
    }
    for (const entry of treatmentModels) expect(catalogEs.treatmentModels[entry.id], entry.id).toBeDefined();
    for (const entry of questions) expect(catalogEs.questions[entry.id], entry.id).toBeDefined();
    // Nothing extra: a translation of an id the catalog no longer has is a leftover.
    expect(Object.keys(catalogEs.credentials).sort()).toEqual(credentials.map((entry) => entry.id).sort());
    expect(Object.keys(catalogEs.services).sort()).toEqual(services.map((entry) => entry.id).sort());
    expect(Object.keys(catalogEs.needs).sort()).toEqual(needs.map((entry) => entry.id).sort());
  });

  it("keeps the English acronym beside each Spanish credential name", () => {
    const es = catalogIn("es");
    expect(es.credentialById("qmha")!.label).toBe("Asociado de salud mental calificado (QMHA)");
    for (const entry of credentials.filter((credential) => /^[A-Z]{2,}/.test(credential.abbreviation))) {
      expect(es.credentialById(entry.id)!.label, entry.id).toContain(entry.abbreviation.split(" ")[0]!);
      expect(credentialName(es.credentialById(entry.id)!), entry.id).toBe(es.credentialById(entry.id)!.label);
    }
  });

  it("changes only the words: ids, scopes, sources and dates are the English entries'", () => {
    const es = catalogIn("es");
    for (const entry of credentials) {
      const local = es.credentialById(entry.id)!;
      expect(Object.keys(local.services), entry.id).toEqual(Object.keys(entry.services));
      expect(local.sources, entry.id).toEqual(entry.sources);
      expect([local.kind, local.clinical, local.licensed, local.articleSlug], entry.id).toEqual([
        entry.kind,
        entry.clinical,
        entry.licensed,
        entry.articleSlug,
      ]);
    }
    expect(es.credentialsQualifiedFor("family-therapy").map((entry) => entry.id)).toEqual(
      catalogIn("en")
        .credentialsQualifiedFor("family-therapy")
        .map((entry) => entry.id),
    );
    expect(catalogIn("en").credentials).toBe(credentials);
    expect(catalogIn("fr").credentials).toBe(credentials);
  });

  it("words a mismatch in Spanish", () => {
    const t = createTranslator({ locale: "es", messages: messagesByLocale.es, namespace: "mismatch" });
    const text = mismatchReasonText(
      // The messages files gain the new reason keys at merge (MISMATCH_MESSAGES holds their words).
      (key, values) => t(key as "noModelTraining", values),
      { code: "no-model-training", serviceId: "trauma-treatment", credentialId: "lcsw" } as never,
      "es",
    );
    expect(text).toBe(
      "La credencial LCSW permite dar terapia, pero tratamiento del trauma basado en evidencia también requiere formación en TF-CBT, CPP o EMDR, y no hay ninguna anotada.",
    );
  });
});

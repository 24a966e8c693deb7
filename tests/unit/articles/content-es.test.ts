import { describe, expect, it } from "vitest";
import { loadArticles } from "@/lib/articles/load";
import { buildArticleSearch } from "@/lib/articles/search";
import { spanish as spanishWords } from "@/lib/articles/words-es";

const stemEs = spanishWords.stem;

const english = new Map(loadArticles("en").map((article) => [article.slug, article]));
const spanish = loadArticles("es");

// The six the Spanish issue asks for: what a QMHA is, QMHA vs QMHP, degree vs license, questions
// to ask, safety planning, and when support is too soft or too slow; then issue 16's four.
const REQUIRED = [
  "what-is-a-qmha",
  "qmha-vs-qmhp",
  "social-work-degree-vs-license",
  "questions-to-ask-every-provider",
  "safety-planning",
  "when-support-is-too-soft",
  // Issue 16: who prescribes, the twelve states, behavior analysis and crisis help (988).
  "who-prescribes-medication",
  "same-title-different-states",
  "behavior-analysis-bcba-rbt",
  "crisis-help-988",
];

describe("the Spanish articles", () => {
  it("include the ones the issues ask for, each under its English article's name", () => {
    expect(spanish.map((article) => article.slug)).toEqual(expect.arrayContaining(REQUIRED));
    for (const article of spanish) {
      expect(english.has(article.slug), `${article.slug} has no English original`).toBe(true);
      expect(article.locale).toBe("es");
    }
  });

  it("explain the same catalog entries as their English originals", () => {
    for (const article of spanish) {
      const original = english.get(article.slug)!;
      expect([article.credentials, article.services, article.needs], article.slug).toEqual([
        original.credentials,
        original.services,
        original.needs,
      ]);
    }
  });

  it("are written for parents, in Spanish, and stand on their own", () => {
    for (const article of spanish) {
      expect(article.audience, article.slug).toBe("parents");
      expect(article.title, article.slug).not.toBe(english.get(article.slug)!.title);
      // Plain Spanish: the commonest Spanish words are there, and the commonest English ones are not.
      const words = article.text.toLowerCase().split(/[^\p{L}]+/u);
      expect(
        words.filter((word) => ["que", "de", "la", "el", "su"].includes(word)).length,
        article.slug,
      ).toBeGreaterThan(40);
      expect(words.filter((word) => ["the", "and", "with", "your"].includes(word)).length, article.slug).toBeLessThan(
        3,
      );
      const count = article.text.split(/\s+/).length;
      expect(count, article.slug).toBeGreaterThanOrEqual(400);
      expect(count, article.slug).toBeLessThanOrEqual(900);
      expect(article.headings.length, article.slug).toBeGreaterThanOrEqual(3);
      expect(article.readingMinutes, article.slug).toBeGreaterThanOrEqual(2);
    }
  });

  it("link only to articles that exist (a Spanish reader gets the translation or the English one)", () => {
    for (const article of spanish) {
      const internal = article.links.filter((href) => !/^(https?:|mailto:)/.test(href));
      expect(internal.length, article.slug).toBeGreaterThan(0);
      for (const href of internal) {
        const match = /^\/articles\/([a-z0-9-]+)$/.exec(href);
        expect(match, `${article.slug} links to ${href} (no #anchors: headings differ by language)`).not.toBeNull();
        expect(english.has(match![1]!), `${article.slug} links to a missing article: ${href}`).toBe(true);
      }
    }
  });

  it("keep the date each Oregon rule was checked", () => {
    for (const article of spanish) {
      for (const citation of article.text.matchAll(/\b(OAR|ORS) \d{3}/g)) {
        expect(
          article.text.slice(citation.index, citation.index + 200),
          `${article.slug}: ${citation[0]} without a date checked`,
        ).toMatch(/revisad[oa]s? en \p{L}+ de 20\d\d|consúltelo localmente/iu);
      }
    }
  });
});

describe("Spanish search", () => {
  const search = buildArticleSearch(spanish, "es");
  const top = (query: string) => search(query)[0]?.slug;

  it.each([
    ["qué es un QMHA", "what-is-a-qmha"],
    ["que es un qmha", "what-is-a-qmha"],
    ["terapeuta sin licencia", "what-is-a-qmha"],
    ["QMHA o QMHP", "qmha-vs-qmhp"],
    ["trabajadora social clínica", "social-work-degree-vs-license"],
    ["LCSW", "social-work-degree-vs-license"],
    ["plan de seguridad", "safety-planning"],
    ["pensamientos suicidas", "safety-planning"],
    ["preguntas para el proveedor", "questions-to-ask-every-provider"],
    ["el apoyo llega tarde", "when-support-is-too-soft"],
    ["equipo móvil de crisis", "crisis-help-988"],
    ["quién receta medicamentos", "who-prescribes-medication"],
    ["pediatra TDAH", "who-prescribes-medication"],
    ["supervisión del RBT", "behavior-analysis-bcba-rbt"],
    ["nombres de servicios de Medicaid", "same-title-different-states"],
  ])("%s → %s first", (query, slug) => {
    expect(
      top(query),
      JSON.stringify(
        search(query)
          .slice(0, 3)
          .map((hit) => [hit.slug, hit.score]),
      ),
    ).toBe(slug);
  });

  it("ignores accents and plurals both ways", () => {
    expect(search("evaluacion").map((hit) => hit.slug)).toEqual(search("evaluaciones").map((hit) => hit.slug));
    expect(search("psicologo")[0]?.slug).toBe(search("psicólogos")[0]?.slug);
    expect(search("evaluacion").length).toBeGreaterThan(0);
    expect([stemEs("profesionales"), stemEs("padres"), stemEs("terapeutas"), stemEs("crisis")]).toEqual([
      stemEs("profesional"),
      stemEs("padre"),
      stemEs("terapeuta"),
      "crisis",
    ]);
  });

  it("marks matches in an escaped Spanish snippet", () => {
    const [hit] = search("supervisión");
    expect(hit?.snippet).toMatch(/<mark>supervisi[oó]n<\/mark>/i);
    expect(hit?.locale).toBe("es");
  });
});

import { describe, expect, it } from "vitest";
import { credentialById, credentials, needIds, serviceIds, services } from "@/lib/domain/catalog";
import { loadArticles, parseArticle } from "@/lib/articles/load";

const articles = loadArticles();

// The articles issue 16 adds come from the articles branch; until it is merged, catalog entries
// that point to them are not checked here. The lead empties this set at merge.
/** Front matter may name a credential by an old id (`qmha`): it counts as the entry it resolves to. */
const credentialsOf = (article: (typeof articles)[number]) =>
  article.credentials.map((id) => credentialById(id)?.id ?? id);
const bySlug = new Map(articles.map((article) => [article.slug, article]));

const REQUIRED: Record<string, { credentials?: string[]; services?: string[]; needs?: string[] }> = {
  "what-is-a-qmha": { credentials: ["qmha", "skills-trainer"], services: ["skills-training"] },
  "qmha-vs-qmhp": { credentials: ["qmhp", "qmha"], services: ["individual-therapy"] },
  "social-work-degree-vs-license": { credentials: ["msw", "lmsw", "cswa", "lcsw"] },
  "licensed-clinicians-who-does-what": {
    credentials: ["lpc", "lpc-associate", "lmft", "mft-associate", "psychologist", "psychiatrist", "pmhnp"],
    services: ["diagnostic-assessment", "psych-testing", "medication-management"],
  },
  "questions-to-ask-every-provider": { credentials: ["unknown"] },
  "when-support-is-too-soft": {},
  "trauma-informed-vs-trauma-treatment": { services: ["trauma-treatment"], needs: ["trauma"] },
  "safety-planning": { services: ["safety-planning"], needs: ["self-harm", "aggression", "sexualized-behavior"] },
  "family-therapy-and-parent-support": {
    services: ["family-therapy", "parent-training", "respite"],
    needs: ["family-stress"],
  },
  "peer-family-youth-support": { credentials: ["peer-support"], services: ["peer-family-support"] },
  "wraparound-and-iibht-oregon": {
    credentials: ["wraparound-coordinator", "case-manager"],
    services: ["care-coordination"],
  },
  "reading-your-care-team-timeline": {},
  "who-prescribes-medication": { credentials: ["psychiatrist", "pmhnp"], services: ["medication-management"] },
  "same-title-different-states": { credentials: ["qmhp", "qmha", "lmsw", "lpc"] },
  "behavior-analysis-bcba-rbt": { credentials: ["bcba", "rbt"], services: ["behavior-plan", "parent-training"] },
  "crisis-help-988": {
    services: ["safety-planning"],
    needs: ["self-harm", "aggression", "sexualized-behavior"],
  },
  "behavior-school-and-substance-use-specialists": {
    credentials: ["bcba", "rbt", "school-psychologist", "school-counselor", "cadc"],
    services: ["behavior-plan", "school-supports", "substance-use-treatment"],
  },
};

describe("the article content", () => {
  it("has the required articles, each naming at least the catalog ids it must explain", () => {
    for (const [slug, ids] of Object.entries(REQUIRED)) {
      const article = bySlug.get(slug);
      expect(article, slug).toBeDefined();
      expect(article!.credentials, slug).toEqual(expect.arrayContaining(ids.credentials ?? []));
      expect(article!.services, slug).toEqual(expect.arrayContaining(ids.services ?? []));
      expect(article!.needs, slug).toEqual(expect.arrayContaining(ids.needs ?? []));
    }
    expect(articles.length).toBeGreaterThanOrEqual(16);
  });

  it("names only catalog ids that exist", () => {
    for (const article of articles) {
      for (const id of article.credentials)
        expect(credentialById(id), `${article.slug}: credential ${id}`).toBeDefined();
      for (const id of article.services) expect(serviceIds, `${article.slug}: service ${id}`).toContain(id);
      for (const id of article.needs) expect(needIds, `${article.slug}: need ${id}`).toContain(id);
    }
  });

  it("explains every catalog credential and service in at least one article", () => {
    const explainedCredentials = new Set(articles.flatMap(credentialsOf));
    const explainedServices = new Set(articles.flatMap((article) => article.services));
    const expected = [...credentials, ...services];
    expect(expected.filter((entry) => !explainedCredentials.has(entry.id) && !explainedServices.has(entry.id))).toEqual(
      [],
    );
    expect(serviceIds.filter((id) => !explainedServices.has(id))).toEqual([]);
  });

  it("is the article each catalog entry points to, and that article lists the entry", () => {
    for (const entry of credentials) {
      const article = bySlug.get(entry.articleSlug);
      expect(article && credentialsOf(article), `credential ${entry.id} → ${entry.articleSlug}`).toContain(entry.id);
    }
    for (const entry of services)
      expect(bySlug.get(entry.articleSlug)?.services, `service ${entry.id} → ${entry.articleSlug}`).toContain(entry.id);
  });

  it("links only to articles (and headings) that exist", () => {
    for (const article of articles) {
      for (const href of article.links.filter((link) => !/^(https?:|mailto:)/.test(link))) {
        const match = /^\/articles\/([a-z0-9-]+)(?:#([a-z0-9-]+))?$/.exec(href);
        expect(match, `${article.slug} links to ${href}`).not.toBeNull();
        const target = bySlug.get(match![1]!);
        expect(target, `${article.slug} links to a missing article: ${href}`).toBeDefined();
        if (match![2])
          expect(
            target!.headings.map((heading) => heading.id),
            `${article.slug}: ${href}`,
          ).toContain(match![2]);
      }
    }
  });

  it("each article stands on its own: 400 to 900 words, headings, links to others", () => {
    for (const article of articles) {
      const words = article.text.split(/\s+/).length;
      expect(words, article.slug).toBeGreaterThanOrEqual(400);
      expect(words, article.slug).toBeLessThanOrEqual(900);
      expect(article.headings.length, article.slug).toBeGreaterThanOrEqual(3);
      expect(
        article.links.some((href) => href.startsWith("/articles/")),
        article.slug,
      ).toBe(true);
      expect(article.readingMinutes, article.slug).toBeGreaterThanOrEqual(2);
    }
  });

  it("dates Oregon rules it cites", () => {
    for (const article of articles) {
      const raw = article.text;
      for (const citation of raw.matchAll(/\b(OAR|ORS) \d{3}/g)) {
        expect(
          raw.slice(citation.index, citation.index + 200),
          `${article.slug}: ${citation[0]} without a date checked`,
        ).toMatch(/checked \w+ 20\d\d|check(ing)? locally/i);
      }
    }
  });

  it("the national article has a row for each of the twelve states, and marks what is unconfirmed", () => {
    const text = bySlug.get("same-title-different-states")!.text;
    const states = [
      "Oregon",
      "Washington",
      "California",
      "Texas",
      "Virginia",
      "North Carolina",
      "New York",
      "Florida",
      "Pennsylvania",
      "Ohio",
      "Michigan",
      "Arizona",
    ];
    const rows = text.split("\n").map((line) => line.trim());
    for (const state of states)
      expect(
        rows.some((line) => line.startsWith(state)),
        state,
      ).toBe(true);
    expect(text).toMatch(/check locally/i);
    for (const name of ["ABA", "BHT", "BHRS", "CPST", "PSR", "TBS", "IHBT", "wraparound", "MST", "FFT"])
      expect(text, name).toContain(name);
  });

  it("the crisis article gives all three ways to reach 988, its start date, and says it does not replace a plan", () => {
    const text = bySlug.get("crisis-help-988")!.text;
    expect(text).toMatch(/Call 988/);
    expect(text).toMatch(/Text 988/);
    expect(text).toMatch(/Chat at 988lifeline\.org/);
    expect(text).toContain("July 16, 2022");
    expect(text).toMatch(/988 does not replace a written safety plan/);
    expect(bySlug.get("crisis-help-988")!.links).toContain("/articles/safety-planning");
  });

  it("uses American spelling", () => {
    const british =
      /\b(behaviour|licence[ds]?|organis\w*|programme|colour|centre[ds]?|judgement|practis\w*|recognis\w*|modelling|counsell\w*|paediatric\w*|analyse[ds]?)\b/gi;
    for (const article of articles)
      expect(
        [...`${article.title} ${article.summary} ${article.text}`.matchAll(british)].map((m) => m[0]),
        article.slug,
      ).toEqual([]);
  });

  it("heading ids are unique within an article", () => {
    for (const article of articles) {
      const ids = article.headings.map((heading) => heading.id);
      expect(new Set(ids).size, article.slug).toBe(ids.length);
    }
  });
});

describe("front matter", () => {
  const valid = [
    "title: A valid title",
    "summary: A summary long enough to pass the check.",
    "audience: parents",
    "tags: [x]",
    "updated: 2026-11-25",
  ];
  const source = (lines: string[]) => `---\n${lines.join("\n")}\n---\n\n## Heading\n\nBody text.\n`;

  it("computes readingMinutes and refuses a typed one", () => {
    expect(parseArticle("ok", source(valid)).readingMinutes).toBe(1);
    expect(() => parseArticle("typed", source([...valid, "readingMinutes: 4"]))).toThrow(/readingMinutes/);
  });

  it.each([
    ["an unknown credential", [...valid, "credentials: [wizard]"], /credentials/],
    [
      "an unknown audience",
      valid.map((line) => (line.startsWith("audience") ? "audience: everyone" : line)),
      /audience/,
    ],
    ["an impossible date", valid.map((line) => (line.startsWith("updated") ? "updated: 2026-02-30" : line)), /updated/],
    ["a missing title", valid.filter((line) => !line.startsWith("title")), /title/],
  ])("refuses %s", (_what, lines, pattern) => {
    expect(() => parseArticle("bad", source(lines))).toThrow(pattern);
  });

  it("refuses a file without front matter or with a bad name", () => {
    expect(() => parseArticle("plain", "## Just text\n")).toThrow(/front matter/);
    expect(() => parseArticle("Bad_Name", source(valid))).toThrow(/kebab-case/);
  });
});

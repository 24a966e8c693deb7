import { describe, expect, it } from "vitest";
import { loadArticles } from "@/lib/articles/load";
import { buildArticleSearch } from "@/lib/articles/search";

const search = buildArticleSearch(loadArticles());
const top = (query: string, n = 1) =>
  search(query)
    .slice(0, n)
    .map((hit) => hit.slug);

describe("article search", () => {
  it.each([
    ["licensed clinical social worker", "social-work-degree-vs-license"],
    ["therapist not licensed", "what-is-a-qmha"],
    ["QMHA", "what-is-a-qmha"],
    ["qmha vs qmhp", "qmha-vs-qmhp"],
    ["lcsw", "social-work-degree-vs-license"],
    ["safety plan", "safety-planning"],
    ["suicidal", "safety-planning"],
    ["EMDR", "trauma-informed-vs-trauma-treatment"],
    ["trauma treatment", "trauma-informed-vs-trauma-treatment"],
    ["psychological testing", "licensed-clinicians-who-does-what"],
    ["who can prescribe medication", "who-prescribes-medication"],
    ["nurse practitioner", "who-prescribes-medication"],
    ["pediatrician ADHD medication", "who-prescribes-medication"],
    ["988", "crisis-help-988"],
    ["mobile crisis team", "crisis-help-988"],
    ["Medicaid service names", "same-title-different-states"],
    ["psychosocial rehabilitation", "same-title-different-states"],
    ["BHT", "same-title-different-states"],
    ["CPST", "same-title-different-states"],
    ["titles in my state", "same-title-different-states"],
    ["RBT supervision", "behavior-analysis-bcba-rbt"],
    ["family therapy", "family-therapy-and-parent-support"],
    ["respite", "family-therapy-and-parent-support"],
    ["peer support specialist", "peer-family-youth-support"],
    ["family partner", "peer-family-youth-support"],
    ["wraparound", "wraparound-and-iibht-oregon"],
    ["intensive in-home", "wraparound-and-iibht-oregon"],
    ["questions to ask", "questions-to-ask-every-provider"],
    ["checklist", "questions-to-ask-every-provider"],
    ["escalate", "when-support-is-too-soft"],
    ["mismatch unverified", "reading-your-care-team-timeline"],
    ["ABA", "behavior-analysis-bcba-rbt"],
    ["IEP", "behavior-school-and-substance-use-specialists"],
    ["alcohol and drug counselor", "behavior-school-and-substance-use-specialists"],
  ])("%s → %s first", (query, slug) => {
    expect(
      top(query, 3),
      JSON.stringify(
        search(query)
          .slice(0, 4)
          .map((hit) => [hit.slug, hit.score]),
      ),
    ).toContain(slug);
    expect(top(query)[0]).toBe(slug);
  });

  it("is forgiving of case, accents and plurals", () => {
    expect(top("LICENSED CLINICAL SOCIAL WORKERS")).toEqual(top("licensed clinical social worker"));
    expect(top("thérapists nöt licensed")).toEqual(["what-is-a-qmha"]);
    expect(top("safety plans")[0]).toBe("safety-planning");
    expect(top("psychologists", 3)).toEqual(top("psychologist", 3));
    expect(top("Families")).toEqual(top("family"));
  });

  it("forgives a small typo", () => {
    expect(top("wraparond")[0]).toBe("wraparound-and-iibht-oregon");
  });

  it("filters by audience and tag", () => {
    const parents = search("family", { audience: "parents" });
    expect(parents.length).toBeGreaterThan(0);
    expect(parents.every((hit) => hit.audience === "parents" || hit.audience === "both")).toBe(true);
    const tagged = search("therapy", { tag: "oregon" });
    expect(tagged.length).toBeGreaterThan(0);
    expect(tagged.every((hit) => hit.tags.includes("oregon"))).toBe(true);
  });

  it("returns nothing for words no article uses", () => {
    expect(search("zzzxqj")).toEqual([]);
  });

  it("gives a snippet with the matches marked and the rest escaped", () => {
    const [hit] = search("skills trainer");
    expect(hit!.snippet).toMatch(/<mark>skills?<\/mark>/i);
    expect(hit!.snippet.replace(/<\/?mark>/g, "")).not.toMatch(/[<>]/);
    expect(hit!.snippet.length).toBeLessThan(400);
    expect(hit!.score).toBeGreaterThan(0);
  });

  it("scores are in descending order", () => {
    const scores = search("therapy for my child").map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

import { describe, expect, it } from "vitest";
import { foldText, processTerm } from "@/lib/articles/normalize";
import { aliasesOf } from "@/lib/articles/synonyms";
import { english } from "@/lib/articles/words-en";

const { stem } = english;

describe("search terms", () => {
  it("fold case and accents", () => {
    expect(foldText("Évaluation THÉRAPIE naïve")).toBe("evaluation therapie naive");
    expect(processTerm("Thérapists")).toBe("therapist");
  });

  it("fold plurals without mangling words that end in s", () => {
    expect([
      stem("therapists"),
      stem("families"),
      stem("classes"),
      stem("status"),
      stem("diagnosis"),
      stem("coaches"),
      stem("plan"),
    ]).toEqual(["therapist", "family", "class", "status", "diagnosis", "coach", "plan"]);
  });

  it("drop words too common to search by", () => {
    expect([processTerm("the"), processTerm("Not"), processTerm("what")]).toEqual([null, null, null]);
  });

  it("map long forms to the abbreviations articles use, in any case or plural", () => {
    expect(aliasesOf("Licensed Clinical Social Workers")).toContain("lcsw");
    expect(aliasesOf("a therapist, not licensed")).toContain("qmha");
    expect(aliasesOf("applied-behavior analysis")).toContain("bcba");
    expect(aliasesOf("Marriage and Family Therapist")).toContain("lmft");
    expect(aliasesOf("a perfectly ordinary sentence")).toBe("");
  });
});

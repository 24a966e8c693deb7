import { describe, expect, it } from "vitest";
import { linkCardFor, titleFromSlug } from "@/lib/domain/messages/link-cards";
import { segmentsOf } from "@/lib/domain/messages/linkify";

const FAMILY = "0b6f2a4e-1c1d-4e5f-9a7b-123456789abc";
const OTHER = "9b6f2a4e-1c1d-4e5f-9a7b-123456789abc";
const PROVIDER = "c0ffee00-1111-4222-8333-444455556666";
const options = { appOrigin: "https://clarity.example.org", familyId: FAMILY };

describe("segmentsOf", () => {
  it("keeps plain text as it is, markup included", () => {
    expect(segmentsOf("Hi <b>there</b>\n<script>alert(1)</script>", options)).toEqual([
      { type: "text", text: "Hi <b>there</b>\n<script>alert(1)</script>" },
    ]);
  });

  it("makes http and https links, leaving sentence punctuation outside", () => {
    expect(segmentsOf("See https://example.org/a?b=1. Or (http://x.test/y).", options)).toEqual([
      { type: "text", text: "See " },
      { type: "link", text: "https://example.org/a?b=1", href: "https://example.org/a?b=1", external: true },
      { type: "text", text: ". Or (" },
      { type: "link", text: "http://x.test/y", href: "http://x.test/y", external: true },
      { type: "text", text: ")." },
    ]);
  });

  it("keeps parentheses that belong to the URL", () => {
    const [, link] = segmentsOf("wiki https://en.example.org/wiki/Foo_(bar) ok", options);
    expect(link).toMatchObject({ type: "link", href: "https://en.example.org/wiki/Foo_(bar)" });
  });

  it("never links other schemes", () => {
    for (const body of [
      "javascript:alert(1)",
      "data:text/html,<b>x</b>",
      "ftp://files.example.org/x",
      "mailto:a@b.c",
      "JaVaScRiPt://%0aalert(1)",
    ]) {
      expect(
        segmentsOf(body, options).every((segment) => segment.type === "text"),
        body,
      ).toBe(true);
    }
  });

  it("turns links to articles, and to this family's providers and gaps, into cards", () => {
    const body = `Read /articles/what-is-a-bcba and https://clarity.example.org/families/${FAMILY}/care-team/${PROVIDER} then /families/${FAMILY}/gaps#service-family-therapy`;
    const cards = segmentsOf(body, options).filter((segment) => segment.type === "card");
    expect(cards.map((segment) => segment.type === "card" && segment.card)).toEqual([
      { kind: "article", href: "/articles/what-is-a-bcba", title: "What is a bcba", slug: "what-is-a-bcba" },
      {
        kind: "provider",
        href: `/families/${FAMILY}/care-team/${PROVIDER}`,
        title: PROVIDER.slice(0, 8),
        providerId: PROVIDER,
      },
      {
        kind: "gap",
        href: `/families/${FAMILY}/gaps#service-family-therapy`,
        title: "Family therapy",
        serviceId: "family-therapy",
      },
    ]);
  });

  it("a link into another family's pages, or another app page, is a plain in-app link", () => {
    expect(segmentsOf(`/families/${OTHER}/care-team/${PROVIDER}`, options)).toEqual([
      {
        type: "link",
        text: `/families/${OTHER}/care-team/${PROVIDER}`,
        href: `/families/${OTHER}/care-team/${PROVIDER}`,
        external: false,
      },
    ]);
    expect(segmentsOf("https://clarity.example.org/account", options)[0]).toMatchObject({
      type: "link",
      href: "/account",
      external: false,
    });
  });

  it("never makes an in-app link that leaves the app (a path resolving to //host or /\\host)", () => {
    for (const text of [
      "/articles/..//evil.example/login",
      "/articles/..\\/evil.example",
      "/families/../..//evil.example/x",
      "https://clarity.example.org//evil.example/login",
    ]) {
      const segments = segmentsOf(`see ${text} now`, options);
      expect(segments, text).toEqual([{ type: "text", text: `see ${text} now` }]);
    }
    // Ordinary app paths still link.
    expect(segmentsOf("/families/x/timeline", options)).toEqual([
      { type: "link", text: "/families/x/timeline", href: "/families/x/timeline", external: false },
    ]);
  });

  it("does not take a path inside a word or another URL for an app path", () => {
    expect(
      segmentsOf("a/articles/x and https://evil.test/articles/x", options).filter((s) => s.type === "card"),
    ).toEqual([]);
  });
});

describe("link cards", () => {
  it("titles come from slugs", () => {
    expect(titleFromSlug("individual-therapy")).toBe("Individual therapy");
  });

  it("a gap link without a service is not a card", () => {
    expect(linkCardFor(new URL(`https://x.test/families/${FAMILY}/gaps`), FAMILY)).toBeNull();
  });
});

import { linkCardFor, type LinkCard } from "./link-cards";

/**
 * A message body cut into plain text, links and link cards. Pure data: the page turns it into
 * React elements, so a message can never inject HTML. Only http and https links become links.
 */
export type BodySegment =
  | { type: "text"; text: string }
  | { type: "link"; text: string; href: string; external: boolean }
  | { type: "card"; text: string; card: LinkCard };

// Absolute http(s) URLs anywhere, and app paths (/articles/…, /families/…) standing on their own.
const CANDIDATE = /\bhttps?:\/\/[^\s<>"'`]+|(?<![\w/.:-])\/(?:articles|families)\/[^\s<>"'`]+/giu;
const TRAILING = /[.,;:!?'"»)\]}]+$/u;

/** Drops punctuation that ends a sentence rather than the URL, keeping balanced parentheses. */
function trimTrailing(candidate: string): string {
  let url = candidate;
  for (;;) {
    const match = TRAILING.exec(url);
    if (!match) return url;
    const tail = match[0];
    // "(see https://x.org/a_(b))": keep a closing parenthesis that closes one inside the URL.
    if (tail.startsWith(")") && (url.match(/\(/g)?.length ?? 0) >= (url.match(/\)/g)?.length ?? 0)) {
      return url;
    }
    url = url.slice(0, url.length - 1);
  }
}

/** An app path that cannot be read as a link to another host. */
function isSafeAppPath(path: string): boolean {
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\");
}

export function segmentsOf(body: string, options: { appOrigin: string; familyId: string }): BodySegment[] {
  const segments: BodySegment[] = [];
  let last = 0;
  const push = (segment: BodySegment) => {
    const previous = segments[segments.length - 1];
    if (segment.type === "text" && previous?.type === "text") previous.text += segment.text;
    else segments.push(segment);
  };
  for (const match of body.matchAll(CANDIDATE)) {
    const text = trimTrailing(match[0]);
    const start = match.index;
    let url: URL;
    try {
      url = new URL(text, options.appOrigin);
    } catch {
      continue;
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") continue;
    const internal = url.origin === new URL(options.appOrigin).origin;
    // "/articles/..//evil.example" resolves to the path "//evil.example", which an in-app link
    // would follow as a protocol-relative URL to another site: such a path stays plain text.
    if (internal && !isSafeAppPath(url.pathname)) continue;
    if (start > last) push({ type: "text", text: body.slice(last, start) });
    const card = internal ? linkCardFor(url, options.familyId) : null;
    if (card) push({ type: "card", text, card });
    else
      push({
        type: "link",
        text,
        href: internal ? `${url.pathname}${url.search}${url.hash}` : url.href,
        external: !internal,
      });
    last = start + text.length;
  }
  if (last < body.length) push({ type: "text", text: body.slice(last) });
  return segments;
}

// Tags are written as slugs in the articles' front matter ("getting-started", "qmha"); readers see
// words. Short forms that are names of credentials keep their capitals.
const ACRONYMS = new Set(["qmha", "qmhp", "lcsw", "bcba", "iep", "988"]);

/** "getting-started" → "getting started", "qmha" → "QMHA". */
export function tagWords(tag: string): string {
  return tag
    .split("-")
    .map((word) => (ACRONYMS.has(word) ? word.toUpperCase() : word))
    .join(" ");
}

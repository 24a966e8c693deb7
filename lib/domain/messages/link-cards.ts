/**
 * In-app links that a message shows as a small card: a guidance article, or a provider or a
 * missing service of the conversation's family. Pure: the title here is read from the path, and
 * the conversation page replaces it with the real name (article title, provider name, service
 * label) when it knows one.
 */
export type LinkCard =
  | { kind: "article"; href: string; title: string; slug: string }
  | { kind: "provider"; href: string; title: string; providerId: string }
  | { kind: "gap"; href: string; title: string; serviceId: string };

const SLUG = "[a-z0-9]+(?:-[a-z0-9]+)*";
const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const ARTICLE = new RegExp(`^/articles/(${SLUG})/?$`);
const PROVIDER = new RegExp(`^/families/(${UUID})/care-team/(${UUID})/?$`, "i");
const GAP = new RegExp(`^/families/(${UUID})/gaps/?$`, "i");
const GAP_HASH = new RegExp(`^#service-(${SLUG})$`);

/** "individual-therapy" → "Individual therapy". */
export function titleFromSlug(slug: string): string {
  const words = slug.split("-").join(" ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The card for an app URL, or null when the link is not one of the kinds above (or of another family). */
export function linkCardFor(url: URL, familyId: string): LinkCard | null {
  const path = url.pathname;
  const article = ARTICLE.exec(path);
  if (article) return { kind: "article", href: path, title: titleFromSlug(article[1]!), slug: article[1]! };
  const provider = PROVIDER.exec(path);
  if (provider && provider[1]!.toLowerCase() === familyId.toLowerCase()) {
    const providerId = provider[2]!.toLowerCase();
    return { kind: "provider", href: path, title: providerId.slice(0, 8), providerId };
  }
  const gap = GAP.exec(path);
  const service = GAP_HASH.exec(url.hash);
  if (gap && service && gap[1]!.toLowerCase() === familyId.toLowerCase()) {
    return { kind: "gap", href: `${path}${url.hash}`, title: titleFromSlug(service[1]!), serviceId: service[1]! };
  }
  return null;
}

/** A message catalog, or a part of one: words by key, or further groups of them. */
export type MessageTree = { [key: string]: string | MessageTree };

/**
 * The parts of a catalog under the given namespaces ("documents.upload" takes that group only,
 * "documents" the whole of it), for the browser: it gets only the words its components use.
 * A namespace the catalog lacks is left out (the component then shows the key, as everywhere).
 */
export function pickMessages(messages: MessageTree, namespaces: readonly string[]): MessageTree {
  const picked: MessageTree = {};
  for (const namespace of namespaces) {
    const keys = namespace.split(".");
    let from: string | MessageTree | undefined = messages;
    for (const key of keys) from = typeof from === "object" ? from[key] : undefined;
    if (from === undefined) continue;
    let into = picked;
    for (const key of keys.slice(0, -1)) {
      const next = into[key];
      into = typeof next === "object" ? next : (into[key] = {});
    }
    into[keys.at(-1)!] = from;
  }
  return picked;
}

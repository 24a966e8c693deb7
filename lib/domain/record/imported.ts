/**
 * On a message or a care event loaded from an export: the name the file gave as its author (as
 * text, never an account of this installation) and when it was loaded. The record's own author
 * is then the person who loaded it, and its date the one the file claims.
 */
export type ImportedFrom = { name: string; at: string };

/** What a stored row says of its import, or null for a record written in Clarity itself. */
export const importedFrom = (name: string | null, at: Date | null): ImportedFrom | null =>
  at ? { name: name ?? "", at: at.toISOString() } : null;

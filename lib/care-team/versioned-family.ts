/** A family as of one version of its care record: what engine answers are kept under (engine-cache.ts). */
export type VersionedFamily = { id: string; careVersion: number };

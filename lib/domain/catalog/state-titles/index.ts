import type { Credential } from "../types";

/** The titles of the catalog states other than Oregon (states.md §2), one file per state. */
export const stateTitles: readonly Credential[] = [];

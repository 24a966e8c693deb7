import type { CatalogTranslation } from "../translation";
import type { Credential } from "../types";
import { arizonaTitles } from "./arizona";
import type { StateTitle } from "./build";
import { californiaTitles } from "./california";
import { floridaTitles } from "./florida";
import { michiganTitles } from "./michigan";
import { newYorkTitles } from "./new-york";
import { northCarolinaTitles } from "./north-carolina";
import { ohioTitles } from "./ohio";
import { pennsylvaniaTitles } from "./pennsylvania";
import { texasTitles } from "./texas";
import { virginiaTitles } from "./virginia";
import { washingtonTitles } from "./washington";

// Oregon's titles live in ../credentials-oregon.ts (they were the first catalog).
const all: readonly StateTitle[] = [
  ...washingtonTitles,
  ...californiaTitles,
  ...texasTitles,
  ...virginiaTitles,
  ...northCarolinaTitles,
  ...newYorkTitles,
  ...floridaTitles,
  ...pennsylvaniaTitles,
  ...ohioTitles,
  ...michiganTitles,
  ...arizonaTitles,
];

/** The titles of the catalog states other than Oregon (states.md §2), one file per state. */
export const stateTitles: readonly Credential[] = all.map((title) => title.credential);

/** Their Spanish words, keyed by id, for the Spanish catalog. */
export const stateTitlesEs: CatalogTranslation["credentials"] = Object.fromEntries(
  all.map((title) => [title.credential.id, title.es]),
);

import { nationalCredentials } from "./credentials-national";
import { oregonCredentials } from "./credentials-oregon";
import { stateTitles } from "./state-titles";
import type { Credential } from "./types";

/** Every credential: the national families, then Oregon's titles, then the other states' titles. */
export const credentials: readonly Credential[] = [...nationalCredentials, ...oregonCredentials, ...stateTitles];

import type { Locale } from "@/lib/core/i18n/locales";

export type Role = "parent" | "coach" | "admin";

/** The signed-in user as every data-access function receives it. */
export type Actor = {
  id: string;
  email: string;
  name: string;
  role: Role;
  sessionId: string;
  /** The interface language the user saved; null or absent: none saved, the browser decides. */
  locale?: Locale | null;
};

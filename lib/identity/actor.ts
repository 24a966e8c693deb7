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
  /**
   * The role must have a second sign-in step and this account has none yet: the session may only
   * set one up (every other route answers 403 mfa_enrollment_required). Absent: a full session.
   */
  mustEnroll?: true;
};

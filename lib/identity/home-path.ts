import type { Role } from "./actor";

/** Where each role lands after sign-in; a session that must set up a second step, on the account page. */
export function homePathFor(role: Role, mustEnroll = false): string {
  if (mustEnroll) return "/account";
  return role === "parent" ? "/family" : role === "coach" ? "/caseload" : "/account";
}

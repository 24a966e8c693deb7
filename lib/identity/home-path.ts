import type { Role } from "./actor";

/** Where each role lands after sign-in. */
export function homePathFor(role: Role): string {
  return role === "parent" ? "/family" : role === "coach" ? "/caseload" : "/account";
}

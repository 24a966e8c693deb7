/**
 * The authorization matrix: every API route and every page × every actor, with the status each
 * must get. Plain data on purpose (no Playwright here): tests/e2e/authz.spec.ts runs one test per
 * cell against a real server, and tests/unit/authz-matrix.test.ts fails when a route file or a
 * page exists in app/ without a row here. A new route needs a row (and, for writes, a body).
 *
 * Family A is the demo Rivera family (parent A: Ana; family A's coach: the demo coach), family B
 * the demo Nguyen family (parent B: Linh). "otherCoach" coaches neither; "disabled" is a parent
 * of family A whom the admin disabled; "revoked" is a parent of family A whose cookie is replayed
 * after sign-out everywhere. Parameters in paths are family A's records.
 */

export const ACTORS = [
  "anonymous",
  "parentA",
  "parentB",
  "coachA",
  "otherCoach",
  "admin",
  "disabled",
  "revoked",
] as const;
export type ActorName = (typeof ACTORS)[number];
type Expected = Record<ActorName, number>;
type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Who is allowed: they get `ok`; the signed-in rest get `denied`; no valid session gets `anonymousGets`. */
function cells(allowed: ActorName[], ok: number, denied = 404, anonymousGets = 401): Expected {
  const row = {} as Expected;
  for (const actor of ACTORS) {
    if (actor === "anonymous" || actor === "disabled" || actor === "revoked") row[actor] = anonymousGets;
    else row[actor] = allowed.includes(actor) ? ok : denied;
  }
  return row;
}

const FAMILY_A = ["parentA", "coachA"] as ActorName[];
const SIGNED_IN = ["parentA", "parentB", "coachA", "otherCoach", "admin"] as ActorName[];
const everyone = (status: number): Expected => Object.fromEntries(ACTORS.map((actor) => [actor, status])) as Expected;
const with_ = (base: Expected, overrides: Partial<Expected>): Expected => ({ ...base, ...overrides });

/** What a request's body is made of; the spec fills it with real ids (see bodies in authz.spec.ts). */
export type BodyKind =
  | "none"
  | "child"
  | "childPatch"
  | "need"
  | "needPatch"
  | "mark"
  | "markPatch"
  | "provider"
  | "providerPatch"
  | "pins"
  | "message"
  | "read"
  | "note"
  | "notePatch"
  | "action"
  | "actionPatch"
  | "tags"
  | "invite"
  | "newFamilyInvite"
  | "signUp"
  | "locale"
  | "password"
  | "coach"
  | "moveFamily"
  | "signOut"
  | "csvPreview"
  | "familyExport"
  | "resetRequest"
  | "resetComplete"
  | "wrongCode"
  | "proofPassword"
  | "passkey"
  | "passkeyName"
  | "documentUpload"
  | "documentPatch"
  | "citation"
  | "familyState"
  | "request"
  | "requestPatch"
  | "requestUpdate"
  | "letter"
  | "letterPatch";

export type Row = {
  /** The route or page file, as a URL template without route groups ("/families/[familyId]"). */
  route: string;
  method: Method;
  /** The URL requested, with [param] placeholders filled from family A's records. */
  path: string;
  /** Tells apart rows of the same method and path (another body, another kind of record). */
  label?: string;
  expected: Expected;
  body?: BodyKind;
  /**
   * The record named by this parameter is spent by the request (deleted, revoked, used): each
   * cell gets a fresh one made by family A's coach (or the admin) just before.
   */
  fresh?: string;
  /** Puts back what the request changed for everyone (a scheduled deletion), after each cell. */
  cleanup?: "restoreFamilyA";
  /** The request ends the caller's session(s): the spec signs the actor in again afterwards. */
  endsSession?: boolean;
  /** A page: statuses are of the HTML answer without following redirects (307 = to sign-in or home). */
  page?: boolean;
  /** Answers carry family data: Cache-Control must be no-store. */
  familyData?: boolean;
  /** Serves a stored file: when allowed, its policy is the sandbox of a file, not a page's. */
  servesFile?: boolean;
};

const F = "/api/v1/families/[familyId]";
const api = (method: Method, path: string, expected: Expected, extra: Partial<Row> = {}): Row => ({
  route: path,
  method,
  path,
  expected,
  ...extra,
});
const familyRead = (path: string): Row => api("GET", path, cells(FAMILY_A, 200), { familyData: true });
const familyWrite = (method: Method, path: string, ok: number, body: BodyKind, extra: Partial<Row> = {}): Row =>
  api(method, path, cells(FAMILY_A, ok), { body, familyData: true, ...extra });
const coachOnly = (method: Method, path: string, ok: number, body: BodyKind, extra: Partial<Row> = {}): Row =>
  api(method, path, cells(["coachA"], ok), { body, familyData: true, ...extra });
const adminOnly = (method: Method, path: string, ok: number, body: BodyKind, extra: Partial<Row> = {}): Row =>
  api(method, path, cells(["admin"], ok), { body, ...extra });
const page = (path: string, expected: Expected, extra: Partial<Row> = {}): Row => ({
  route: path,
  method: "GET",
  path,
  expected,
  page: true,
  familyData: true,
  ...extra,
});
const familyPage = (path: string): Row => page(path, cells(FAMILY_A, 200, 404, 307));

export const MATRIX: Row[] = [
  // Public and account routes.
  api("GET", "/api/health", everyone(200)),
  api("GET", "/api/v1/articles", everyone(200)),
  api("GET", "/api/v1/articles/[slug]", everyone(200)),
  api("GET", "/api/v1/catalog", everyone(200)),
  api("GET", "/api/v1/openapi.json", everyone(200)),
  api("PUT", "/api/v1/locale", everyone(200), { body: "locale" }),
  api("POST", "/api/v1/sign-up", everyone(201), { body: "signUp", fresh: "token" }),
  api("GET", "/api/v1/me", cells(SIGNED_IN, 200), { familyData: true }),
  api("GET", "/api/v1/unread", cells(SIGNED_IN, 200), { familyData: true }),
  api("GET", "/api/v1/live", cells(SIGNED_IN, 200)),
  // The same stream carrying a conversation: only for those who may see the family.
  {
    ...api("GET", "/api/v1/live?conversation=[familyId]", cells(FAMILY_A, 200), { familyData: true }),
    route: "/api/v1/live",
  },
  api("POST", "/api/v1/me/password", cells(SIGNED_IN, 204), { body: "password" }),
  api("POST", "/api/v1/sessions/revoke", cells(SIGNED_IN, 204), { body: "none", endsSession: true }),
  // Password reset: anyone (202 whatever the address); a link's token works for anyone holding it.
  api("POST", "/api/v1/password-reset", everyone(202), { body: "resetRequest" }),
  api("POST", "/api/v1/password-reset/complete", everyone(204), { body: "resetComplete", fresh: "resetToken" }),
  // The account's own security: every signed-in user, about their own account only.
  api("GET", "/api/v1/me/mfa", cells(SIGNED_IN, 200)),
  api("POST", "/api/v1/me/mfa/totp", cells(SIGNED_IN, 201), { body: "none" }),
  // Past authorization: a made-up code for the secret just started (422), nothing on to turn off (404).
  api("POST", "/api/v1/me/mfa/totp/confirm", cells(SIGNED_IN, 422), { body: "wrongCode" }),
  api("DELETE", "/api/v1/me/mfa/totp", cells(SIGNED_IN, 404), { body: "proofPassword" }),
  api("POST", "/api/v1/me/mfa/recovery-codes", cells(SIGNED_IN, 404), { body: "none" }),
  api("POST", "/api/v1/me/mfa/email", cells(SIGNED_IN, 202), { body: "none" }),
  api("POST", "/api/v1/me/mfa/email/confirm", cells(SIGNED_IN, 422), { body: "wrongCode" }),
  api("DELETE", "/api/v1/me/mfa/email", cells(SIGNED_IN, 404), { body: "proofPassword" }),
  api("GET", "/api/v1/me/passkeys", cells(SIGNED_IN, 200)),
  api("POST", "/api/v1/me/passkeys/options", cells(SIGNED_IN, 200), { body: "none" }),
  api("POST", "/api/v1/me/passkeys", cells(SIGNED_IN, 422), { body: "passkey" }),
  // A passkey nobody has: 404, as someone else's is (tests/integration/passkeys.test.ts has real ones).
  api("PATCH", "/api/v1/me/passkeys/[passkeyId]", cells(SIGNED_IN, 404), { body: "passkeyName" }),
  api("DELETE", "/api/v1/me/passkeys/[passkeyId]", cells(SIGNED_IN, 404), { body: "none" }),
  api("POST", "/api/v1/passkeys/sign-in-options", everyone(200), { body: "none" }),
  api("GET", "/api/v1/me/security-events", cells(SIGNED_IN, 200)),
  api("GET", "/api/v1/sessions", cells(SIGNED_IN, 200)),
  // Another session of parent A's, made for the cell: ended by parent A, a 404 for everyone else.
  api("DELETE", "/api/v1/sessions/[sessionId]", cells(["parentA"], 204), { body: "none", fresh: "sessionId" }),
  // Invites. Everyone lists what they may act on (family links reach only the family's parents).
  // A link into family A is made, sent again and withdrawn by its parents only: its coach's answer
  // is a suggestion (202, no link) that a parent approves or declines, and an admin never gets one.
  api("GET", "/api/v1/invites", cells(SIGNED_IN, 200), { familyData: true }),
  api("POST", "/api/v1/invites", with_(cells(["parentA"], 201), { coachA: 202 }), {
    body: "invite",
    label: "into family A",
  }),
  api("POST", "/api/v1/invites", cells(["coachA", "otherCoach"], 201, 403), {
    body: "newFamilyInvite",
    label: "for a new family",
  }),
  api("DELETE", "/api/v1/invites/[inviteId]", cells(["parentA"], 204), {
    body: "none",
    fresh: "inviteId",
    label: "family A's link",
  }),
  api("DELETE", "/api/v1/invites/[inviteId]", cells(["coachA", "admin"], 204), {
    body: "none",
    fresh: "newFamilyInviteId",
    label: "a coach's link for a new family",
  }),
  api("POST", "/api/v1/invites/[inviteId]/resend", cells(["parentA"], 200), {
    body: "none",
    fresh: "inviteId",
    label: "family A's link",
  }),
  api("POST", "/api/v1/invites/[inviteId]/resend", cells(["coachA"], 200), {
    body: "none",
    fresh: "newFamilyInviteId",
    label: "a coach's link for a new family",
  }),
  api("POST", "/api/v1/invite-suggestions/[suggestionId]/approve", with_(cells(["parentA"], 201), { coachA: 403 }), {
    body: "none",
    fresh: "suggestionId",
  }),
  api("DELETE", "/api/v1/invite-suggestions/[suggestionId]", cells(FAMILY_A, 204), {
    body: "none",
    fresh: "suggestionId",
  }),
  // next-auth (one route file, several paths).
  { route: "/api/auth/[...nextauth]", method: "GET", path: "/api/auth/csrf", expected: everyone(200) },
  { route: "/api/auth/[...nextauth]", method: "GET", path: "/api/auth/providers", expected: everyone(200) },
  {
    route: "/api/auth/[...nextauth]",
    method: "POST",
    path: "/api/auth/signout",
    expected: everyone(200),
    body: "signOut",
    endsSession: true,
  },
  // The benchmark's statement counter: off unless BENCH_DIAGNOSTICS_TOKEN is set, and then only for its holder.
  api("GET", "/api/diagnostics/statements", everyone(404)),
  // Anything else under /api is a JSON 404, whoever asks.
  ...(["GET", "POST", "PUT", "PATCH", "DELETE"] as Method[]).map((method) => ({
    route: "/api/[...unknown]",
    method,
    path: "/api/v1/no-such-route",
    expected: everyone(404),
  })),

  // Caseload and admin.
  // An admin's answer is the practice's families by name with counts, without care facts.
  api("GET", "/api/v1/caseload", cells(["coachA", "otherCoach", "admin"], 200), { familyData: true }),
  api("GET", "/api/v1/caseload/trends", cells(["coachA", "otherCoach"], 200), { familyData: true }),
  adminOnly("GET", "/api/v1/admin/coaches", 200, "none"),
  adminOnly("POST", "/api/v1/admin/coaches", 201, "coach"),
  adminOnly("GET", "/api/v1/admin/families", 200, "none"),
  adminOnly("POST", "/api/v1/admin/families/[familyId]/coach", 200, "moveFamily", { fresh: "familyId" }),
  adminOnly("POST", "/api/v1/admin/users/[userId]/disable", 200, "none", { fresh: "userId" }),
  adminOnly("POST", "/api/v1/admin/users/[userId]/enable", 200, "none", { fresh: "userId" }),
  adminOnly("DELETE", "/api/v1/admin/users/[userId]", 204, "none", { fresh: "userId" }),
  adminOnly("GET", "/api/v1/admin/parents", 200, "none"),
  adminOnly("POST", "/api/v1/admin/users/[userId]/password-reset", 202, "none", { fresh: "userId" }),
  adminOnly("DELETE", "/api/v1/admin/users/[userId]/mfa", 204, "none", { fresh: "userId" }),

  // A family's data: its members and its coach; 404 for everyone else.
  familyRead(F),
  // Where the child is served: its parents set it; its coach reads it but is told 404 on a change.
  api("PATCH", F, cells(["parentA"], 200), { body: "familyState", familyData: true }),
  familyRead(`${F}/access-log`),
  familyRead(`${F}/children`),
  familyWrite("POST", `${F}/children`, 201, "child"),
  familyWrite("PATCH", `${F}/children/[childId]`, 200, "childPatch"),
  familyWrite("DELETE", `${F}/children/[childId]`, 204, "none", { fresh: "childId" }),
  familyRead(`${F}/children/[childId]/needs`),
  familyWrite("POST", `${F}/children/[childId]/needs`, 201, "need", { fresh: "childId" }),
  familyWrite("PATCH", `${F}/children/[childId]/needs/[needId]`, 200, "needPatch"),
  familyWrite("DELETE", `${F}/children/[childId]/needs/[needId]`, 204, "none", { fresh: "needId" }),
  familyRead(`${F}/children/[childId]/needed-services`),
  familyWrite("POST", `${F}/children/[childId]/needed-services`, 201, "mark", { fresh: "childId" }),
  familyWrite("PATCH", `${F}/children/[childId]/needed-services/[markId]`, 200, "markPatch"),
  familyWrite("DELETE", `${F}/children/[childId]/needed-services/[markId]`, 204, "none", { fresh: "markId" }),
  familyRead(`${F}/providers`),
  familyWrite("POST", `${F}/providers`, 201, "provider"),
  familyRead(`${F}/providers/[providerId]`),
  familyWrite("PATCH", `${F}/providers/[providerId]`, 200, "providerPatch"),
  familyWrite("DELETE", `${F}/providers/[providerId]`, 204, "none", { fresh: "providerId" }),
  familyWrite("POST", `${F}/providers/import`, 200, "csvPreview"),
  familyRead(`${F}/children/[childId]/summary`),
  familyRead(`${F}/children/[childId]/summary/pdf`),
  // The record's copies are the family's own: its coach is told 403. Loading an export gets past
  // authorization to 409 for parent A, because only a family with nothing recorded takes one.
  {
    ...api("GET", `${F}/export?format=json`, with_(cells(["parentA"], 200), { coachA: 403 }), { familyData: true }),
    route: `${F}/export`,
  },
  {
    ...api("GET", `${F}/export?format=fhir`, with_(cells(["parentA"], 200), { coachA: 403 }), { familyData: true }),
    route: `${F}/export`,
  },
  {
    ...api("GET", `${F}/export?format=zip`, with_(cells(["parentA"], 200), { coachA: 403 }), { familyData: true }),
    route: `${F}/export`,
  },
  api("POST", `${F}/import`, with_(cells(["parentA"], 409), { coachA: 403 }), {
    body: "familyExport",
    familyData: true,
  }),
  familyRead(`${F}/gaps`),
  familyRead(`${F}/timeline`),
  familyRead(`${F}/events`),
  familyRead(`${F}/pinned-articles`),
  api("PUT", `${F}/pinned-articles`, with_(cells(["coachA"], 200), { parentA: 403 }), {
    body: "pins",
    familyData: true,
  }),
  familyRead(`${F}/messages`),
  familyWrite("POST", `${F}/messages`, 201, "message"),
  familyWrite("POST", `${F}/messages/read`, 200, "read"),
  familyRead(`${F}/messages/stream`),
  // The family's papers: outside the proxy (their routes set these headers themselves).
  familyRead(`${F}/documents`),
  familyWrite("POST", `${F}/documents`, 201, "documentUpload"),
  familyRead(`${F}/documents/[documentId]`),
  familyWrite("PATCH", `${F}/documents/[documentId]`, 200, "documentPatch"),
  familyWrite("DELETE", `${F}/documents/[documentId]`, 204, "none", { fresh: "documentId" }),
  { ...familyRead(`${F}/documents/[documentId]/file`), servesFile: true },
  familyRead(`${F}/citations`),
  familyWrite("POST", `${F}/citations`, 201, "citation"),
  familyWrite("DELETE", `${F}/citations/[citationId]`, 204, "none", { fresh: "citationId" }),
  // What the family asked and of whom (issue 19): its members and coach alike.
  familyRead(`${F}/requests`),
  familyWrite("POST", `${F}/requests`, 201, "request"),
  familyRead(`${F}/requests/[requestId]`),
  familyWrite("PATCH", `${F}/requests/[requestId]`, 200, "requestPatch"),
  familyWrite("DELETE", `${F}/requests/[requestId]`, 204, "none", { fresh: "requestId" }),
  familyWrite("POST", `${F}/requests/[requestId]/updates`, 201, "requestUpdate"),
  // Letters drafted from the record and the meeting packet (issue 19): its members and coach alike.
  familyRead(`${F}/letters`),
  familyWrite("POST", `${F}/letters`, 201, "letter"),
  familyRead(`${F}/letters/[letterId]`),
  familyWrite("PATCH", `${F}/letters/[letterId]`, 200, "letterPatch"),
  familyWrite("DELETE", `${F}/letters/[letterId]`, 204, "none", { fresh: "letterId" }),
  familyRead(`${F}/letters/[letterId]/pdf`),
  familyRead(`${F}/children/[childId]/packet`),
  // The coach's own tools: 404 even for the family's parents.
  coachOnly("GET", `${F}/notes`, 200, "none"),
  coachOnly("POST", `${F}/notes`, 201, "note"),
  coachOnly("PATCH", `${F}/notes/[noteId]`, 200, "notePatch"),
  coachOnly("DELETE", `${F}/notes/[noteId]`, 204, "none", { fresh: "noteId" }),
  coachOnly("GET", `${F}/actions`, 200, "none"),
  coachOnly("POST", `${F}/actions`, 201, "action"),
  coachOnly("PATCH", `${F}/actions/[actionId]`, 200, "actionPatch"),
  coachOnly("GET", `${F}/tags`, 200, "none"),
  coachOnly("PUT", `${F}/tags`, 200, "tags"),
  // Deleting the record: only its parents ask for it (its coach is told 403), parents and coach
  // restore; family A is restored after each cell so the rows after it can still write.
  familyRead(`${F}/deletion`),
  api("POST", `${F}/deletion`, with_(cells(["parentA"], 201), { coachA: 403 }), {
    body: "none",
    familyData: true,
    cleanup: "restoreFamilyA",
  }),
  familyWrite("DELETE", `${F}/deletion`, 200, "none", { fresh: "scheduledDeletion", cleanup: "restoreFamilyA" }),
  // Archive then bring back, in this order, so family A ends active.
  coachOnly("POST", `${F}/archive`, 200, "none"),
  coachOnly("DELETE", `${F}/archive`, 200, "none"),

  // Pages. 307 without a session is the redirect to sign-in (that comes back afterwards).
  page("/", everyone(307), { familyData: false }),
  page("/sign-in", with_(everyone(307), { anonymous: 200, disabled: 200, revoked: 200 }), { familyData: false }),
  page("/sign-up", everyone(200), { familyData: false }),
  page("/forgot-password", everyone(200), { familyData: false }),
  page("/reset-password", everyone(200), { familyData: false }),
  page("/articles", everyone(200), { familyData: false }),
  page("/articles/[slug]", everyone(200), { familyData: false }),
  page("/account", cells(SIGNED_IN, 200, 404, 307)),
  page("/family", cells(["parentA", "parentB"], 307, 404, 307)),
  page("/caseload", cells(["coachA", "otherCoach"], 200, 404, 307)),
  page("/invites", cells(["coachA", "otherCoach", "admin"], 200, 404, 307)),
  page("/admin/coaches", cells(["admin"], 200, 404, 307)),
  page("/admin/families", cells(["admin"], 200, 404, 307)),
  page("/admin/mailbox", cells(["admin"], 200, 404, 307)),
  page("/admin/parents", cells(["admin"], 200, 404, 307)),
  familyPage("/families/[familyId]"),
  familyPage("/families/[familyId]/access"),
  familyPage("/families/[familyId]/care-team"),
  familyPage("/families/[familyId]/care-team/new"),
  familyPage("/families/[familyId]/care-team/[providerId]"),
  familyPage("/families/[familyId]/children"),
  familyPage("/families/[familyId]/documents"),
  familyPage("/families/[familyId]/care-team/import"),
  familyPage("/families/[familyId]/summary"),
  familyPage("/families/[familyId]/summary/[childId]"),
  familyPage("/families/[familyId]/summary/[childId]/packet"),
  familyPage("/families/[familyId]/deletion"),
  familyPage("/families/[familyId]/settings"),
  page("/families/[familyId]/coach", cells(["coachA"], 200, 404, 307)),
  familyPage("/families/[familyId]/gaps"),
  familyPage("/families/[familyId]/history"),
  familyPage("/families/[familyId]/requests"),
  familyPage("/families/[familyId]/requests/[requestId]"),
  familyPage("/families/[familyId]/letters/new"),
  familyPage("/families/[familyId]/letters/[letterId]"),
  familyPage("/families/[familyId]/messages"),
  familyPage("/families/[familyId]/timeline"),
];

/** The writes: every one must refuse cross-site requests (tests/integration/cross-site.test.ts covers /api/v1). */
export const MUTATING_ROWS = MATRIX.filter((row) => row.method !== "GET");

export function cellCount(): number {
  return MATRIX.length * ACTORS.length;
}

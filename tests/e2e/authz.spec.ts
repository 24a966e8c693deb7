import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, expectSignInOk, uniqueEmail } from "./support/accounts";
import { NEXT_START_FLAGS, PORT as PORT_BASE, REPO_ROOT } from "./support/server";
import { ACTORS, MATRIX, MUTATING_ROWS, cellCount, type ActorName, type BodyKind, type Row } from "./authz/matrix";
import { resetTokenIn, startSmtpCatcher, type SmtpCatcher } from "../support/smtp-catcher";

// A server of its own: cells change passwords, end sessions, disable users and move a family, so
// they must not pull the rug from under the other specs sharing the main server.
const PORT = PORT_BASE + 3;
const BASE_URL = `http://localhost:${PORT}`;
const DATA_DIR = path.join(REPO_ROOT, ".data", "e2e-authz");
const CANARY = `CANARY-${randomUUID()}`;

let server: ChildProcess | undefined;
let smtp: SmtpCatcher;
const serverLog: string[] = [];

type Session = { email: string; password: string; context: APIRequestContext; cookie: string; id?: string };
const sessions = new Map<ActorName, Session>();
const values: Record<string, string> = {};
let otherCoachId = "";

async function cookieOf(context: APIRequestContext): Promise<string> {
  const { cookies } = await context.storageState();
  return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

async function signIn(email: string, password: string, context?: APIRequestContext): Promise<Session> {
  const own = context ?? (await playwrightRequest.newContext({ baseURL: BASE_URL }));
  await expectSignInOk(own, email, password);
  return { email, password, context: own, cookie: await cookieOf(own) };
}

async function ok<T>(response: Promise<import("@playwright/test").APIResponse>, status = [200, 201]): Promise<T> {
  const answer = await response;
  const text = await answer.text();
  expect(status, `${answer.url()} answered ${answer.status()} ${text}`).toContain(answer.status());
  return (text ? JSON.parse(text) : {}) as T;
}

const coach = () => sessions.get("coachA")!.context;
const admin = () => sessions.get("admin")!.context;
const F = () => `/api/v1/families/${values.familyId}`;

const parentA = () => sessions.get("parentA")!.context;

/** A new parent in family A (invited by parent A: only the family's parents bring someone in), signed in. */
async function newParentOfA(): Promise<Session & { id: string }> {
  const { token } = await ok<{ token: string }>(
    parentA().post("/api/v1/invites", { data: { familyId: values.familyId } }),
  );
  const email = uniqueEmail("authz");
  const password = `pw-${randomUUID()}`;
  const anonymous = await playwrightRequest.newContext({ baseURL: BASE_URL });
  const { user } = await ok<{ user: { id: string } }>(
    anonymous.post("/api/v1/sign-up", { data: { token, name: "Matrix Parent", email, password } }),
  );
  await anonymous.dispose();
  return { ...(await signIn(email, password)), id: user.id };
}

const one = (name: string) => (id: string) => ({ [name]: id });

/** Records a cell spends, made fresh for it by family A's coach or the admin (with the ids around them). */
const MAKERS: Record<string, () => Promise<Record<string, string>>> = {
  childId: async () =>
    one("childId")(
      (await ok<{ child: { id: string } }>(coach().post(`${F()}/children`, { data: { name: "Fresh child" } }))).child
        .id,
    ),
  // Needs and marks go on a child of their own: one child cannot have the same need twice.
  needId: async () => {
    const { childId } = await MAKERS.childId!();
    const { need } = await ok<{ need: { id: string } }>(
      coach().post(`${F()}/children/${childId}/needs`, { data: { needId: "trauma", identifiedOn: "2026-01-05" } }),
    );
    return { childId: childId!, needId: need.id };
  },
  markId: async () => {
    const { childId } = await MAKERS.childId!();
    const { neededService } = await ok<{ neededService: { id: string } }>(
      coach().post(`${F()}/children/${childId}/needed-services`, {
        data: { serviceId: "family-therapy", markedOn: "2026-02-01", reason: "Discharge plan" },
      }),
    );
    return { childId: childId!, markId: neededService.id };
  },
  providerId: async () =>
    one("providerId")(
      (await ok<{ provider: { id: string } }>(coach().post(`${F()}/providers`, { data: providerBody() }))).provider.id,
    ),
  documentId: async () =>
    one("documentId")(
      (await ok<{ document: { id: string } }>(coach().post(`${F()}/documents`, { multipart: documentForm("Spent") })))
        .document.id,
    ),
  citationId: async () =>
    one("citationId")(
      (
        await ok<{ citation: { id: string } }>(
          coach().post(`${F()}/citations`, {
            data: { documentId: values.documentId, subjectType: "gap", subjectId: `${values.childId}:respite` },
          }),
        )
      ).citation.id,
    ),
  requestId: async () =>
    one("requestId")(
      (await ok<{ request: { id: string } }>(coach().post(`${F()}/requests`, { data: requestBody() }))).request.id,
    ),
  noteId: async () =>
    one("noteId")(
      (await ok<{ note: { id: string } }>(coach().post(`${F()}/notes`, { data: { body: "spent note" } }))).note.id,
    ),
  // A link into family A, made by its parent.
  inviteId: async () =>
    one("inviteId")(
      (await ok<{ id: string }>(parentA().post("/api/v1/invites", { data: { familyId: values.familyId } }))).id,
    ),
  // A coach's link for a new family.
  newFamilyInviteId: async () =>
    one("inviteId")(
      (await ok<{ id: string }>(coach().post("/api/v1/invites", { data: { familyName: "The Matrix family" } }))).id,
    ),
  // Family A's coach suggests someone; no link exists until a parent approves.
  suggestionId: async () =>
    one("suggestionId")(
      (
        await ok<{ suggestion: { id: string } }>(
          coach().post("/api/v1/invites", { data: { familyId: values.familyId, inviteeName: "Matrix Co-parent" } }),
          [202],
        )
      ).suggestion.id,
    ),
  token: async () =>
    one("token")(
      (await ok<{ token: string }>(parentA().post("/api/v1/invites", { data: { familyId: values.familyId } }))).token,
    ),
  userId: async () =>
    one("userId")(
      (
        await ok<{ coach: { id: string } }>(
          admin().post("/api/v1/admin/coaches", {
            data: { email: uniqueEmail("spent"), name: "Spent Coach", password: "spent coach password" },
          }),
        )
      ).coach.id,
    ),
  // A live link to choose a new password, for an account made for it, read from the email.
  resetToken: async () => {
    const email = uniqueEmail("reset");
    await ok(
      admin().post("/api/v1/admin/coaches", { data: { email, name: "Reset Coach", password: "reset coach password" } }),
    );
    const anonymous = await playwrightRequest.newContext({ baseURL: BASE_URL });
    await ok(anonymous.post("/api/v1/password-reset", { data: { email } }), [202]);
    await anonymous.dispose();
    return one("token")(resetTokenIn((await smtp.waitFor(email, /password/)).text));
  },
  // Another session of parent A's, signed in for the cell.
  sessionId: async () => {
    const other = await signIn(DEMO.ana, DEMO_PASSWORD);
    const { sessions: live } = await ok<{ sessions: { id: string; current: boolean }[] }>(
      other.context.get("/api/v1/sessions"),
    );
    await other.context.dispose();
    return one("sessionId")(live.find((session) => session.current)!.id);
  },
  // Family A scheduled for deletion by its parent (restored again by the row's cleanup).
  scheduledDeletion: async () => {
    await ok(sessions.get("parentA")!.context.post(`${F()}/deletion`, { data: {} }), [201]);
    return {};
  },
  familyId: async () => {
    const { token } = await ok<{ token: string }>(
      coach().post("/api/v1/invites", { data: { familyName: "The Moved family" } }),
    );
    const anonymous = await playwrightRequest.newContext({ baseURL: BASE_URL });
    const { family } = await ok<{ family: { id: string } }>(
      anonymous.post("/api/v1/sign-up", {
        data: { token, name: "Moved Parent", email: uniqueEmail("moved"), password: `pw-${randomUUID()}` },
      }),
    );
    await anonymous.dispose();
    return one("familyId")(family.id);
  },
};

/** Undoes what a cell changed for the rows after it. */
const CLEANUPS: Record<NonNullable<Row["cleanup"]>, () => Promise<void>> = {
  // 409: nothing was scheduled (the cell was refused), which is what the cleanup wants too.
  restoreFamilyA: async () => void (await ok(coach().delete(`${F()}/deletion`), [200, 409])),
};

function providerBody() {
  return {
    name: "Sam Matrix",
    statedTitle: "Counselor",
    credentialId: "lpc",
    childIds: [values.childId],
    servicesDelivered: ["individual-therapy"],
    startOn: "2026-03-01",
  };
}

function requestBody() {
  return {
    kind: "service-request",
    to: { name: "Intake desk", organization: "Matrix CCO" },
    childIds: [values.childId],
    serviceIds: ["family-therapy"],
    askedOn: "2026-01-05",
    channel: "phone",
    summary: "Asked for family therapy",
  };
}

/** A text file with the canary in its title and its bytes: outsiders must see neither. */
function documentForm(title: string): FormData {
  const form = new FormData();
  form.set("title", title);
  form.set("kind", "discharge-plan");
  form.set("file", new Blob([`Discharge plan. ${CANARY}\n`], { type: "text/plain" }), "discharge-plan.txt");
  return form;
}

function bodyFor(
  kind: BodyKind,
  actor: ActorName,
  cell: Record<string, string>,
): { data?: unknown; form?: Record<string, string>; multipart?: FormData } {
  const session = sessions.get(actor);
  switch (kind) {
    case "none":
      return {};
    case "child":
      return { data: { name: "Riley" } };
    case "childPatch":
      return { data: { name: "Jordi" } };
    case "need":
      return { data: { needId: "aggression", identifiedOn: "2026-02-01" } };
    case "needPatch":
      return { data: { resolvedOn: "2026-06-01" } };
    case "mark":
      return { data: { serviceId: "medication-management", markedOn: "2026-02-01", reason: "Medication review" } };
    case "markPatch":
      return { data: { clearedOn: "2026-05-01" } };
    case "provider":
      return { data: providerBody() };
    case "providerPatch":
      return { data: { endOn: "2026-05-31" } };
    case "pins":
      return { data: { slugs: [] } };
    case "message":
      return { data: { clientMessageId: randomUUID(), body: "hello from the matrix" } };
    case "read":
      return { data: { upTo: values.messageId } };
    case "note":
      return { data: { body: "a note" } };
    case "notePatch":
      return { data: { body: `changed ${CANARY}` } };
    case "action":
      return { data: { title: "call the agency" } };
    case "actionPatch":
      return { data: { done: false } };
    case "tags":
      return { data: { tags: ["matrix"] } };
    case "invite":
      return { data: { familyId: values.familyId } };
    case "newFamilyInvite":
      return { data: { familyName: "The Matrix family" } };
    case "signUp":
      return {
        data: {
          token: cell.token,
          name: "Matrix Sign-up",
          email: uniqueEmail("signup"),
          password: `pw-${randomUUID()}`,
        },
      };
    case "locale":
      return { data: { locale: "en" } };
    // Family A's own state again: the row proves who may change it without changing its answers.
    case "familyState":
      return { data: { state: "OR" } };
    // The same password again: the change is made (and other sessions end) without locking anyone out.
    case "password":
      return {
        data: { currentPassword: session?.password ?? "x", newPassword: session?.password ?? "a long enough password" },
      };
    case "coach":
      return { data: { email: uniqueEmail("coach"), name: "Matrix Coach", password: "matrix coach password" } };
    case "moveFamily":
      return { data: { coachId: otherCoachId } };
    case "signOut":
      return { form: { csrfToken: cell.csrfToken ?? "", json: "true" } };
    case "csvPreview":
      return { data: { csv: "name,title,start date\nPat Lin,Skills trainer,2026-01-01\n" } };
    case "resetRequest":
      return { data: { email: uniqueEmail("forgot") } };
    case "resetComplete":
      return { data: { token: cell.token, newPassword: `pw-${randomUUID()}` } };
    case "wrongCode":
      return { data: { code: "000000" } };
    case "proofPassword":
      return { data: { password: session?.password ?? "x" } };
    case "passkey":
      return { data: { name: "Made up", response: { id: "bm90LWEta2V5", rawId: "bm90LWEta2V5", type: "public-key" } } };
    case "passkeyName":
      return { data: { name: "Work laptop" } };
    case "documentUpload":
      return { multipart: documentForm("Matrix upload") };
    case "documentPatch":
      return { data: { title: `Discharge plan ${CANARY}` } };
    case "citation":
      return { data: { documentId: values.documentId, subjectType: "need", subjectId: values.needId, page: 2 } };
    case "request":
      return { data: requestBody() };
    case "requestPatch":
      return { data: { summary: `Asked again ${CANARY}` } };
    case "requestUpdate":
      return { data: { on: "2026-01-06", note: "They called back" } };
    case "familyExport":
      return {
        data: {
          format: "clarity.family-export",
          version: 1,
          exportedAt: "2026-11-01T00:00:00.000Z",
          family: { id: values.familyId, name: "Copy" },
          children: [],
          providers: [],
          events: [],
          messages: [],
        },
      };
  }
}

function fill(template: string, cell: Record<string, string>): string {
  return template.replace(/\[([^\]]+)\]/g, (_, name: string) => {
    const value = cell[name];
    if (!value) throw new Error(`no value for [${name}]`);
    return value;
  });
}

type Answer = { status: number; headers: Headers; text: string };

/** One request as the actor, with its cookie replayed by hand (so a revoked one is sent as it was). */
async function send(
  row: Row,
  actor: ActorName,
  cell: Record<string, string>,
  extra: { headers?: Record<string, string>; query?: string } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { ...extra.headers };
  const session = sessions.get(actor);
  if (session) headers.cookie = session.cookie;
  let body: string | FormData | undefined;
  if (row.method !== "GET") {
    const { data, form, multipart } = bodyFor(row.body ?? "none", actor, cell);
    if (multipart) {
      body = multipart;
      // fetch sets the multipart type with its boundary; a hostile probe's own type wins.
      if (extra.headers?.["content-type"]) headers["content-type"] = extra.headers["content-type"];
    } else if (form) {
      body = new URLSearchParams(form).toString();
      headers["content-type"] = "application/x-www-form-urlencoded";
    } else if (data !== undefined) {
      body = JSON.stringify(data);
      headers["content-type"] = "application/json";
    }
  }
  const url = `${BASE_URL}${fill(row.path, cell)}${extra.query ?? ""}`;
  const abort = new AbortController();
  const response = await fetch(url, { method: row.method, headers, body, redirect: "manual", signal: abort.signal });
  let text = "";
  if ((response.headers.get("content-type") ?? "").startsWith("text/event-stream")) {
    // A live stream never ends: read what it sends at once, then hang up.
    const reader = response.body!.getReader();
    const timer = setTimeout(() => abort.abort(), 500);
    try {
      for (;;) {
        const next = await reader.read();
        if (next.done) break;
        text += new TextDecoder().decode(next.value);
      }
    } catch {
      // aborted on purpose
    }
    clearTimeout(timer);
  } else {
    text = await response.text();
  }
  return { status: response.status, headers: response.headers, text };
}

/** A stored file is served sandboxed, loading nothing, never sniffed (the file route's own policy). */
function expectFileHeaders(answer: Answer, where: string) {
  const csp = answer.headers.get("content-security-policy") ?? "";
  for (const directive of ["sandbox", "default-src 'none'", "frame-ancestors 'none'", "object-src 'none'"])
    expect(csp, `${where}: ${directive}`).toContain(directive);
  expect(answer.headers.get("content-disposition") ?? "", where).toMatch(/^attachment; filename="/);
  expect(answer.headers.get("x-content-type-options"), where).toBe("nosniff");
  expect(answer.headers.get("cache-control") ?? "", where).toContain("no-store");
  expect(answer.headers.get("strict-transport-security"), where).toMatch(/max-age=\d{7,}/);
}

function expectSecurityHeaders(answer: Answer, where: string, familyData: boolean) {
  const csp = answer.headers.get("content-security-policy") ?? "";
  const scriptSrc =
    csp
      .split(";")
      .map((part) => part.trim())
      .find((part) => part.startsWith("script-src ")) ?? "";
  expect(scriptSrc, `${where}: script-src`).toMatch(/'nonce-[A-Za-z0-9+/=_-]+'/);
  expect(scriptSrc, where).not.toContain("'unsafe-inline'");
  for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'"])
    expect(csp, `${where}: ${directive}`).toContain(directive);
  expect(answer.headers.get("x-content-type-options"), where).toBe("nosniff");
  expect(answer.headers.get("referrer-policy"), where).toBe("strict-origin-when-cross-origin");
  expect(answer.headers.get("strict-transport-security"), where).toMatch(/max-age=\d{7,}/);
  if (familyData) expect(answer.headers.get("cache-control") ?? "", `${where}: Cache-Control`).toContain("no-store");
}

/** Actors who may not see family A's private data; whatever they get must not hold the canary. */
const OUTSIDERS: ActorName[] = ["anonymous", "parentB", "otherCoach", "admin", "disabled", "revoked"];

test.beforeAll(async () => {
  test.setTimeout(180_000);
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  smtp = await startSmtpCatcher();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PGLITE_DIR: DATA_DIR,
    PORT: String(PORT),
    NEXTAUTH_URL: BASE_URL,
    SIGN_IN_MAX_FAILURES: "1000",
    TRUSTED_PROXY_HOPS: "0",
    SMTP_URL: smtp.url,
  };
  delete env.DATABASE_URL;
  const nextBin = createRequire(path.join(REPO_ROOT, "package.json")).resolve("next/dist/bin/next");
  server = spawn(process.execPath, [nextBin, "start", ...NEXT_START_FLAGS, "-p", String(PORT)], {
    cwd: REPO_ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.on("data", (chunk: Buffer) => serverLog.push(chunk.toString()));
  server.stderr!.on("data", (chunk: Buffer) => serverLog.push(chunk.toString()));
  const probe = await playwrightRequest.newContext({ baseURL: BASE_URL });
  await expect
    .poll(async () => (await probe.get("/api/health").catch(() => null))?.status() ?? 0, { timeout: 90_000 })
    .toBe(200);
  await probe.dispose();

  sessions.set("admin", await signIn(DEMO.admin, DEMO_PASSWORD));
  sessions.set("coachA", await signIn(DEMO.coach, DEMO_PASSWORD));
  sessions.set("parentA", await signIn(DEMO.ana, DEMO_PASSWORD));
  sessions.set("parentB", await signIn(DEMO.linh, DEMO_PASSWORD));
  const otherCoach = { email: uniqueEmail("othercoach"), password: "other coach password" };
  otherCoachId = (
    await ok<{ coach: { id: string } }>(
      admin().post("/api/v1/admin/coaches", { data: { ...otherCoach, name: "Other Coach" } }),
    )
  ).coach.id;
  sessions.set("otherCoach", await signIn(otherCoach.email, otherCoach.password));

  const me = await ok<{ families: { id: string; name: string }[] }>(sessions.get("parentA")!.context.get("/api/v1/me"));
  values.familyId = me.families[0]!.id;
  expect(me.families[0]!.name).toBe("The Rivera family");
  values.childId = (
    await ok<{ child: { id: string } }>(coach().post(`${F()}/children`, { data: { name: "Matrix Child" } }))
  ).child.id;
  values.needId = (
    await ok<{ need: { id: string } }>(
      coach().post(`${F()}/children/${values.childId}/needs`, {
        data: { needId: "trauma", identifiedOn: "2026-01-05" },
      }),
    )
  ).need.id;
  values.markId = (
    await ok<{ neededService: { id: string } }>(
      coach().post(`${F()}/children/${values.childId}/needed-services`, {
        data: { serviceId: "family-therapy", markedOn: "2026-02-01", reason: "Discharge plan" },
      }),
    )
  ).neededService.id;
  values.providerId = (
    await ok<{ provider: { id: string } }>(
      coach().post(`${F()}/providers`, { data: { ...providerBody(), notes: `provider ${CANARY}` } }),
    )
  ).provider.id;
  values.noteId = (
    await ok<{ note: { id: string } }>(coach().post(`${F()}/notes`, { data: { body: `note ${CANARY}` } }))
  ).note.id;
  values.actionId = (
    await ok<{ action: { id: string } }>(coach().post(`${F()}/actions`, { data: { title: `action ${CANARY}` } }))
  ).action.id;
  values.messageId = (
    await ok<{ message: { id: string } }>(
      sessions
        .get("parentA")!
        .context.post(`${F()}/messages`, { data: { clientMessageId: randomUUID(), body: `message ${CANARY}` } }),
    )
  ).message.id;
  // Nobody's passkey: the rows that name one answer 404 to everyone.
  values.passkeyId = randomUUID();
  values.slug = (await ok<{ articles: { slug: string }[] }>(coach().get("/api/v1/articles"))).articles[0]!.slug;
  values.documentId = (
    await ok<{ document: { id: string } }>(
      sessions
        .get("parentA")!
        .context.post(`${F()}/documents`, { multipart: documentForm(`Discharge plan ${CANARY}`) }),
    )
  ).document.id;
  values.citationId = (
    await ok<{ citation: { id: string } }>(
      coach().post(`${F()}/citations`, {
        data: { documentId: values.documentId, subjectType: "need", subjectId: values.needId, quote: "p. 2" },
      }),
    )
  ).citation.id;
  values.requestId = (
    await ok<{ request: { id: string } }>(
      sessions
        .get("parentA")!
        .context.post(`${F()}/requests`, { data: { ...requestBody(), summary: `request ${CANARY}` } }),
    )
  ).request.id;

  // A disabled parent of family A, still holding the cookie of a session that was valid.
  const disabled = await newParentOfA();
  await ok(admin().post(`/api/v1/admin/users/${disabled.id}/disable`, { data: {} }));
  sessions.set("disabled", disabled);
  // A parent of family A who signed out everywhere from another session: the old cookie is replayed.
  const revoked = await newParentOfA();
  const elsewhere = await signIn(revoked.email, revoked.password);
  await ok(elsewhere.context.post("/api/v1/sessions/revoke", { data: {} }), [204]);
  sessions.set("revoked", revoked);
  console.info(`[authz] ${MATRIX.length} rows × ${ACTORS.length} actors = ${cellCount()} cells`);
});

test.afterAll(async () => {
  for (const session of sessions.values()) await session.context.dispose();
  server?.kill("SIGTERM");
  await smtp?.close();
  // Nothing private ever reaches the server's log: not the canary text, not a password.
  const log = serverLog.join("");
  expect(log).not.toContain(CANARY);
  for (const session of sessions.values()) expect(log).not.toContain(session.password);
  expect(log).not.toContain(DEMO_PASSWORD);
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
});

test("the canary is really in family A's data (so the probes below can fail)", async () => {
  const row = (path: string) => MATRIX.find((candidate) => candidate.path === path && candidate.method === "GET")!;
  expect((await send(row("/api/v1/families/[familyId]/notes"), "coachA", values)).text).toContain(CANARY);
  expect((await send(row("/api/v1/families/[familyId]/messages"), "parentA", values)).text).toContain(CANARY);
  expect((await send(row("/api/v1/families/[familyId]/providers"), "parentA", values)).text).toContain(CANARY);
  expect((await send(row("/api/v1/families/[familyId]/documents"), "parentA", values)).text).toContain(CANARY);
  expect((await send(row("/api/v1/families/[familyId]/documents/[documentId]/file"), "coachA", values)).text).toContain(
    CANARY,
  );
});

const PROBES: { name: string; headers?: Record<string, string>; query?: string }[] = [
  {
    name: "x-middleware-subrequest",
    headers: { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
  },
  {
    name: "x-middleware-subrequest (proxy)",
    headers: { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy:src/proxy:src/middleware" },
  },
  { name: "?_rsc=", query: "?_rsc=1x2y3" },
  { name: "RSC: 1", headers: { RSC: "1", "Next-Router-Prefetch": "1" } },
];

for (const row of MATRIX) {
  test.describe(`${row.method} ${row.path}${row.label ? ` (${row.label})` : ""}`, () => {
    for (const actor of ACTORS) {
      const expected = row.expected[actor];
      test(`${actor} → ${expected}`, async () => {
        const cell = { ...values };
        if (row.fresh) Object.assign(cell, await MAKERS[row.fresh]!());
        if (row.body === "signOut") {
          const csrf = await fetch(`${BASE_URL}/api/auth/csrf`, {
            headers: sessions.get(actor) ? { cookie: sessions.get(actor)!.cookie } : {},
          });
          const setCookie = csrf.headers
            .getSetCookie()
            .map((line) => line.split(";")[0])
            .join("; ");
          cell.csrfToken = ((await csrf.json()) as { csrfToken: string }).csrfToken;
          // next-auth's double-submit: the csrf cookie goes with the token.
          const session = sessions.get(actor);
          if (session) session.cookie = [session.cookie, setCookie].filter(Boolean).join("; ");
          else sessions.set("anonymous", { email: "", password: "", context: undefined as never, cookie: setCookie });
        }
        const answer = await send(row, actor, cell);
        if (row.cleanup) await CLEANUPS[row.cleanup]();
        if (actor === "anonymous") sessions.delete("anonymous");
        const where = `${row.method} ${row.path} as ${actor}`;
        expect(answer.status, `${where}: ${answer.text.slice(0, 300)}`).toBe(expected);
        if (row.servesFile && answer.status === 200) expectFileHeaders(answer, where);
        else expectSecurityHeaders(answer, where, row.familyData ?? false);
        if (answer.status === 307)
          expect(answer.headers.get("location") ?? "", where).not.toMatch(/^https?:\/\/(?!localhost)/);
        if (OUTSIDERS.includes(actor)) expect(answer.text, where).not.toContain(CANARY);
        if (row.method === "GET" && OUTSIDERS.includes(actor)) {
          for (const probe of PROBES) {
            const probed = await send(row, actor, cell, probe);
            expect(probed.text, `${where} with ${probe.name}`).not.toContain(CANARY);
            // A probe never turns a refusal into access.
            if (expected >= 400) expect(probed.status, `${where} with ${probe.name}`).toBeGreaterThanOrEqual(300);
          }
        }
        if (row.endsSession && sessions.has(actor) && expected < 300 && actor !== "disabled" && actor !== "revoked") {
          const session = sessions.get(actor)!;
          await session.context.clearCookies();
          sessions.set(actor, { ...(await signIn(session.email, session.password, session.context)) });
        }
      });
    }
  });
}

const HOSTILE: { name: string; headers: Record<string, string>; plainText?: boolean }[] = [
  { name: "a foreign Origin", headers: { Origin: "https://evil.example" } },
  { name: "Origin: null", headers: { Origin: "null" } },
  { name: "Sec-Fetch-Site: cross-site", headers: { "Sec-Fetch-Site": "cross-site" } },
  {
    name: "JSON as text/plain from another site",
    headers: { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
    plainText: true,
  },
];

test.describe("cross-site writes", () => {
  for (const row of MUTATING_ROWS.filter((candidate) =>
    Object.values(candidate.expected).some((status) => status < 300),
  )) {
    const actor = ACTORS.find((candidate) => row.expected[candidate] < 300)!;
    const title = `${row.method} ${row.path}${row.label ? ` (${row.label})` : ""}`;
    test(`${title} as ${actor}: 403 for each of ${HOSTILE.length} cross-site forms`, async () => {
      const cell = { ...values };
      if (row.fresh) Object.assign(cell, await MAKERS[row.fresh]!());
      for (const hostile of HOSTILE) {
        const headers = { ...hostile.headers, ...(hostile.plainText ? { "content-type": "text/plain" } : {}) };
        const answer = await send({ ...row, body: row.body === "signOut" ? "none" : row.body }, actor, cell, {
          headers,
        });
        expect(answer.status, `${row.method} ${row.path} with ${hostile.name}: ${answer.text}`).toBe(403);
        expect(JSON.parse(answer.text)).toMatchObject({ error: { code: "cross_site" } });
      }
      // Nothing was spent: the same request from the app's own origin still works.
      const same = await send(
        row.body === "signOut" ? { ...row, body: "none", method: "GET", path: "/api/auth/csrf" } : row,
        actor,
        cell,
        { headers: { Origin: BASE_URL, "Sec-Fetch-Site": "same-origin" } },
      );
      expect(same.status, `${row.method} ${row.path} from the app itself: ${same.text}`).toBe(
        row.body === "signOut" ? 200 : row.expected[actor],
      );
      if (row.cleanup) await CLEANUPS[row.cleanup]();
      if (row.endsSession && sessions.has(actor)) {
        const session = sessions.get(actor)!;
        await session.context.clearCookies();
        sessions.set(actor, await signIn(session.email, session.password, session.context));
      }
    });
  }
});

test.describe("error pages", () => {
  test("an unknown page and an unknown API path carry the security headers too", async () => {
    for (const path of [
      "/no-such-page",
      "/families/not-an-id",
      "/api/v1/families/00000000-0000-4000-8000-000000000000",
    ]) {
      const answer = await fetch(`${BASE_URL}${path}`, {
        headers: { cookie: sessions.get("parentA")!.cookie },
        redirect: "manual",
      });
      expect(answer.status, path).toBe(404);
      expectSecurityHeaders({ status: answer.status, headers: answer.headers, text: await answer.text() }, path, true);
    }
  });
});

test.describe("the session cookie", () => {
  test("is HttpOnly, SameSite=Lax, for the whole app, and lives no longer than the absolute limit", async () => {
    const csrf = await fetch(`${BASE_URL}/api/auth/csrf`);
    const csrfCookie = csrf.headers
      .getSetCookie()
      .map((line) => line.split(";")[0])
      .join("; ");
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const response = await fetch(`${BASE_URL}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
      body: new URLSearchParams({ email: DEMO.luis, password: DEMO_PASSWORD, csrfToken, json: "true" }).toString(),
      redirect: "manual",
    });
    expect(response.status).toBe(200);
    const line = response.headers.getSetCookie().find((candidate) => candidate.startsWith("next-auth.session-token="));
    expect(line, response.headers.getSetCookie().join("\n")).toBeDefined();
    const attributes = line!
      .split(";")
      .slice(1)
      .map((part) => part.trim().toLowerCase());
    expect(attributes).toContain("httponly");
    expect(attributes).toContain("samesite=lax");
    expect(attributes).toContain("path=/");
    // Over plain http (this server's NEXTAUTH_URL) no Secure flag; the https name (__Secure-) is used behind TLS.
    const expires = attributes.find((part) => part.startsWith("expires="));
    expect(expires).toBeDefined();
    const lifetimeHours = (Date.parse(expires!.slice("expires=".length)) - Date.now()) / 3_600_000;
    expect(lifetimeHours).toBeGreaterThan(11.9);
    expect(lifetimeHours).toBeLessThanOrEqual(12.01);
    // The cookie holds no user data in the clear: it is an encrypted token (a JWE of five parts).
    const value = line!.split(";")[0]!.split("=").slice(1).join("=");
    expect(value.split(".")).toHaveLength(5);
    expect(value).not.toContain(DEMO.luis);
  });

  test("sign-out answers Clear-Site-Data and the old cookie is dead at once", async () => {
    const luis = await signIn(DEMO.luis, DEMO_PASSWORD);
    const csrf = await fetch(`${BASE_URL}/api/auth/csrf`, { headers: { cookie: luis.cookie } });
    const csrfCookie = csrf.headers
      .getSetCookie()
      .map((line) => line.split(";")[0])
      .join("; ");
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const signOut = await fetch(`${BASE_URL}/api/auth/signout`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: `${luis.cookie}; ${csrfCookie}` },
      body: new URLSearchParams({ csrfToken, json: "true" }).toString(),
      redirect: "manual",
    });
    expect(signOut.status).toBeLessThan(400);
    expect(signOut.headers.get("clear-site-data")).toBe('"cache", "cookies", "storage"');
    expect(
      signOut.headers
        .getSetCookie()
        .some((line) => /^next-auth\.session-token=;/.test(line) && /max-age=0/i.test(line)),
    ).toBe(true);
    // Replaying the cookie from before the sign-out gets nothing.
    expect((await fetch(`${BASE_URL}/api/v1/me`, { headers: { cookie: luis.cookie } })).status).toBe(401);
    await luis.context.dispose();
  });

  test("a password change ends the user's other sessions at once, and keeps the one that made it", async () => {
    const first = await signIn(DEMO.luis, DEMO_PASSWORD);
    const second = await signIn(DEMO.luis, DEMO_PASSWORD);
    const change = await fetch(`${BASE_URL}/api/v1/me/password`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: first.cookie },
      body: JSON.stringify({ currentPassword: DEMO_PASSWORD, newPassword: DEMO_PASSWORD }),
    });
    expect(change.status).toBe(204);
    expect((await fetch(`${BASE_URL}/api/v1/me`, { headers: { cookie: second.cookie } })).status).toBe(401);
    expect((await fetch(`${BASE_URL}/api/v1/me`, { headers: { cookie: first.cookie } })).status).toBe(200);
    await first.context.dispose();
    await second.context.dispose();
  });
});

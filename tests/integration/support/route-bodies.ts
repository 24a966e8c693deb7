import crypto from "node:crypto";
import type { Method } from "./api-routes";

/** A valid body for every write that takes one, so a refusal can only come from who is asking or how. */
export function bodyFor(method: Method, template: string, values: Record<string, string>): unknown {
  const bodies: Record<string, unknown> = {
    "POST families/[familyId]/children": { name: "Riley" },
    "PATCH families/[familyId]/children/[childId]": { name: "Jordi" },
    "DELETE families/[familyId]/children/[childId]": undefined,
    "POST families/[familyId]/children/[childId]/needs": { needId: "aggression", identifiedOn: "2026-02-01" },
    "PATCH families/[familyId]/children/[childId]/needs/[needId]": { resolvedOn: "2026-06-01" },
    "DELETE families/[familyId]/children/[childId]/needs/[needId]": undefined,
    "POST families/[familyId]/children/[childId]/needed-services": {
      serviceId: "family-therapy",
      markedOn: "2026-02-01",
      reason: "Discharge plan",
    },
    "PATCH families/[familyId]/children/[childId]/needed-services/[markId]": { clearedOn: "2026-05-01" },
    "DELETE families/[familyId]/children/[childId]/needed-services/[markId]": undefined,
    "POST families/[familyId]/providers": {
      name: "Sam",
      statedTitle: "Counselor",
      credentialId: "lpc",
      childIds: [values.childId],
      servicesDelivered: ["individual-therapy"],
      startOn: "2026-03-01",
    },
    "PATCH families/[familyId]/providers/[providerId]": { endOn: "2026-05-31" },
    "DELETE families/[familyId]/providers/[providerId]": undefined,
    "PUT families/[familyId]/pinned-articles": { slugs: [] },
    // An upload is multipart: JSON of any shape must be refused (415) without a row written; the
    // multipart fields have hostile inputs of their own in documents-upload.test.ts.
    "POST families/[familyId]/documents": { title: "Discharge plan", kind: "discharge-plan" },
    "PATCH families/[familyId]/documents/[documentId]": { title: "Discharge plan (Jan)", documentDate: "2026-01-03" },
    "DELETE families/[familyId]/documents/[documentId]": undefined,
    "POST families/[familyId]/citations": {
      documentId: values.documentId,
      subjectType: "need",
      subjectId: values.needId,
      page: 2,
      quote: "family therapy recommended",
    },
    "DELETE families/[familyId]/citations/[citationId]": undefined,
    "POST families/[familyId]/messages": { clientMessageId: crypto.randomUUID(), body: "hi" },
    "POST families/[familyId]/messages/read": { upTo: values.messageId },
    "POST families/[familyId]/notes": { body: "a note" },
    "PATCH families/[familyId]/notes/[noteId]": { body: "changed" },
    "DELETE families/[familyId]/notes/[noteId]": undefined,
    "POST families/[familyId]/actions": { title: "call" },
    "PATCH families/[familyId]/actions/[actionId]": { done: true },
    "PUT families/[familyId]/tags": { tags: ["x"] },
    "POST families/[familyId]/archive": undefined,
    "DELETE families/[familyId]/archive": undefined,
    "POST families/[familyId]/deletion": undefined,
    "POST families/[familyId]/providers/import": { csv: "name,title,start date\nPat Lin,Helper,2026-01-01\n" },
    "POST families/[familyId]/import": {
      format: "clarity.family-export",
      version: 1,
      exportedAt: "2026-11-01T00:00:00.000Z",
      family: { id: values.familyId, name: "x" },
      children: [],
      providers: [],
      events: [],
      messages: [],
    },
    "DELETE families/[familyId]/deletion": undefined,
    "POST invites": { familyId: values.familyId },
    "DELETE invites/[inviteId]": undefined,
    "POST invites/[inviteId]/resend": undefined,
    "POST sessions/revoke": undefined,
    "POST admin/users/[userId]/disable": undefined,
    "POST admin/users/[userId]/enable": undefined,
    "DELETE admin/users/[userId]": undefined,
    "PUT locale": { locale: "es" },
    "POST me/password": { currentPassword: "correct horse battery", newPassword: "a new long password" },
    "POST admin/coaches": {
      email: `coach.${crypto.randomUUID()}@example.org`,
      name: "New Coach",
      password: "first password here",
    },
    "POST admin/families/[familyId]/coach": { coachId: values.coachId },
    "POST sign-up": {
      token: values.token ?? "no-such-token",
      name: "New Parent",
      email: `parent.${crypto.randomUUID()}@example.org`,
      password: "long enough password",
    },
  };
  const key = `${method} ${template}`;
  if (method !== "GET" && !(key in bodies)) throw new Error(`no test body for ${key}: add one`);
  return bodies[key];
}

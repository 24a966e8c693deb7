import { z } from "zod";
import { changePasswordSchema, createInviteSchema, localeSchema, signUpSchema } from "../accounts";
import { liveQuery } from "../messages";
import { EXAMPLE_ID, operation } from "./operation";
import { createdInvite, familyRef, id, inviteSuggestion, person, role, time } from "./shapes";

const tag = "Accounts and invites";

export const accountRoutes = [
  operation("get", "/me", {
    tag,
    summary: "Who is signed in, and their families",
    who: "signed in",
    ok: {
      status: 200,
      description: "The user and the families they belong to or coach.",
      schema: z.object({ user: person.extend({ email: z.string(), role }), families: z.array(familyRef) }),
      example: {
        user: { id: EXAMPLE_ID, email: "coach@demo.clarity.test", name: "Morgan Ellis", role: "coach" },
        families: [{ id: EXAMPLE_ID, name: "The Rivera family" }],
      },
    },
  }),
  operation("post", "/me/password", {
    tag,
    summary: "Change one's password",
    who: "signed in",
    description: "Every other session of the user ends.",
    body: changePasswordSchema,
    bodyExample: { currentPassword: "the old one", newPassword: "a long new passphrase" },
    ok: { status: 204, description: "Changed." },
  }),
  operation("post", "/sessions/revoke", {
    tag,
    summary: "Sign out everywhere",
    who: "signed in",
    description: "Ends every session of the user, this one included.",
    ok: { status: 204, description: "Signed out everywhere." },
  }),
  operation("put", "/locale", {
    tag,
    summary: "Choose the interface language",
    who: "anyone",
    description: "Kept in a cookie for this browser and, when signed in, saved on the account.",
    body: localeSchema,
    bodyExample: { locale: "es" },
    ok: { status: 200, description: "The language now in use.", schema: localeSchema, example: { locale: "es" } },
  }),
  operation("get", "/unread", {
    tag: "Messages",
    summary: "Unread messages, per family",
    who: "signed in",
    ok: {
      status: 200,
      description: "The total and each family's count.",
      schema: z.object({ total: z.number().int(), families: z.array(z.object({ familyId: id, unread: z.number() })) }),
      example: { total: 3, families: [{ familyId: EXAMPLE_ID, unread: 3 }] },
    },
  }),
  operation("get", "/live", {
    tag: "Messages",
    summary: "What changed in your families, live (Server-Sent Events)",
    who: "signed in; with `conversation`, the family's members and coach",
    description:
      'One stream per signed-in user for all the families they may see: `event: change` with `{ familyId, kind }` (`kind` is `message` or `read`) when a message arrives or someone reads, `event: resync` with `{}` when changes may have been missed (read again what you show), `event: end` with `{ reason: "session" }` when the session ended. No content: read it through the other routes. With `conversation` (a family id), the same stream also carries that conversation as `/families/{familyId}/messages/stream` does: `event: message` with the message as JSON (`id:` is the message id), `event: readers` when someone read, `event: resync` with `{ position }` (`id:` the newest message) when more messages were missed than it replays (reload the pages); it resumes after `Last-Event-ID` or `after`, and when the caller may no longer see the family it sends `event: conversation-end` with `{ familyId, reason: "forbidden" }` and goes on without the conversation. A heartbeat comment every 15 s; does not keep the session alive.',
    query: liveQuery,
    ok: { status: 200, description: "An event stream.", schema: z.string(), type: "text/event-stream" },
    errors: [404],
  }),
  operation("post", "/invites", {
    tag,
    summary: "Create an invite link",
    who: "a coach (a new family); a parent of the family (someone to join it)",
    description:
      "`familyName` invites a new family (a coach only); `familyId` (with `inviteeName`, optional) makes a link into the caller's family. From the family's coach, `{ familyId }` answers 202 with a suggestion and no link: a parent of the family approves or declines it. The link works once, until it expires.",
    body: createInviteSchema,
    bodyExample: { familyId: EXAMPLE_ID, inviteeName: "Sam Lee" },
    ok: { status: 201, description: "The link to send.", schema: createdInvite },
    errors: [403, 404],
  }),
  operation("get", "/invites", {
    tag,
    summary: "Invites and suggestions waiting",
    who: "signed in",
    ok: {
      status: 200,
      description:
        "What the caller may act on, neither used nor revoked: a coach's links for new families, the links into a parent's families, for an admin the coaches' links for new families (never a link into a family), and the suggestions waiting.",
      schema: z.object({
        invites: z.array(
          z.object({
            id,
            familyId: id.nullable(),
            familyName: z.string().nullable(),
            inviteeName: z.string().nullable(),
            invitedBy: person.nullable(),
            createdAt: time,
            expiresAt: time,
            expired: z.boolean(),
            canResend: z.boolean(),
          }),
        ),
        suggestions: z.array(inviteSuggestion),
      }),
    },
  }),
  operation("delete", "/invites/{inviteId}", {
    tag,
    summary: "Revoke an invite",
    who: "a link into a family: its parents; a link for a new family: its coach, an admin",
    description: "Its link then answers 410 `invite_revoked`.",
    ok: { status: 204, description: "Revoked." },
    errors: [404, 409],
  }),
  operation("post", "/invites/{inviteId}/resend", {
    tag,
    summary: "A fresh link for an invite",
    who: "whoever may make that invite: a link into a family, its parents; a link for a new family, its coach (never an admin)",
    description:
      "A new link and expiry, same family and maker; the old link stops working. 409 once used, or when the maker can no longer invite.",
    ok: { status: 200, description: "The new link.", schema: createdInvite },
    errors: [404, 409],
  }),
  operation("post", "/invite-suggestions/{suggestionId}/approve", {
    tag,
    summary: "Approve a coach's suggestion",
    who: "a parent of the family (its coach: 403)",
    description: "Makes the link, in the approving parent's name.",
    ok: { status: 201, description: "The link to send.", schema: createdInvite },
    errors: [403, 404, 409],
  }),
  operation("delete", "/invite-suggestions/{suggestionId}", {
    tag,
    summary: "Decline or withdraw a suggestion",
    who: "a parent of the family (declines), the coach who made it (withdraws)",
    ok: { status: 204, description: "Declined or withdrawn." },
    errors: [404, 409],
  }),
  operation("post", "/sign-up", {
    tag,
    summary: "Sign up with an invite",
    who: "anyone with an invite",
    body: signUpSchema,
    bodyExample: { token: "Zm9v", name: "Ana", email: "ana@example.org", password: "a long passphrase" },
    ok: {
      status: 201,
      description: "The new account and the family it joined.",
      schema: z.object({ user: person.extend({ email: z.string(), role }), family: familyRef }),
    },
    errors: [409, 410],
  }),
];

import { z } from "zod";
import { changePasswordSchema, createInviteSchema, localeSchema, signUpSchema } from "../accounts";
import { EXAMPLE_ID, operation } from "./operation";
import { createdInvite, familyRef, id, person, role, time } from "./shapes";

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
  operation("post", "/invites", {
    tag,
    summary: "Create an invite link",
    who: "a coach; a parent for their own family",
    description:
      "`familyName` invites a new family (a coach only); `familyId` invites another parent into a family. The link works once, until it expires.",
    body: createInviteSchema,
    bodyExample: { familyName: "The Lee family" },
    ok: { status: 201, description: "The link to send.", schema: createdInvite },
    errors: [404],
  }),
  operation("get", "/invites", {
    tag,
    summary: "Invites not used yet",
    who: "signed in (an admin sees all)",
    ok: {
      status: 200,
      description: "The caller's invites that are neither used nor revoked.",
      schema: z.object({
        invites: z.array(
          z.object({
            id,
            familyId: id.nullable(),
            familyName: z.string().nullable(),
            invitedBy: person.nullable(),
            createdAt: time,
            expiresAt: time,
            expired: z.boolean(),
          }),
        ),
      }),
    },
  }),
  operation("delete", "/invites/{inviteId}", {
    tag,
    summary: "Revoke an invite",
    who: "the invite's maker, an admin",
    description: "Its link then answers 410 `invite_revoked`.",
    ok: { status: 204, description: "Revoked." },
    errors: [404, 409],
  }),
  operation("post", "/invites/{inviteId}/resend", {
    tag,
    summary: "A fresh link for an invite",
    who: "the invite's maker, an admin",
    description: "A new link and expiry; the old link stops working.",
    ok: { status: 200, description: "The new link.", schema: createdInvite },
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

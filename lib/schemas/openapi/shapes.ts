import { z } from "zod";
import { EXAMPLE_ID } from "./operation";

// The shapes of the main answers, as the data layer's DTOs give them (lib/<feature>/dto.ts and the
// types beside each feature's functions). Named ones become components of the document.

const id = z.uuid();
const date = z.string().meta({ format: "date", example: "2026-02-01" });
const time = z.string().meta({ format: "date-time", example: "2026-02-01T17:30:00.000Z" });
const person = z.object({ id, name: z.string() });
export const role = z.enum(["parent", "coach", "admin"]);

export const familyRef = person.meta({ id: "FamilyRef" });

export const child = z.object({ id, name: z.string(), birthYear: z.number().int().nullable(), createdAt: time }).meta({
  id: "Child",
  example: { id: EXAMPLE_ID, name: "Jordan", birthYear: 2015, createdAt: "2026-01-05T18:00:00.000Z" },
});

export const need = z
  .object({
    id,
    childId: id,
    needId: z.string(),
    identifiedOn: date,
    resolvedOn: date.nullable(),
    note: z.string().nullable(),
  })
  .meta({ id: "Need" });

export const neededService = z
  .object({
    id,
    childId: id,
    serviceId: z.string(),
    markedOn: date,
    clearedOn: date.nullable(),
    reason: z.string(),
  })
  .meta({ id: "NeededService" });

export const provider = z
  .object({
    id,
    name: z.string(),
    agency: z.string().nullable(),
    statedTitle: z.string(),
    credentialId: z.string().meta({ description: "The first of `credentialIds` (for older clients)." }),
    credentialIds: z
      .array(z.string())
      .meta({ description: "Every credential the person holds, canonical for the family's state (`or:qmha`)." }),
    supervisor: z
      .union([z.object({ providerId: id }), z.object({ name: z.string(), credentialId: z.string() })])
      .nullable()
      .meta({ description: "Another provider of the family, or someone off the team with their credential." }),
    licenseNumber: z.string().nullable(),
    licenseState: z.string().nullable(),
    trainedIn: z.array(z.string()),
    servicesDelivered: z.array(z.string()),
    childIds: z.array(id),
    startOn: date,
    endOn: date.nullable(),
    contact: z.string().nullable(),
    notes: z.string().nullable(),
    answers: z.record(z.string(), z.object({ answer: z.string(), askedOn: date })),
    createdAt: time,
  })
  .meta({ id: "Provider" });

export const message = z
  .object({
    id,
    clientMessageId: id,
    body: z.string(),
    author: person.extend({ role }),
    createdAt: time,
    position: z.number().int(),
    imported: z
      .object({ name: z.string(), at: time })
      .nullable()
      .meta({ description: "For a message loaded from an export: the author the file named (text), and when." }),
    attachments: z.array(
      z.object({ id, title: z.string(), kind: z.string(), contentType: z.string(), size: z.number().int() }),
    ),
  })
  .meta({ id: "Message" });

export const reader = z.object({ user: person.extend({ role }), lastReadPosition: z.number().int() });

export const note = z
  .object({
    id,
    body: z.string(),
    author: person.nullable(),
    createdAt: time,
    updatedAt: time,
    editable: z.boolean(),
  })
  .meta({ id: "CoachNote" });

export const action = z
  .object({
    id,
    title: z.string(),
    dueOn: date.nullable(),
    done: z.boolean(),
    doneAt: time.nullable(),
    overdue: z.boolean(),
    createdBy: person.nullable(),
    createdAt: time,
    updatedAt: time,
  })
  .meta({ id: "ActionItem" });

export const account = z
  .object({
    id,
    name: z.string(),
    email: z.string(),
    disabled: z.boolean(),
    familyCount: z.number().int(),
    createdAt: time,
  })
  .meta({ id: "Account" });

export const createdInvite = z.object({ id, url: z.string(), token: z.string(), expiresAt: time }).meta({
  id: "CreatedInvite",
  example: {
    id: "0b9d7c3e-5a41-4f8e-9c2d-6e1f3a7b8c90",
    url: "http://localhost:3000/sign-up?token=Zm9v",
    token: "Zm9v",
    expiresAt: "2026-02-08T17:30:00.000Z",
  },
});

export const articleMeta = z
  .object({
    slug: z.string(),
    locale: z.enum(["en", "es"]),
    title: z.string(),
    summary: z.string(),
    audience: z.string(),
    tags: z.array(z.string()),
    credentials: z.array(z.string()),
    services: z.array(z.string()),
    needs: z.array(z.string()),
    updated: date,
    readingMinutes: z.number().int(),
  })
  .meta({ id: "ArticleSummary" });

/** A page of a list: the items, and the cursor of the next page (null on the last). */
export const page = <T extends z.ZodType>(key: string, item: T) =>
  z.object({ [key]: z.array(item), nextCursor: z.string().nullable() });

export { date, id, person, time };

export const inviteSuggestion = z
  .object({
    id,
    familyId: id,
    familyName: z.string(),
    inviteeName: z.string().nullable(),
    suggestedBy: person,
    createdAt: time,
  })
  .meta({ id: "InviteSuggestion" });

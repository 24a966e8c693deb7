import { z } from "zod";
import {
  accessLogQuerySchema,
  createActionSchema,
  noteInputSchema,
  tagsInputSchema,
  updateActionSchema,
} from "../coaching";
import { caseloadQuerySchema, caseloadTrendsQuerySchema } from "../caseload";
import { operation } from "./operation";
import { action, date, id, note, page, person, role, time } from "./shapes";

const tag = "Coach tools";
const coach = "the family's coach";
const F = "/families/{familyId}";

const caseloadRow = z
  .object({
    familyId: id,
    name: z.string(),
    children: z.array(person),
    missing: z.number().int(),
    mismatch: z.number().int(),
    unverified: z.number().int(),
    safetyGap: z.boolean(),
    longestMissing: z.object({ serviceId: z.string(), days: z.number().int() }).nullable(),
    unread: z.number().int(),
    overdueRequests: z.number().int().meta({ description: "Open requests past their due date today." }),
    lastActivityAt: time.nullable(),
    newGaps30d: z.number().int(),
    nextAction: z.object({ id, title: z.string(), dueOn: date.nullable() }).nullable(),
    tags: z.array(z.string()),
    archived: z.boolean(),
    deletionDueAt: time.nullable(),
    coaches: z.array(person),
  })
  .meta({ id: "CaseloadRow" });

export const coachingRoutes = [
  operation("get", "/caseload", {
    tag: "Caseload",
    summary: "The coach's families, ranked by unmet need",
    who: "a coach (their families); an admin (names, coaches and counts only)",
    description:
      "Priority order: safety gaps first, then families with an overdue request, then the longest-missing service, then unread messages. `filter` is a comma-separated list of `safety-gap`, `unread`, `inactive`, `archived`, `overdue-requests` and `tag:<name>`. An admin gets the practice's families by name without any care fact: `{ families: [{ id, name, archived, coaches, parents, children }], nextCursor, total }` (`parents` and `children` are counts; `q` searches names, `coach=<id>` one coach's, `filter=archived` only; the care filters answer 400).",
    query: caseloadQuerySchema.in,
    ok: {
      status: 200,
      description: "A page of the caseload, with the total and every tag in it.",
      schema: z.object({
        families: z.array(caseloadRow),
        nextCursor: z.string().nullable(),
        total: z.number().int(),
        on: date,
        tags: z.array(z.string()),
      }),
    },
    errors: [404],
  }),
  operation("get", "/caseload/trends", {
    tag: "Caseload",
    summary: "Missing services across the caseload, month by month",
    who: "a coach (404 for anyone else)",
    description: "At the same day of each of the last 12 months, over the active caseload.",
    query: caseloadTrendsQuerySchema,
    ok: {
      status: 200,
      description: "The months and the services missing most.",
      schema: z.object({
        months: z.array(z.object({ on: date, missing: z.number().int(), families: z.number().int() })),
        mostMissing: z.array(
          z.object({ serviceId: z.string(), children: z.number().int(), families: z.number().int() }),
        ),
        on: date,
        familyCount: z.number().int(),
      }),
    },
    errors: [404],
  }),
  operation("get", `${F}/access-log`, {
    tag: "Families",
    summary: "Who opened the family's information",
    who: "the family's members and coach",
    description: "Views of the family's data and moves to another coach, newest first.",
    query: accessLogQuerySchema,
    ok: {
      status: 200,
      description: "A page of entries.",
      schema: page(
        "entries",
        z.object({
          id: z.number().int(),
          at: time,
          action: z.string(),
          what: z.string(),
          actor: person.extend({ role }).nullable(),
        }),
      ),
    },
    errors: [404],
  }),
  operation("get", `${F}/notes`, {
    tag,
    summary: "The coach's private notes on a family",
    who: coach,
    description: "Newest first; 404 for the family's parents.",
    ok: { status: 200, description: "The notes.", schema: z.object({ notes: z.array(note) }) },
    errors: [404],
  }),
  operation("post", `${F}/notes`, {
    tag,
    summary: "Add a private note",
    who: coach,
    body: noteInputSchema,
    bodyExample: { body: "Ask who supervises Dana." },
    ok: { status: 201, description: "The note.", schema: z.object({ note }) },
    errors: [404, 409],
  }),
  operation("patch", `${F}/notes/{noteId}`, {
    tag,
    summary: "Edit a note",
    who: "the note's author",
    body: noteInputSchema,
    ok: { status: 200, description: "The note.", schema: z.object({ note }) },
    errors: [403, 404, 409],
  }),
  operation("delete", `${F}/notes/{noteId}`, {
    tag,
    summary: "Delete a note",
    who: "the note's author",
    ok: { status: 204, description: "Deleted." },
    errors: [403, 404, 409],
  }),
  operation("get", `${F}/actions`, {
    tag,
    summary: "The coach's action items for a family",
    who: coach,
    description: "Open ones first, by due date.",
    ok: { status: 200, description: "The action items.", schema: z.object({ actions: z.array(action) }) },
    errors: [404],
  }),
  operation("post", `${F}/actions`, {
    tag,
    summary: "Add an action item",
    who: coach,
    body: createActionSchema,
    bodyExample: { title: "Ask the agency who supervises Jordan", dueOn: "2026-12-01" },
    ok: { status: 201, description: "The action item.", schema: z.object({ action }) },
    errors: [404, 409],
  }),
  operation("patch", `${F}/actions/{actionId}`, {
    tag,
    summary: "Tick off, rename or re-date an action item",
    who: coach,
    body: updateActionSchema,
    bodyExample: { done: true },
    ok: { status: 200, description: "The action item.", schema: z.object({ action }) },
    errors: [404, 409],
  }),
  operation("get", `${F}/tags`, {
    tag,
    summary: "The family's tags",
    who: coach,
    ok: { status: 200, description: "The tags.", schema: tagsInputSchema, example: { tags: ["waitlist"] } },
    errors: [404],
  }),
  operation("put", `${F}/tags`, {
    tag,
    summary: "Replace the family's tags",
    who: coach,
    description: "At most 10, 1–40 characters, spaces collapsed, unique whatever the case.",
    body: tagsInputSchema,
    bodyExample: { tags: ["waitlist", "IIBHT referral"] },
    ok: { status: 200, description: "The tags as saved.", schema: tagsInputSchema },
    errors: [404, 409],
  }),
  ...(["post", "delete"] as const).map((method) =>
    operation(method, `${F}/archive`, {
      tag,
      summary: method === "post" ? "Archive a family" : "Bring an archived family back",
      who: coach,
      description: "Archived families leave the active caseload; nothing is deleted.",
      ok: {
        status: 200,
        description: "Whether and since when the family is archived.",
        schema: z.object({ archived: z.boolean(), archivedAt: time.nullable() }),
      },
      errors: [404, 409],
    }),
  ),
];

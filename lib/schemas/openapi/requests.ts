import { z } from "zod";
import { DEADLINE_RULES, REQUEST_CHANNELS, REQUEST_KINDS, REQUEST_STATUSES } from "@/lib/domain/requests";
import { requestCreateSchema, requestPatchSchema, requestUpdateCreateSchema } from "../requests";
import { EXAMPLE_ID, operation } from "./operation";

// What a family asked of an agency, a plan, a school or a provider, and when an answer is due (issue 19).

const tag = "Requests";
const who = "the family's members and coach";
const F = "/families/{familyId}";
const time = z.string().meta({ format: "date-time", example: "2026-12-05T17:30:00.000Z" });
const date = z.string().meta({ format: "date", example: "2026-12-01" });
const person = z.object({ id: z.uuid(), name: z.string() });

const dueRule = z
  .object({
    id: z.enum(Object.keys(DEADLINE_RULES) as [string, ...string[]]),
    days: z.number().int(),
    counting: z.enum(["calendar", "school"]).meta({
      description:
        "`school`: weekdays; Clarity knows no school's calendar, so holidays and breaks are not skipped and the real date is usually later.",
    }),
    from: date.meta({ description: "The date counted from: the request's `askedOn`." }),
    startsAt: z
      .enum(["asked", "consent-received", "appeal-received", "request-received"])
      .meta({ description: "The event the rule itself counts from." }),
    source: z.string().meta({ description: "The rule or statute.", example: "34 CFR 300.301(c)(1)" }),
    checkedOn: date,
    reminderOnly: z.literal(true).optional().meta({ description: "No rule is known: only a reminder to follow up." }),
    checkLocally: z
      .literal(true)
      .optional()
      .meta({ description: "The figure depends on the state or a school calendar: check locally." }),
  })
  .meta({ id: "RequestDueRule" });

const request = z
  .object({
    id: z.uuid(),
    kind: z.enum(REQUEST_KINDS),
    to: z.object({ name: z.string(), organization: z.string().nullable(), role: z.string().nullable() }),
    childIds: z.array(z.uuid()),
    serviceIds: z.array(z.string()),
    providerId: z.uuid().nullable(),
    letterId: z.uuid().nullable(),
    askedOn: date,
    channel: z.enum(REQUEST_CHANNELS),
    summary: z.string(),
    dueOn: date,
    dueRule: dueRule.optional().meta({ description: "Present only when Clarity suggested `dueOn`." }),
    status: z.enum(REQUEST_STATUSES),
    overdue: z.boolean().meta({ description: "Open and past `dueOn` on today's date in the app's time zone." }),
    updateCount: z.number().int(),
    lastUpdateOn: date.nullable(),
    createdBy: person.nullable(),
    createdAt: time,
    updatedAt: time,
  })
  .meta({ id: "Request" });

const update = z
  .object({
    id: z.uuid(),
    on: date,
    note: z.string(),
    status: z.enum(REQUEST_STATUSES).nullable(),
    createdBy: person.nullable(),
    createdAt: time,
  })
  .meta({ id: "RequestUpdate" });

const createExample = {
  kind: "school-evaluation",
  to: { name: "Ms. Rivera", organization: "Lincoln Elementary", role: "special education coordinator" },
  childIds: [EXAMPLE_ID],
  serviceIds: ["family-therapy"],
  askedOn: "2026-12-01",
  channel: "email",
  summary: "Asked the school to evaluate Jordan for special education.",
};

export const requestRoutes = [
  operation("post", `${F}/requests`, {
    tag,
    summary: "Record a request the family made",
    who,
    description:
      "Without `dueOn`, Clarity suggests one from the rule for the kind and the family's state and answers it with `dueRule` (where no rule is known: a 14-day reminder, `reminderOnly`). A `dueOn` the family gives wins and has no `dueRule`. Children, provider and letter must be the family's (400 otherwise); `askedOn` may not be in the future.",
    body: requestCreateSchema,
    bodyExample: createExample,
    ok: { status: 201, description: "The request, open.", schema: z.object({ request }) },
    errors: [404, 409],
    idempotent: true,
  }),
  operation("get", `${F}/requests`, {
    tag,
    summary: "The family's requests",
    who,
    ok: {
      status: 200,
      description: "Newest asked first (then newest entered).",
      schema: z.object({ requests: z.array(request) }),
    },
    errors: [404],
  }),
  operation("get", `${F}/requests/{requestId}`, {
    tag,
    summary: "One request with its updates",
    who,
    ok: {
      status: 200,
      description: "The request; `updates` oldest first.",
      schema: z.object({ request: request.extend({ updates: z.array(update) }) }),
    },
    errors: [404],
  }),
  operation("patch", `${F}/requests/{requestId}`, {
    tag,
    summary: "Change a request",
    who,
    description:
      "`dueOn: null` asks Clarity to suggest the date again; a suggested date follows a change of `kind` or `askedOn`. Every change is a line in the family's history.",
    body: requestPatchSchema,
    bodyExample: { dueOn: "2027-01-15" },
    ok: { status: 200, description: "The request.", schema: z.object({ request }) },
    errors: [404, 409],
    idempotent: true,
  }),
  operation("delete", `${F}/requests/{requestId}`, {
    tag,
    summary: "Delete a request and its updates",
    who,
    description: "The history keeps a line saying it was removed.",
    ok: { status: 204, description: "Deleted." },
    errors: [404, 409],
    idempotent: true,
  }),
  operation("post", `${F}/requests/{requestId}/updates`, {
    tag,
    summary: "Add what happened next",
    who,
    description:
      "A call back, an answer, a denial. `status` sets the request's status. `on` may be neither in the future nor before `askedOn`. Updates are never edited.",
    body: requestUpdateCreateSchema,
    bodyExample: { on: "2026-12-04", note: "Called; they said the form is with the psychologist.", status: "open" },
    ok: {
      status: 201,
      description: "The update and the request as it now stands.",
      schema: z.object({ update, request }),
    },
    errors: [404, 409],
    idempotent: true,
  }),
];

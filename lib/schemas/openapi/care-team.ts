import { z } from "zod";
import {
  childCreateSchema,
  childPatchSchema,
  eventsQuerySchema,
  gapsQuerySchema,
  needCreateSchema,
  needPatchSchema,
  neededServiceCreateSchema,
  neededServicePatchSchema,
  providerCreateSchema,
  providerPatchSchema,
  timelineQuerySchema,
} from "../care-team";
import { familyPatchSchema } from "../families";
import { providerImportSchema, summaryPdfQuerySchema } from "../records";
import { operation } from "./operation";
import { child, date, familyRef, id, need, neededService, page, person, provider, role, time } from "./shapes";

const tag = "Care team";
const who = "the family's members and coach";
const F = "/families/{familyId}";
const C = `${F}/children/{childId}`;

/** The four routes of a record kept per family or per child: list, add, change, remove. */
function records(
  path: string,
  item: string,
  names: { one: string; many: string; key: string },
  schemas: { item: z.ZodType; create: z.ZodType; patch: z.ZodType; createExample: unknown; patchExample: unknown },
  more: { removeSays?: string } = {},
) {
  const one = z.object({ [names.key]: schemas.item });
  return [
    operation("get", path, {
      tag,
      summary: `List ${names.many}`,
      who,
      ok: {
        status: 200,
        description: `Every ${names.one}.`,
        schema: z.object({ [`${names.key}s`]: z.array(schemas.item) }),
      },
      errors: [404],
    }),
    operation("post", path, {
      tag,
      summary: `Add ${names.one}`,
      who,
      body: schemas.create,
      bodyExample: schemas.createExample,
      idempotent: true,
      ok: { status: 201, description: `The new ${names.one}.`, schema: one },
      errors: [404, 409, 422],
    }),
    operation("patch", `${path}/{${item}}`, {
      tag,
      summary: `Change ${names.one}`,
      who,
      body: schemas.patch,
      bodyExample: schemas.patchExample,
      idempotent: true,
      ok: { status: 200, description: `The ${names.one} as it now is.`, schema: one },
      errors: [404, 409, 422],
    }),
    operation("delete", `${path}/{${item}}`, {
      tag,
      summary: `Remove ${names.one}`,
      who,
      description: more.removeSays ?? "For mistakes: the history keeps a line.",
      idempotent: true,
      ok: { status: 204, description: "Removed." },
      errors: [404, 409, 422],
    }),
  ];
}

const familySummary = familyRef.extend({
  createdAt: time,
  archived: z.boolean(),
  state: z.string().nullable().meta({ description: "Two-letter US code, or null while not chosen.", example: "OR" }),
  members: z.array(person.extend({ role })),
  coaches: z.array(person),
});

const gapService = z.object({
  serviceId: z.string(),
  status: z.enum(["covered", "mismatch", "unverified", "missing"]),
  since: date,
  days: z.number().int(),
  providerIds: z.array(id),
  requestIds: z
    .array(id)
    .meta({ description: "The family's open requests naming this service for this child, oldest asked first." }),
  needed: z.boolean(),
  neededFor: z.array(z.string()),
  reason: z.string().optional(),
  reasonCode: z.string().optional().meta({
    description:
      "not-qualified, no-model-training, no-trauma-model, needs-supervisor (an associate or paraprofessional with no qualified supervisor recorded), needs-behavior-analyst (a behavior technician with no BCBA on the team).",
  }),
});

export const careTeamRoutes = [
  operation("get", F, {
    tag: "Families",
    summary: "A family, its members and coaches",
    who,
    ok: {
      status: 200,
      description: "The family.",
      schema: z.object({ family: familySummary }),
    },
    errors: [404],
  }),
  operation("patch", F, {
    tag: "Families",
    summary: "Set where the child is served",
    who: "the family's parents (its coach and everyone else get 404)",
    description:
      "`state` is a two-letter US code (`TX`; lower case is accepted) or null to clear it. Titles such as QMHP mean different things in different states, so the gaps are judged by the family's state; without one, by the national rules only. An unknown code is a 400 (validation_failed) naming the field.",
    body: familyPatchSchema,
    bodyExample: { state: "TX" },
    ok: { status: 200, description: "The family as it now is.", schema: z.object({ family: familySummary }) },
    errors: [404, 409, 422],
  }),
  ...records(
    `${F}/children`,
    "childId",
    { one: "a child", many: "the family's children", key: "child" },
    {
      item: child,
      create: childCreateSchema,
      patch: childPatchSchema,
      createExample: { name: "Jordan", birthYear: 2015 },
      patchExample: { name: "Jordi" },
    },
    { removeSays: "The child's needs go with them; the history keeps a line." },
  ),
  ...records(
    `${C}/needs`,
    "needId",
    { one: "a need", many: "a child's needs", key: "need" },
    {
      item: need,
      create: needCreateSchema,
      patch: needPatchSchema,
      createExample: { needId: "trauma", identifiedOn: "2026-01-05", resolvedOn: null },
      patchExample: { resolvedOn: "2026-06-01" },
    },
  ),
  ...records(
    `${C}/needed-services`,
    "markId",
    { one: "a service marked as needed", many: "the services marked as needed for a child", key: "neededService" },
    {
      item: neededService,
      create: neededServiceCreateSchema,
      patch: neededServicePatchSchema,
      createExample: { serviceId: "family-therapy", markedOn: "2026-02-01", reason: "Discharge plan" },
      patchExample: { clearedOn: "2026-05-01" },
    },
  ),
  ...records(
    `${F}/providers`,
    "providerId",
    { one: "a provider", many: "the family's providers", key: "provider" },
    {
      item: provider,
      create: providerCreateSchema,
      patch: providerPatchSchema,
      createExample: {
        name: "Dana Reyes",
        statedTitle: "Counselor",
        credentialIds: ["lpc-associate", "cadc"],
        supervisor: { name: "Morgan Lee", credentialId: "lpc" },
        childIds: ["0b9d7c3e-5a41-4f8e-9c2d-6e1f3a7b8c90"],
        servicesDelivered: ["individual-therapy"],
        startOn: "2026-02-01",
        answers: { licensed: { answer: "No", askedOn: "2026-02-03" } },
      },
      patchExample: { supervisorProviderId: "0b9d7c3e-5a41-4f8e-9c2d-6e1f3a7b8c90" },
    },
    {
      removeSays:
        "For mistakes (a provider who left gets an `endOn`): the history keeps a line. Providers they supervised keep no supervisor.",
    },
  ),
  operation("get", `${F}/providers/{providerId}`, {
    tag,
    summary: "One provider",
    who,
    ok: { status: 200, description: "The provider.", schema: z.object({ provider }) },
    errors: [404],
  }),
  operation("post", `${F}/providers/import`, {
    tag,
    summary: "Import providers from a CSV",
    who,
    description:
      "With `confirm: false`, a preview of every row and problem, nothing written. With `confirm: true`, every row in one transaction (201), or 400 with `fields` such as `rows.3.startOn` and nothing written. Headers in English or Spanish; at most 200 rows.",
    body: providerImportSchema,
    bodyExample: {
      csv: "name,title,credential,agency,start date\nDana Reyes,Therapist,QMHA,Bridges,2026-02-01",
      confirm: false,
    },
    idempotent: true,
    ok: {
      status: 200,
      description: "The preview (`confirm: false`); with `confirm: true`, 201 `{ imported, providers }`.",
      schema: z.object({
        preview: z.object({
          rows: z.array(
            z.object({ row: z.number().int(), provider: z.unknown().nullable(), problems: z.array(z.unknown()) }),
          ),
          problems: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })),
          ready: z.boolean(),
        }),
      }),
    },
    errors: [404, 409],
  }),
  operation("get", `${F}/gaps`, {
    tag,
    summary: "What each child is missing on a day",
    who,
    description:
      "Every needed service is `covered`, `mismatch` (only someone whose credential does not qualify delivers it, or a supervised role without a qualified supervisor), `unverified` or `missing`, with the date it entered that status (`since`) and `days` since then: the length of its current interval in the timeline on the same day. `flags` name providers whose title or credential raises questions; `state` is the family's. `on` defaults to today in the app's time zone.",
    query: gapsQuerySchema,
    ok: {
      status: 200,
      description: "The gaps.",
      schema: z.object({
        on: date,
        state: z.string().nullable(),
        children: z.array(z.object({ childId: id, name: z.string(), services: z.array(gapService) })),
        flags: z.array(
          z.object({
            providerId: id,
            kind: z.string(),
            statedTitle: z.string(),
            credentialId: z.string(),
            questionIds: z.array(z.string()),
          }),
        ),
      }),
    },
    errors: [404],
  }),
  operation("get", `${F}/timeline`, {
    tag,
    summary: "Each needed service's status over time",
    who,
    description:
      "Without a range: from the first record (at most three years back) to today. `statuses` are sampled at each step; `intervals` give each status's exact first day (`from`) and last day (`to`, null while it lasts), so a provider's last day is their `endOn` whatever the step.",
    query: timelineQuerySchema,
    ok: {
      status: 200,
      description: "The timeline, sampled every week or month.",
      schema: z.object({
        from: date,
        to: date,
        step: z.enum(["week", "month"]),
        dates: z.array(date),
        children: z.array(
          z.object({
            childId: id,
            name: z.string(),
            services: z.array(
              z.object({ serviceId: z.string(), statuses: z.array(z.string()), periods: z.array(z.unknown()) }),
            ),
            intervals: z.array(
              z.object({
                serviceId: z.string(),
                status: z.enum(["covered", "mismatch", "unverified", "missing"]),
                from: date,
                to: date.nullable(),
              }),
            ),
          }),
        ),
      }),
    },
    errors: [404],
  }),
  operation("get", `${F}/events`, {
    tag,
    summary: "The care history",
    who,
    description: "Newest first.",
    query: eventsQuerySchema,
    ok: {
      status: 200,
      description: "A page of events.",
      schema: page(
        "events",
        z.object({
          id: z.number().int(),
          at: time,
          action: z.string(),
          subjectType: z.string(),
          subjectId: z.string(),
          subject: z.string(),
          changes: z.unknown(),
          actor: person.nullable(),
        }),
      ),
    },
    errors: [404],
  }),
  operation("get", `${C}/summary`, {
    tag: "Family record",
    summary: "A child's one-page care-team summary, as data",
    who,
    ok: {
      status: 200,
      description: "The summary: open needs, providers, gaps and the questions still unanswered.",
      schema: z.object({
        summary: z.object({
          on: date,
          familyName: z.string(),
          child: z.unknown(),
          needs: z.array(z.unknown()),
          marks: z.array(z.unknown()),
          providers: z.array(z.unknown()),
          gaps: z.array(z.unknown()),
          questions: z.array(z.unknown()),
        }),
      }),
    },
    errors: [404],
  }),
  operation("get", `${C}/summary/pdf`, {
    tag: "Family record",
    summary: "The same summary as a PDF",
    who,
    description:
      "An attachment, never cached. 429 `pdf_busy` (with Retry-After) when the same user already has two in the queue; 503 `pdf_unavailable` when Chromium is missing, the whole queue is full, or it is too slow.",
    query: summaryPdfQuerySchema,
    ok: {
      status: 200,
      description: "The PDF.",
      schema: z.string().meta({ format: "binary" }),
      type: "application/pdf",
    },
    errors: [404],
  }),
];

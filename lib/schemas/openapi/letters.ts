import { z } from "zod";
import {
  letterCreateSchema,
  letterPatchSchema,
  letterPdfQuerySchema,
  letterSchema,
  packetQuerySchema,
} from "../letters";
import { EXAMPLE_ID, operation } from "./operation";

// Letters drafted from the record, and the meeting packet (issue 19).

const tag = "Letters";
const who = "the family's members and coach";
const F = "/families/{familyId}";
const pdf = {
  status: 200,
  description: "The PDF.",
  schema: z.string().meta({ format: "binary" }),
  type: "application/pdf",
};
const PDF_ERRORS =
  "An attachment, never cached. 429 `pdf_busy` (with Retry-After) when the same user already has two in the queue; 503 `pdf_unavailable` when Chromium is missing, the whole queue is full, or it is too slow.";

const letter = letterSchema.meta({
  id: "Letter",
  example: {
    id: EXAMPLE_ID,
    childId: EXAMPLE_ID,
    template: "service-request",
    locale: "en",
    subject: "Request for family therapy for Jordan",
    body: "December 5, 2026\n\nIntake desk\nTrillium\n\nDear Intake desk,\n\nI am writing about my child, Jordan. I am asking for a qualified provider for family therapy.\n\n…\n\nI prepared this letter with Clarity from my family’s own records. It is not legal advice.",
    serviceIds: ["family-therapy"],
    providerId: null,
    requestId: null,
    recipient: { name: "Intake desk", organization: "Trillium" },
    createdAt: "2026-12-05T17:30:00.000Z",
    updatedAt: "2026-12-05T17:30:00.000Z",
  },
});

export const letterRoutes = [
  operation("post", `${F}/letters`, {
    tag,
    summary: "Draft a letter from the record",
    who,
    description:
      "Templates: `service-request`, `qualification-question`, `records-request`, `appeal`, `school-evaluation`, in English or Spanish (`locale`, else the writer's saved language, else the request's). The body is filled from the record on today's date in the app's time zone: each service's label, since when and for how long (the gap engine's own duration), who delivers it now and the engine's reason it does not count, the questions still unanswered, and the linked request. A sentence whose fact the record lacks is left out; the body ends saying it is not legal advice. The child, provider and request must be the family's, and each of `serviceIds` one of the child's gaps (400 otherwise).",
    body: letterCreateSchema,
    bodyExample: {
      template: "service-request",
      childId: EXAMPLE_ID,
      serviceIds: ["family-therapy"],
      recipient: { name: "Intake desk", organization: "Trillium" },
      locale: "en",
    },
    ok: { status: 201, description: "The drafted letter.", schema: z.object({ letter }) },
    errors: [404, 409],
    idempotent: true,
  }),
  operation("get", `${F}/letters`, {
    tag,
    summary: "The family's letters",
    who,
    ok: { status: 200, description: "Newest first.", schema: z.object({ letters: z.array(letter) }) },
    errors: [404],
  }),
  operation("get", `${F}/letters/{letterId}`, {
    tag,
    summary: "One letter",
    who,
    ok: { status: 200, description: "The letter.", schema: z.object({ letter }) },
    errors: [404],
  }),
  operation("patch", `${F}/letters/{letterId}`, {
    tag,
    summary: "Edit a letter's subject or body",
    who,
    description:
      "The family's own words replace the draft's. A body fits one page: at most 6,000 characters and 80 lines.",
    body: letterPatchSchema,
    bodyExample: { body: "Dear Intake desk,\n\nJordan still needs family therapy.\n\nSincerely,\nAna" },
    ok: { status: 200, description: "The letter.", schema: z.object({ letter }) },
    errors: [404, 409],
    idempotent: true,
  }),
  operation("delete", `${F}/letters/{letterId}`, {
    tag,
    summary: "Delete a letter",
    who,
    description: "A request it was sent as stays, without the link.",
    ok: { status: 204, description: "Deleted." },
    errors: [404, 409],
    idempotent: true,
  }),
  operation("get", `${F}/letters/{letterId}/pdf`, {
    tag,
    summary: "A letter as a one-page PDF",
    who,
    description: `The letter as the family left it, by the same Chromium path as the care-team summary; the type steps down until it fits one page. ${PDF_ERRORS}`,
    query: letterPdfQuerySchema,
    ok: pdf,
    errors: [404, 429, 503],
  }),
  operation("get", `${F}/children/{childId}/packet`, {
    tag: "Family record",
    summary: "A meeting packet for a child, as a PDF",
    who,
    description: `For an IEP, care-team or wraparound meeting, at most four pages: the one-page care-team summary; the gaps with their durations and a chart of them over time (at most three years back); the child's open requests on \`on\` (overdue first, at most eight, each with its latest three updates; the rest counted); the questions still unanswered. \`on\` defaults to today in the app's time zone. ${PDF_ERRORS}`,
    query: packetQuerySchema,
    ok: pdf,
    errors: [404, 429, 503],
  }),
];

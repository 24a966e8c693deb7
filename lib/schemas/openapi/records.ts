import { z } from "zod";
import { createCoachSchema, moveFamilySchema } from "../admin";
import { exportQuerySchema, familyExportSchema } from "../records";
import { operation } from "./operation";
import { account, familyRef, id, person, time } from "./shapes";

const F = "/families/{familyId}";
const admin = "an admin";

const deletion = z.object({
  deletion: z.object({
    pending: z.object({ requestedAt: time, dueAt: time }).nullable(),
    counts: z.object({
      children: z.number().int(),
      needs: z.number().int(),
      providers: z.number().int(),
      messages: z.number().int(),
      historyEntries: z.number().int(),
      parents: z.number().int(),
    }),
  }),
});

export const recordRoutes = [
  operation("get", `${F}/export`, {
    tag: "Family record",
    summary: "Everything the family entered, as JSON or FHIR R4",
    who: "the family's members (its coach: 403)",
    description:
      "An attachment, never cached: `json` is the clarity.family-export document `POST …/import` loads; `fhir` a FHIR R4 `Bundle` of type `collection` (`application/fhir+json`).",
    query: exportQuerySchema,
    ok: { status: 200, description: "The export.", schema: familyExportSchema },
    errors: [403, 404],
  }),
  operation("post", `${F}/import`, {
    tag: "Family record",
    summary: "Load a JSON export into a family with nothing recorded yet",
    who: "the family's members (its coach: 403)",
    description:
      "Up to 20 MB. New ids; dates and history kept; messages whose author takes no part in this family are counted, not written. 409 when the family already has records.",
    body: familyExportSchema,
    ok: {
      status: 201,
      description: "What was loaded.",
      schema: z.object({
        imported: z.object({
          children: z.number().int(),
          providers: z.number().int(),
          events: z.number().int(),
          messages: z.number().int(),
          requests: z.number().int(),
          letters: z.number().int(),
          skippedDocuments: z
            .number()
            .int()
            .meta({ description: "Described in the file; a JSON export carries no bytes." }),
        }),
      }),
    },
    errors: [403, 404, 409, 413],
  }),
  operation("get", `${F}/deletion`, {
    tag: "Family record",
    summary: "What deleting the family's record would remove, and whether it is scheduled",
    who: "the family's members and coach",
    ok: { status: 200, description: "The counts and the pending deletion, if any.", schema: deletion },
    errors: [404],
  }),
  operation("post", `${F}/deletion`, {
    tag: "Family record",
    summary: "Schedule the record's deletion in 14 days",
    who: "the family's parents",
    description: "Meanwhile reads work and every write answers 409 `family_pending_deletion`.",
    ok: { status: 201, description: "As GET, with `dueAt`.", schema: deletion },
    errors: [403, 404, 409],
  }),
  operation("delete", `${F}/deletion`, {
    tag: "Family record",
    summary: "Restore the record during the grace period",
    who: "the family's parents and coach",
    ok: { status: 200, description: "As GET.", schema: deletion },
    errors: [404, 409],
  }),
  operation("get", "/admin/coaches", {
    tag: "Admin",
    summary: "Coach accounts",
    who: admin,
    ok: { status: 200, description: "Every coach.", schema: z.object({ coaches: z.array(account) }) },
    errors: [404],
  }),
  operation("post", "/admin/coaches", {
    tag: "Admin",
    summary: "Create a coach account",
    who: admin,
    description:
      'Without `password`, the coach is emailed a "set your password" link valid `INVITE_TTL_DAYS`; with one, a first password to hand over.',
    body: createCoachSchema,
    bodyExample: { email: "coach@example.org", name: "Morgan Ellis", password: "a first passphrase" },
    ok: { status: 201, description: "The coach.", schema: z.object({ coach: account }) },
    errors: [404, 409],
  }),
  operation("get", "/admin/parents", {
    tag: "Admin",
    summary: "Parent accounts (never which families)",
    who: admin,
    ok: { status: 200, description: "By name.", schema: z.object({ parents: z.array(account) }) },
    errors: [404],
  }),
  operation("get", "/admin/families", {
    tag: "Admin",
    summary: "Families, by name and coach only",
    who: admin,
    ok: {
      status: 200,
      description: "Every family.",
      schema: z.object({
        families: z.array(familyRef.extend({ archived: z.boolean(), coaches: z.array(person) })),
      }),
    },
    errors: [404],
  }),
  operation("post", "/admin/families/{familyId}/coach", {
    tag: "Admin",
    summary: "Move a family to another coach",
    who: admin,
    description: "In one transaction; the old coach gets 404 on their next request.",
    body: moveFamilySchema,
    ok: { status: 200, description: "The family.", schema: z.object({ family: z.unknown() }) },
    errors: [404, 409, 422],
  }),
  ...(["disable", "enable"] as const).map((verb) =>
    operation("post", `/admin/users/{userId}/${verb}`, {
      tag: "Admin",
      summary: verb === "disable" ? "Disable an account" : "Enable an account again",
      who: admin,
      description: verb === "disable" ? "Every session of the account ends at once; 409 for oneself." : undefined,
      ok: {
        status: 200,
        description: "The account's state.",
        schema: z.object({ user: z.object({ id, disabled: z.boolean() }) }),
      },
      errors: [404, 409],
    }),
  ),
  operation("delete", "/admin/users/{userId}", {
    tag: "Admin",
    summary: "Delete an account",
    who: admin,
    description:
      "Sessions end at once; email, name and password hash are erased; the id stays for the audit trail. 409 `user_has_caseload` for a coach with families, `user_last_parent` for the only parent of a family, and for oneself.",
    ok: { status: 204, description: "Deleted." },
    errors: [404, 409],
  }),
];

import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { createInviteSchema, signUpSchema } from "@/lib/schemas/accounts";
import { createCoachSchema } from "@/lib/schemas/admin";
import {
  childCreateSchema,
  needCreateSchema,
  neededServiceCreateSchema,
  providerCreateSchema,
} from "@/lib/schemas/care-team";
import { createActionSchema, noteInputSchema, tagsInputSchema } from "@/lib/schemas/coaching";
import { sendMessageSchema } from "@/lib/schemas/messages";
import { familyExportSchema } from "@/lib/schemas/records";

const ID = "00000000-0000-4000-8000-000000000001";

/** Every free-text field of the API, each as a valid body with that field set to `text`. */
const FIELDS: Record<string, { schema: z.ZodType; body: (text: string) => unknown }> = {
  "message body": { schema: sendMessageSchema, body: (text) => ({ clientMessageId: ID, body: text }) },
  "coach note": { schema: noteInputSchema, body: (text) => ({ body: text }) },
  "action item title": { schema: createActionSchema, body: (text) => ({ title: text }) },
  tag: { schema: tagsInputSchema, body: (text) => ({ tags: [text] }) },
  "child name": { schema: childCreateSchema, body: (text) => ({ name: text }) },
  "need note": {
    schema: needCreateSchema,
    body: (text) => ({ needId: "trauma", identifiedOn: "2026-01-05", note: text }),
  },
  "marked service reason": {
    schema: neededServiceCreateSchema,
    body: (text) => ({ serviceId: "respite", markedOn: "2026-01-01", reason: text }),
  },
  ...Object.fromEntries(
    ["name", "statedTitle", "agency", "licenseNumber", "contact", "notes"].map((field) => [
      `provider ${field}`,
      {
        schema: providerCreateSchema,
        body: (text: string) => ({
          name: "Lee Park",
          statedTitle: "Therapist",
          credentialId: "lcsw",
          childIds: [ID],
          servicesDelivered: [],
          startOn: "2026-02-01",
          [field]: text,
        }),
      },
    ]),
  ),
  "provider answer": {
    schema: providerCreateSchema,
    body: (text) => ({
      name: "Lee Park",
      statedTitle: "Therapist",
      credentialId: "lcsw",
      childIds: [ID],
      servicesDelivered: [],
      startOn: "2026-02-01",
      answers: { licensed: { answer: text, askedOn: "2026-02-02" } },
    }),
  },
  "sign-up name": {
    schema: signUpSchema,
    body: (text) => ({ token: "abc", name: text, email: "a@b.example", password: "long enough pw" }),
  },
  "invite family name": { schema: createInviteSchema, body: (text) => ({ familyName: text }) },
  "invitee name": { schema: createInviteSchema, body: (text) => ({ inviteeName: text }) },
  "coach name": {
    schema: createCoachSchema,
    body: (text) => ({ email: "c@b.example", name: text, password: "long enough pw" }),
  },
  "imported message author": {
    schema: familyExportSchema,
    body: (text) => ({
      format: "clarity.family-export",
      version: 1,
      exportedAt: "2026-01-01T00:00:00Z",
      family: { id: ID, name: "The Lee family" },
      children: [],
      providers: [],
      events: [],
      messages: [{ id: ID, at: "2026-01-01T00:00:00Z", author: { id: ID, name: text, role: "coach" }, body: "Hi" }],
    }),
  },
  "imported message body": {
    schema: familyExportSchema,
    body: (text) => ({
      format: "clarity.family-export",
      version: 1,
      exportedAt: "2026-01-01T00:00:00Z",
      family: { id: ID, name: "The Lee family" },
      children: [],
      providers: [],
      events: [],
      messages: [{ id: ID, at: "2026-01-01T00:00:00Z", author: { id: ID, name: "Morgan", role: "coach" }, body: text }],
    }),
  },
  "imported history value": {
    schema: familyExportSchema,
    body: (text) => ({
      format: "clarity.family-export",
      version: 1,
      exportedAt: "2026-01-01T00:00:00Z",
      family: { id: ID, name: "The Lee family" },
      children: [],
      providers: [],
      events: [
        {
          id: 1,
          at: "2026-01-01T00:00:00Z",
          action: "child.updated",
          subjectType: "child",
          subjectId: ID,
          subject: { name: "Riley" },
          changes: { name: { from: "Riley", to: { nested: [text] } } },
          actor: null,
        },
      ],
      messages: [],
    }),
  },
};

// Embedding, override and isolate controls: what "Trojan Source" text is made of.
const BIDI_CONTROLS = ["\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069"];

// What people write: emoji sequences joined by ZWJ, flags, skin tones, and scripts that need ZWJ,
// ZWNJ or the right-to-left marks.
const REAL_TEXT = [
  "Family 👨‍👩‍👧‍👦 time",
  "Thumbs 👍🏽 and 🏳️‍🌈 and 🇲🇽",
  "می‌خواهم", // Persian, with ZWNJ
  "क्‍ष and क्ष", // Devanagari, with ZWJ
  "שלום‎ Ana", // Hebrew, with a left-to-right mark
  "مرحبا‏ 2026", // Arabic, with a right-to-left mark
  "José Núñez-Ávila",
];

describe("bidi controls in free text", () => {
  for (const [label, { schema, body }] of Object.entries(FIELDS)) {
    it(`${label}: refuses each embedding, override and isolate control`, () => {
      expect(schema.safeParse(body("Plain text")).success, "the body itself is valid").toBe(true);
      for (const control of BIDI_CONTROLS) {
        const result = schema.safeParse(body(`Stop ${control}the medication${control}`));
        expect(result.success, `U+${control.codePointAt(0)!.toString(16).toUpperCase()}`).toBe(false);
        if (!result.success)
          expect(result.error.issues.map((issue) => issue.message)).toContain("validation.controlCharacters");
      }
    });

    it(`${label}: keeps the joiners and marks real text needs`, () => {
      for (const text of REAL_TEXT) expect(schema.safeParse(body(text)).success, text).toBe(true);
    });
  }
});

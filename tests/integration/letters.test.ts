import { and, count, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { auditLog, letters, requestChildren, requests, requestUpdates } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { createChild } from "@/lib/care-team/children";
import { familyGaps } from "@/lib/care-team/gaps";
import { createNeed } from "@/lib/care-team/needs";
import { createProvider } from "@/lib/care-team/providers";
import { describeDuration } from "@/lib/domain/gaps";
import { longDate } from "@/lib/domain/letters/format";
import { createLetter, deleteLetter, getLetter, listLetters, updateLetter } from "@/lib/letters/letters";
import { letterPdf } from "@/lib/letters/letter-pdf";
import { pdfPageCount } from "@/lib/letters/pdf-pages";
import { letterCreateSchema, letterPatchSchema, LETTER_BODY_MAX, LETTER_LINES_MAX } from "@/lib/schemas/letters";
import { exportFamily } from "@/lib/records/export";
import { loadFamilyExport } from "@/lib/records/load-export";
import { familyExportSchema } from "@/lib/schemas/records";
import { describeEachDatabase } from "./support/databases";
import { expectAppError } from "./support/assertions";
import { makeActor, makeFamily } from "./support/factories";

const ON = "2026-11-25";

describeEachDatabase("letters", (context) => {
  const db = () => context.handle.db;
  let parent: Actor, coach: Actor, otherParent: Actor, otherCoach: Actor;
  let familyId: string, otherFamilyId: string, childId: string, otherChildId: string;
  let providerId: string, otherProviderId: string;

  beforeAll(async () => {
    [parent, coach, otherParent, otherCoach] = await Promise.all([
      makeActor(db(), "parent"),
      makeActor(db(), "coach"),
      makeActor(db(), "parent"),
      makeActor(db(), "coach"),
    ]);
    familyId = (await makeFamily(db(), { parents: [parent], coach, state: "OR" })).id;
    otherFamilyId = (await makeFamily(db(), { parents: [otherParent], coach: otherCoach })).id;
    childId = (await createChild(parent, familyId, { name: "Jordan", birthYear: 2015 })).id;
    otherChildId = (await createChild(otherParent, otherFamilyId, { name: "Kim", birthYear: 2016 })).id;
    await createNeed(parent, familyId, childId, { needId: "trauma", identifiedOn: "2026-01-05" });
    providerId = (
      await createProvider(parent, familyId, {
        name: "Dana Reyes",
        statedTitle: "Therapist",
        credentialId: "qmha",
        childIds: [childId],
        servicesDelivered: ["individual-therapy", "family-therapy"],
        startOn: "2026-02-01",
      })
    ).id;
    otherProviderId = (
      await createProvider(otherParent, otherFamilyId, {
        name: "Lee Park",
        statedTitle: "Counselor",
        credentialId: "lpc",
        childIds: [otherChildId],
        servicesDelivered: ["individual-therapy"],
        startOn: "2026-02-01",
      })
    ).id;
  });

  const input = (extra: Record<string, unknown> = {}) =>
    letterCreateSchema.parse({
      template: "service-request",
      childId,
      recipient: { name: "Care coordinator", organization: "Trillium" },
      ...extra,
    });

  it("drafts a letter whose facts are the gap engine's on that day, in either language", async () => {
    const letter = await createLetter(parent, familyId, input({ serviceIds: ["family-therapy"] }), null, ON);
    expect(letter).toMatchObject({
      template: "service-request",
      locale: "en",
      childId,
      serviceIds: ["family-therapy"],
      providerId: null,
      requestId: null,
      recipient: { name: "Care coordinator", organization: "Trillium" },
      subject: "Request for family therapy for Jordan",
    });
    const gap = (await familyGaps(parent, familyId, ON, "en")).children[0]!.services.find(
      (service) => service.serviceId === "family-therapy",
    )!;
    expect(gap.status).toBe("mismatch");
    expect(letter.body).toContain(`since ${longDate(gap.since, "en")} (${describeDuration(gap.days, "en").text})`);
    // The same state-aware reason the gaps API gives for that gap.
    expect(letter.body).toContain(gap.reason!);
    expect(letter.body).toContain(parent.name);
    expect(letter.body.endsWith("It is not legal advice.")).toBe(true);

    const spanish = await createLetter(coach, familyId, input({ locale: "es", template: "appeal" }), null, ON);
    const gapEs = (await familyGaps(parent, familyId, ON, "es")).children[0]!.services.find(
      (service) => service.serviceId === "trauma-treatment",
    )!;
    expect(spanish.locale).toBe("es");
    expect(spanish.body).toContain(
      `desde el ${longDate(gapEs.since, "es")} (${describeDuration(gapEs.days, "es").text})`,
    );
    expect(spanish.body.endsWith("No es asesoría legal.")).toBe(true);
  });

  it("refuses another family's child, provider and request, and a service that is not a gap", async () => {
    const before = (await db().select({ n: count() }).from(letters))[0]!.n;
    const childError = await expectAppError(
      createLetter(parent, familyId, input({ childId: otherChildId }), null, ON),
      "validation_failed",
    );
    expect(childError.fields).toEqual({ childId: "validation.unknownChild" });
    const providerError = await expectAppError(
      createLetter(parent, familyId, input({ providerId: otherProviderId }), null, ON),
      "validation_failed",
    );
    expect(providerError.fields).toEqual({ providerId: "validation.unknownProvider" });
    const [foreign] = await db()
      .insert(requests)
      .values({
        familyId: otherFamilyId,
        kind: "service-request",
        toName: "Agency",
        askedOn: "2026-10-01",
        channel: "email",
        summary: "Asked",
        dueOn: "2026-10-15",
      })
      .returning();
    const requestError = await expectAppError(
      createLetter(parent, familyId, input({ requestId: foreign!.id }), null, ON),
      "validation_failed",
    );
    expect(requestError.fields).toEqual({ requestId: "validation.unknownRequest" });
    const serviceError = await expectAppError(
      createLetter(parent, familyId, input({ serviceIds: ["parent-training"] }), null, ON),
      "validation_failed",
    );
    expect(serviceError.fields).toEqual({ serviceIds: "validation.notAGap" });
    expect((await db().select({ n: count() }).from(letters))[0]!.n).toBe(before);
    // Outsiders see nothing: 404, whether or not the family exists.
    await expectAppError(createLetter(otherParent, familyId, input(), null, ON), "not_found");
    await expectAppError(createLetter(otherCoach, familyId, input(), null, ON), "not_found");
    await expectAppError(listLetters(otherParent, familyId), "not_found");
  });

  it("quotes a linked request: when it was asked, that its answer is overdue, and a denial in an appeal", async () => {
    const [request] = await db()
      .insert(requests)
      .values({
        familyId,
        kind: "service-request",
        toName: "Trillium",
        askedOn: "2026-10-01",
        channel: "email",
        summary: "Asked for a family therapist.",
        dueOn: "2026-10-15",
      })
      .returning();
    const open = await createLetter(parent, familyId, input({ requestId: request!.id }), null, ON);
    expect(open.requestId).toBe(request!.id);
    expect(open.body).toContain("On October 1, 2026, I made this request to Trillium: “Asked for a family therapist.”");
    expect(open.body).toContain("An answer was due by October 15, 2026, and my records show none yet.");

    await db()
      .insert(requestUpdates)
      .values({ requestId: request!.id, on: "2026-10-20", note: "Denied", status: "denied" });
    await db().update(requests).set({ status: "denied" }).where(eq(requests.id, request!.id));
    const appeal = await createLetter(
      parent,
      familyId,
      input({ template: "appeal", requestId: request!.id }),
      null,
      ON,
    );
    expect(appeal.body).toContain("On October 20, 2026, my request for my child, Jordan, was denied.");
    expect(appeal.body).not.toContain("was due by");
  });

  it("lists newest first, reads, edits and deletes, each write in the audit log; a coach's read is a view", async () => {
    const first = await createLetter(parent, familyId, input({ template: "records-request" }), null, ON);
    const second = await createLetter(
      parent,
      familyId,
      input({ template: "qualification-question", providerId }),
      null,
      ON,
    );
    expect(second.body).toContain("Dana Reyes (introduced as “Therapist”) provides it now.");
    expect(second.body).toContain("My questions for Dana Reyes:\n- Are you a licensed clinician?");
    const listed = await listLetters(parent, familyId);
    expect(listed.slice(0, 2).map((letter) => letter.id)).toEqual([second.id, first.id]);

    const edited = await updateLetter(
      parent,
      familyId,
      first.id,
      letterPatchSchema.parse({ body: "My own words.\n\nThank you." }),
    );
    expect(edited).toMatchObject({ body: "My own words.\n\nThank you.", subject: first.subject });
    expect(edited.updatedAt >= first.updatedAt).toBe(true);
    expect((await getLetter(coach, familyId, first.id)).body).toBe("My own words.\n\nThank you.");

    const audit = async (action: string, targetId: string) =>
      (
        await db()
          .select({ n: count() })
          .from(auditLog)
          .where(and(eq(auditLog.action, action), eq(auditLog.targetId, targetId)))
      )[0]!.n;
    expect(await audit("letter.created", first.id)).toBe(1);
    expect(await audit("letter.updated", first.id)).toBe(1);
    const views = await db()
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.actorId, coach.id), eq(auditLog.action, "care.view"), eq(auditLog.targetType, "letter")));
    expect(views[0]!.n).toBeGreaterThan(0);

    await deleteLetter(parent, familyId, first.id);
    expect(await audit("letter.deleted", first.id)).toBe(1);
    await expectAppError(getLetter(parent, familyId, first.id), "not_found");
    await expectAppError(getLetter(otherParent, familyId, second.id), "not_found");
    await expectAppError(updateLetter(otherCoach, familyId, second.id, { body: "x" }), "not_found");
    await expectAppError(getLetter(parent, familyId, "not-a-uuid"), "not_found");
    // A letter of this family asked for through another family is not found either.
    await expectAppError(getLetter(otherParent, otherFamilyId, second.id), "not_found");
  });

  it("drafts once for one Idempotency-Key however often the request is retried", async () => {
    const key = { key: `letter-${context.kind}-once`, fingerprint: "same" };
    const before = (await db().select({ n: count() }).from(letters))[0]!.n;
    const [a, b] = [
      await createLetter(parent, familyId, input(), key, ON),
      await createLetter(parent, familyId, input(), key, ON),
    ];
    expect(b.id).toBe(a.id);
    expect((await db().select({ n: count() }).from(letters))[0]!.n).toBe(before + 1);
  });

  it("prints a drafted letter and the longest one allowed on exactly one page", async () => {
    const letter = await createLetter(parent, familyId, input({ template: "appeal" }), null, ON);
    const drafted = await letterPdf(parent, familyId, letter.id, "letter");
    expect(Buffer.from(drafted.pdf).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdfPageCount(drafted.pdf)).toBe(1);

    // The longest allowed: as many paragraphs as lines allow, then as many characters, and as
    // many full lines as allowed; each prints on one page of either paper.
    const line = "The family wrote a great deal more here, to say everything at once and in detail.";
    const paragraphs = Array.from({ length: LETTER_LINES_MAX / 2 }, (_, index) => `${index + 1}. ${line}`);
    const spaced = `${paragraphs.join("\n\n")} ${"word ".repeat(LETTER_BODY_MAX)}`.slice(0, LETTER_BODY_MAX).trim();
    const dense = Array.from({ length: LETTER_LINES_MAX }, () =>
      "w".repeat(LETTER_BODY_MAX / LETTER_LINES_MAX - 1),
    ).join("\n");
    for (const body of [spaced, dense]) {
      const longest = await updateLetter(parent, familyId, letter.id, letterPatchSchema.parse({ body }));
      for (const paper of ["letter", "a4"] as const)
        expect(pdfPageCount((await letterPdf(parent, familyId, longest.id, paper)).pdf), paper).toBe(1);
    }
  }, 60_000);

  it("travels in the JSON export and loads back into a fresh family with its request", async () => {
    const [sent] = await db()
      .insert(requests)
      .values({
        familyId,
        kind: "records-request",
        toName: "Records office",
        askedOn: "2026-11-01",
        channel: "letter",
        summary: "Asked for the records",
        dueOn: "2026-12-01",
      })
      .returning();
    await db().insert(requestChildren).values({ requestId: sent!.id, childId });
    const letter = await createLetter(
      parent,
      familyId,
      input({ template: "records-request", requestId: sent!.id }),
      null,
      ON,
    );
    await db().update(requests).set({ letterId: letter.id }).where(eq(requests.id, sent!.id));
    const record = await exportFamily(parent, familyId, "json");
    const exported = record.letters.find((entry) => entry.id === letter.id)!;
    expect(exported).toMatchObject({ subject: letter.subject, body: letter.body, requestId: sent!.id, childId });

    const fresh = await makeFamily(db(), { parents: [parent] });
    const onlyThis = {
      ...record,
      events: [],
      messages: [],
      documents: [],
      citations: [],
      requests: record.requests.filter((request) => request.id === sent!.id),
      letters: [exported],
    };
    expect(await loadFamilyExport(parent, fresh.id, familyExportSchema.parse(onlyThis))).toMatchObject({
      requests: 1,
      letters: 1,
    });
    const [copy] = await listLetters(parent, fresh.id);
    expect(copy).toMatchObject({ subject: letter.subject, body: letter.body, template: "records-request" });
    expect(copy!.id).not.toBe(letter.id);
    const [copiedRequest] = await db().select().from(requests).where(eq(requests.familyId, fresh.id));
    expect(copy!.requestId).toBe(copiedRequest!.id);
    expect(copiedRequest!.letterId).toBe(copy!.id);
  });
});

import crypto from "node:crypto";
import { and, asc, count, eq } from "drizzle-orm";
import { beforeAll, beforeEach, expect, it, vi } from "vitest";
import { auditLog, documentCitations, documents, messageAttachments, storedFileChunks, storedFiles } from "@/db/schema";
import * as citationsRoute from "@/app/api/v1/families/[familyId]/citations/route";
import * as citationRoute from "@/app/api/v1/families/[familyId]/citations/[citationId]/route";
import type { Actor } from "@/lib/identity/actor";
import { listAccessLog } from "@/lib/audit/access-log";
import { createChild, deleteChild } from "@/lib/care-team/children";
import { createNeed, deleteNeed } from "@/lib/care-team/needs";
import { createProvider, deleteProvider } from "@/lib/care-team/providers";
import { listCitations } from "@/lib/documents/citations";
import type { CitationDto, DocumentDto } from "@/lib/documents/dto";
import { listMessages } from "@/lib/messages/queries";
import { createRequest } from "@/lib/requests/requests";
import { parseSendInput, sendMessage } from "@/lib/messages/send";
import { gapSubjectId } from "@/lib/schemas/documents";
import * as F from "../support/document-fixtures";
import { expectAppError } from "./support/assertions";
import { describeEachDatabase } from "./support/databases";
import { makeActor, makeFamily } from "./support/factories";
import { signedIn } from "./support/signed-in";
import { APP, documentCall, downloadFile, listDocumentsOf, upload, uploaded } from "./support/uploads";

vi.mock("@/lib/server/auth/current-user", () => import("./support/signed-in"));

describeEachDatabase("a family's documents: who sees them, citations, attachments, deletion", (context) => {
  const db = () => context.handle.db;
  let parent: Actor, coach: Actor, otherParent: Actor, otherCoach: Actor, admin: Actor;
  let familyId: string;
  let otherFamilyId: string;
  let childId: string;
  let plan: DocumentDto;

  beforeAll(async () => {
    [parent, coach, otherParent, otherCoach, admin] = await Promise.all([
      makeActor(db(), "parent"),
      makeActor(db(), "coach"),
      makeActor(db(), "parent"),
      makeActor(db(), "coach"),
      makeActor(db(), "admin"),
    ]);
    familyId = (await makeFamily(db(), { parents: [parent], coach })).id;
    otherFamilyId = (await makeFamily(db(), { parents: [otherParent], coach: otherCoach })).id;
    childId = (await createChild(parent, familyId, { name: "Jordan" })).id;
    signedIn.actor = parent;
    plan = await uploaded(
      familyId,
      { title: "Discharge plan", kind: "discharge-plan", documentDate: "2026-01-03", childIds: childId },
      { fileName: "discharge.pdf", type: "application/pdf", bytes: F.pdf() },
    );
  });

  beforeEach(() => {
    signedIn.actor = parent;
  });

  it("the family's parent and its coach see the list, the metadata and the bytes", async () => {
    for (const actor of [parent, coach]) {
      signedIn.actor = actor;
      const list = (await (await listDocumentsOf(familyId)).json()) as { documents: DocumentDto[] };
      expect(list.documents.map((document) => document.id)).toContain(plan.id);
      const one = await documentCall("GET", familyId, plan.id);
      expect(one.status).toBe(200);
      expect(((await one.json()) as { document: DocumentDto }).document).toEqual(plan);
      const file = await downloadFile(familyId, plan.id);
      expect(file.status).toBe(200);
      expect((await file.bytes()).equals(F.pdf())).toBe(true);
    }
  });

  it("another family's parent, a coach without the family and an admin get 404 on list, metadata, bytes and writes", async () => {
    for (const actor of [otherParent, otherCoach, admin]) {
      signedIn.actor = actor;
      const answers = [
        await listDocumentsOf(familyId),
        await documentCall("GET", familyId, plan.id),
        await downloadFile(familyId, plan.id),
        await documentCall("PATCH", familyId, plan.id, { title: "Mine now" }),
        await documentCall("DELETE", familyId, plan.id),
        await upload(familyId, { title: "Sneaky", kind: "other" }, { fileName: "a.txt", bytes: F.text() }),
      ];
      for (const answer of answers) {
        expect(answer.status).toBe(404);
        expect(JSON.stringify(await answer.json())).not.toContain("Discharge plan");
      }
    }
    signedIn.actor = null;
    expect((await downloadFile(familyId, plan.id)).status).toBe(401);
    // A document of this family asked for under another family's id is not found either.
    signedIn.actor = otherParent;
    expect((await downloadFile(otherFamilyId, plan.id)).status).toBe(404);
    expect((await documentCall("GET", otherFamilyId, plan.id)).status).toBe(404);
  });

  it("every download is audited, and the family sees its coach's downloads in its access history", async () => {
    const downloads = async () =>
      (
        await db()
          .select({ n: count() })
          .from(auditLog)
          .where(and(eq(auditLog.action, "document.download"), eq(auditLog.targetId, plan.id)))
      )[0]!.n;
    const before = Number(await downloads());
    signedIn.actor = coach;
    await (await downloadFile(familyId, plan.id)).bytes();
    signedIn.actor = parent;
    await (await downloadFile(familyId, plan.id)).bytes();
    expect(Number(await downloads())).toBe(before + 2);
    const history = await listAccessLog(parent, familyId, { limit: 50 });
    const seen = history.entries.filter((entry) => entry.action === "document.download");
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((entry) => entry.actor?.id === coach.id)).toBe(true);
  });

  it("metadata can be corrected; the bytes stay as they were", async () => {
    const patched = await documentCall("PATCH", familyId, plan.id, {
      title: "Discharge plan (Riverside)",
      documentDate: null,
      childIds: [],
    });
    expect(patched.status).toBe(200);
    const { document } = (await patched.json()) as { document: DocumentDto };
    expect(document).toMatchObject({
      title: "Discharge plan (Riverside)",
      documentDate: null,
      childIds: [],
      sha256: plan.sha256,
    });
    expect((await documentCall("PATCH", familyId, plan.id, { title: "" })).status).toBe(400);
    expect((await documentCall("PATCH", familyId, plan.id, { kind: "diary" })).status).toBe(400);
    expect((await documentCall("PATCH", familyId, plan.id, { providerId: crypto.randomUUID() })).status).toBe(400);
    expect((await documentCall("PATCH", familyId, plan.id, {})).status).toBe(400);
    await documentCall("PATCH", familyId, plan.id, {
      title: "Discharge plan",
      documentDate: "2026-01-03",
      childIds: [childId],
    });
  });

  it("a document may name one of the family's requests; another family's request is refused", async () => {
    const ask = (actor: Actor, family: string, child: string) =>
      createRequest(actor, family, {
        kind: "records-request",
        to: { name: "Records office" },
        childIds: [child],
        serviceIds: [],
        askedOn: "2026-01-05",
        channel: "letter",
        summary: "Asked for the discharge records.",
      });
    const ours = await ask(parent, familyId, childId);
    const otherChild = await createChild(otherParent, otherFamilyId, { name: "Robin" });
    const theirs = await ask(otherParent, otherFamilyId, otherChild.id);
    const cited = await documentCall("PATCH", familyId, plan.id, { requestId: ours.id });
    expect(cited.status).toBe(200);
    expect(((await cited.json()) as { document: DocumentDto }).document.requestId).toBe(ours.id);
    expect((await documentCall("PATCH", familyId, plan.id, { requestId: theirs.id })).status).toBe(400);
    expect((await documentCall("PATCH", familyId, plan.id, { requestId: crypto.randomUUID() })).status).toBe(400);
    await documentCall("PATCH", familyId, plan.id, { requestId: null });
  });

  it("the list filters by kind and by child, newest paper first", async () => {
    const older = await uploaded(
      familyId,
      { title: "Evaluation", kind: "evaluation", documentDate: "2025-06-01" },
      { fileName: "eval.txt", bytes: F.text("Psychological evaluation.\n") },
    );
    const all = (await (await listDocumentsOf(familyId)).json()) as { documents: DocumentDto[] };
    const ids = all.documents.map((document) => document.id);
    expect(ids.indexOf(plan.id)).toBeLessThan(ids.indexOf(older.id));
    const byKind = (await (await listDocumentsOf(familyId, "?kind=evaluation")).json()) as { documents: DocumentDto[] };
    expect(byKind.documents.map((document) => document.id)).toEqual([older.id]);
    const byChild = (await (await listDocumentsOf(familyId, `?childId=${childId}`)).json()) as {
      documents: DocumentDto[];
    };
    expect(byChild.documents.map((document) => document.id)).toEqual([plan.id]);
    expect((await listDocumentsOf(familyId, "?kind=diary")).status).toBe(400);
  });

  async function cite(body: Record<string, unknown>) {
    const response = await citationsRoute.POST(
      new Request(`${APP}/api/v1/families/${familyId}/citations`, {
        method: "POST",
        body: JSON.stringify(body),
        headers: { "content-type": "application/json" },
      }),
      { params: Promise.resolve({ familyId }) },
    );
    return { status: response.status, body: (await response.json()) as { citation: CitationDto } };
  }

  it("a need, a provider and a gap can cite a document, with a page and a quote", async () => {
    const need = await createNeed(parent, familyId, childId, { needId: "trauma", identifiedOn: "2026-01-03" });
    const provider = await createProvider(parent, familyId, {
      name: "Dana Reyes",
      statedTitle: "Therapist",
      credentialId: "qmha",
      childIds: [childId],
      servicesDelivered: ["individual-therapy"],
      startOn: "2026-02-01",
    });
    const onNeed = await cite({
      documentId: plan.id,
      subjectType: "need",
      subjectId: need.id,
      page: 2,
      quote: "family therapy recommended",
    });
    expect(onNeed.status).toBe(201);
    expect(onNeed.body.citation).toMatchObject({
      documentId: plan.id,
      document: { id: plan.id, title: "Discharge plan", kind: "discharge-plan", documentDate: "2026-01-03" },
      subjectType: "need",
      subjectId: need.id,
      page: 2,
      quote: "family therapy recommended",
      createdBy: { id: parent.id },
    });
    signedIn.actor = coach;
    expect((await cite({ documentId: plan.id, subjectType: "provider", subjectId: provider.id })).status).toBe(201);
    const gap = gapSubjectId(childId, "family-therapy");
    expect((await cite({ documentId: plan.id, subjectType: "gap", subjectId: gap, page: 2 })).status).toBe(201);
    const ofNeed = await listCitations(parent, familyId, { subjectType: "need", subjectId: need.id });
    expect(ofNeed.map((citation) => citation.id)).toEqual([onNeed.body.citation.id]);

    // What is not in this family's record cannot be cited, nor can a document of another family.
    for (const body of [
      { documentId: plan.id, subjectType: "need", subjectId: crypto.randomUUID() },
      { documentId: plan.id, subjectType: "gap", subjectId: `${crypto.randomUUID()}:family-therapy` },
      { documentId: plan.id, subjectType: "gap", subjectId: `${childId}:astrology` },
      { documentId: crypto.randomUUID(), subjectType: "need", subjectId: need.id },
      { documentId: plan.id, subjectType: "need", subjectId: need.id, page: 0 },
      { documentId: plan.id, subjectType: "request", subjectId: crypto.randomUUID() },
    ])
      expect((await cite(body)).status, JSON.stringify(body)).toBe(400);

    // Citations go with their subject, whatever deletes it.
    await deleteNeed(parent, familyId, childId, need.id);
    await deleteProvider(parent, familyId, provider.id);
    const left = await db()
      .select({ subjectType: documentCitations.subjectType })
      .from(documentCitations)
      .where(eq(documentCitations.documentId, plan.id))
      .orderBy(asc(documentCitations.subjectType));
    expect(left.map((row) => row.subjectType)).toEqual(["gap"]);
  });

  it("a citation can be removed; another family's parent cannot see or remove it", async () => {
    const gap = gapSubjectId(childId, "respite");
    const { body } = await cite({ documentId: plan.id, subjectType: "gap", subjectId: gap });
    const remove = (citationId: string) =>
      citationRoute.DELETE(
        new Request(`${APP}/api/v1/families/${familyId}/citations/${citationId}`, { method: "DELETE" }),
        {
          params: Promise.resolve({ familyId, citationId }),
        },
      );
    signedIn.actor = otherParent;
    expect((await remove(body.citation.id)).status).toBe(404);
    await expectAppError(listCitations(otherParent, familyId), "not_found");
    signedIn.actor = parent;
    expect((await remove(body.citation.id)).status).toBe(204);
    expect((await remove(body.citation.id)).status).toBe(404);
  });

  it("a message carries up to five of the family's documents, shown with the message", async () => {
    const { message } = await sendMessage(
      parent,
      familyId,
      parseSendInput({
        clientMessageId: crypto.randomUUID(),
        body: "The discharge plan is attached.",
        documentIds: [plan.id],
      }),
    );
    expect(message.attachments).toEqual([
      { id: plan.id, title: plan.title, kind: plan.kind, contentType: plan.contentType, size: plan.size },
    ]);
    const page = await listMessages(coach, familyId);
    expect(page.messages.find((candidate) => candidate.id === message.id)?.attachments).toEqual(message.attachments);
    // Sent again with the same id and the same attachments: the same message; with others: a conflict.
    const again = parseSendInput({
      clientMessageId: message.clientMessageId,
      body: message.body,
      documentIds: [plan.id],
    });
    expect((await sendMessage(parent, familyId, again)).created).toBe(false);
    await expectAppError(
      sendMessage(parent, familyId, parseSendInput({ clientMessageId: message.clientMessageId, body: message.body })),
      "conflict",
    );
    // Another family's document, six documents, or the same twice are refused.
    const otherFamily = await makeFamily(db(), { parents: [parent] });
    await expectAppError(
      sendMessage(
        parent,
        otherFamily.id,
        parseSendInput({ clientMessageId: crypto.randomUUID(), body: "x", documentIds: [plan.id] }),
      ),
      "validation_failed",
    );
    expect(() =>
      parseSendInput({ clientMessageId: crypto.randomUUID(), body: "x", documentIds: Array(6).fill(plan.id) }),
    ).toThrow();
    expect(() =>
      parseSendInput({ clientMessageId: crypto.randomUUID(), body: "x", documentIds: [plan.id, plan.id] }),
    ).toThrow();
  });

  it("deleting a document removes its bytes, citations and attachments in the same transaction", async () => {
    const doomed = await uploaded(
      familyId,
      { title: "Old notice", kind: "notice" },
      { fileName: "n.txt", bytes: F.text("Old.\n") },
    );
    await cite({ documentId: doomed.id, subjectType: "gap", subjectId: gapSubjectId(childId, "respite") });
    await sendMessage(
      parent,
      familyId,
      parseSendInput({ clientMessageId: crypto.randomUUID(), body: "old", documentIds: [doomed.id] }),
    );
    const [row] = await db().select({ fileId: documents.fileId }).from(documents).where(eq(documents.id, doomed.id));
    signedIn.actor = coach;
    expect((await documentCall("DELETE", familyId, doomed.id)).status).toBe(204);
    expect(await db().select().from(documents).where(eq(documents.id, doomed.id))).toEqual([]);
    expect(await db().select().from(storedFiles).where(eq(storedFiles.id, row!.fileId))).toEqual([]);
    expect(await db().select().from(storedFileChunks).where(eq(storedFileChunks.fileId, row!.fileId))).toEqual([]);
    expect(await db().select().from(documentCitations).where(eq(documentCitations.documentId, doomed.id))).toEqual([]);
    expect(await db().select().from(messageAttachments).where(eq(messageAttachments.documentId, doomed.id))).toEqual(
      [],
    );
    expect((await downloadFile(familyId, doomed.id)).status).toBe(404);
    expect((await documentCall("DELETE", familyId, doomed.id)).status).toBe(404);
  });

  it("a child's gap citations go with the child", async () => {
    const riley = await createChild(parent, familyId, { name: "Riley" });
    await cite({ documentId: plan.id, subjectType: "gap", subjectId: gapSubjectId(riley.id, "respite") });
    await deleteChild(parent, familyId, riley.id);
    const left = await db()
      .select()
      .from(documentCitations)
      .where(eq(documentCitations.subjectId, gapSubjectId(riley.id, "respite")));
    expect(left).toEqual([]);
  });
});

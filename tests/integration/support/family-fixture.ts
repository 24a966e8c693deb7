import crypto from "node:crypto";
import type { Database } from "@/db/client";
import type { Actor } from "@/lib/identity/actor";
import { createChild } from "@/lib/care-team/children";
import { createNeed, createNeededService } from "@/lib/care-team/needs";
import { createProvider } from "@/lib/care-team/providers";
import { createAction } from "@/lib/coaching/actions";
import { createNote } from "@/lib/coaching/notes";
import { setTags } from "@/lib/coaching/tags";
import { createInvite } from "@/lib/invites/create";
import { createCitation } from "@/lib/documents/citations";
import { parseSendInput, sendMessage } from "@/lib/messages/send";
import { createRequest } from "@/lib/requests/requests";
import { addRequestUpdate } from "@/lib/requests/updates";
import { letters } from "@/db/schema";
import { makeActor, makeFamily } from "./factories";
import { storeDocument } from "./uploads";

/**
 * A family with one of everything a family route can name (child, need, needed service, provider,
 * document with a citation, message carrying it, invite) and, from its coach, a private note, an action item and a tag that all carry
 * one canary string, so a test can look for it in any answer. The provider is sent with an
 * Idempotency-Key, so the answer kept for retries is part of the family's data too.
 */
export async function familyWithCoachRecords(db: Database) {
  const canary = `canary${crypto.randomBytes(6).toString("hex")}`;
  const [coach, otherCoach, admin, parent, otherParent] = await Promise.all([
    makeActor(db, "coach"),
    makeActor(db, "coach"),
    makeActor(db, "admin"),
    makeActor(db, "parent"),
    makeActor(db, "parent"),
  ]);
  const family = await makeFamily(db, { parents: [parent], coach });
  await makeFamily(db, { parents: [otherParent], coach: otherCoach });
  const child = await createChild(parent, family.id, { name: "Jordan", birthYear: 2015 });
  const need = await createNeed(parent, family.id, child.id, { needId: "trauma", identifiedOn: "2026-01-05" });
  const mark = await createNeededService(coach, family.id, child.id, {
    serviceId: "respite",
    markedOn: "2026-01-01",
    reason: "Discharge plan",
  });
  const provider = await createProvider(
    parent,
    family.id,
    {
      name: "Dana Reyes",
      statedTitle: "Therapist",
      credentialId: "qmha",
      childIds: [child.id],
      servicesDelivered: ["individual-therapy"],
      startOn: "2026-02-01",
    },
    { key: `fixture-${canary}`, fingerprint: "fixture" },
  );
  const document = await storeDocument(
    parent,
    family.id,
    { title: "Discharge plan", kind: "discharge-plan", childIds: [child.id], providerId: provider.id },
    Buffer.from("Discharge plan: family therapy recommended.\n"),
    "discharge-plan.txt",
  );
  const citation = await createCitation(parent, family.id, {
    documentId: document.id,
    subjectType: "need",
    subjectId: need.id,
    page: 2,
    quote: "family therapy recommended",
  });
  const { message } = await sendMessage(
    parent,
    family.id,
    parseSendInput({ clientMessageId: crypto.randomUUID(), body: "Hello coach", documentIds: [document.id] }),
  );
  await createInvite(parent, { familyId: family.id });
  // A letter as the letters API keeps one (issue 19), and the request it was sent as, with an update.
  const [letter] = await db
    .insert(letters)
    .values({
      familyId: family.id,
      childId: child.id,
      template: "service-request",
      locale: "en",
      subject: "Family therapy for Jordan",
      body: "Jordan needs family therapy.",
      serviceIds: ["family-therapy"],
      recipientName: "Intake desk",
      createdById: parent.id,
    })
    .returning({ id: letters.id });
  const request = await createRequest(parent, family.id, {
    kind: "service-request",
    to: { name: "Intake desk", organization: "Coordinated care" },
    childIds: [child.id],
    serviceIds: ["family-therapy"],
    letterId: letter!.id,
    askedOn: "2026-02-02",
    channel: "letter",
    summary: "Asked for family therapy",
  });
  const { update: requestUpdate } = await addRequestUpdate(parent, family.id, request.id, {
    on: "2026-02-05",
    note: "They said a therapist will call",
  });
  const note = await createNote(coach, family.id, { body: `Private: ${canary} supervisor unclear` });
  const action = await createAction(coach, family.id, { title: `Ask the agency ${canary}`, dueOn: "2026-11-01" });
  await setTags(coach, family.id, { tags: [canary, "waitlist"] });
  const values = {
    familyId: family.id,
    childId: child.id,
    needId: need.id,
    markId: mark.id,
    providerId: provider.id,
    noteId: note.id,
    actionId: action.id,
    messageId: message.id,
    documentId: document.id,
    citationId: citation.id,
    requestId: request.id,
    requestUpdateId: requestUpdate.id,
    letterId: letter!.id,
    inviteId: crypto.randomUUID(),
    suggestionId: crypto.randomUUID(),
    userId: otherParent.id,
    slug: "what-is-a-qmha",
  };
  return { canary, coach, otherCoach, admin, parent, otherParent, family, values } satisfies Record<string, unknown> & {
    coach: Actor;
  };
}

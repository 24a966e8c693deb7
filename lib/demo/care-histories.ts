import { addDays, type IsoDate } from "@/lib/core/dates";
import type { Executor } from "@/db/client";
import { careEvents, childNeeds, children, neededServices, providerChildren, providers } from "@/db/schema";

type ProviderSeed = Omit<typeof providers.$inferInsert, "familyId"> & { childIds: string[]; addedBy: string };

/**
 * About a year of care for the demo families, dated back from today so the timeline always shows
 * something real: a QMHA introduced as a therapist, a psychiatrist who left, family therapy
 * missing for months, a counselor nobody has asked about yet.
 */
export async function seedCareHistories(
  db: Executor,
  ids: { rivera: string; nguyen: string; ana: string; luis: string; linh: string; coach: string },
  today: IsoDate,
) {
  const ago = (days: number) => addDays(today, -days);
  const at = (days: number) => new Date(`${ago(days)}T17:00:00Z`);

  async function child(familyId: string, name: string, birthYear: number, addedBy: string, daysAgo: number) {
    const [row] = await db
      .insert(children)
      .values({ familyId, name, birthYear, createdAt: at(daysAgo) })
      .returning();
    await db.insert(careEvents).values({
      familyId,
      actorId: addedBy,
      at: at(daysAgo),
      action: "child.added",
      subjectType: "child",
      subjectId: row!.id,
      subject: { name },
    });
    return row!;
  }

  async function need(
    familyId: string,
    childRow: { id: string; name: string },
    needId: string,
    identifiedDaysAgo: number,
    addedBy: string,
  ) {
    const [row] = await db
      .insert(childNeeds)
      .values({ childId: childRow.id, needId, identifiedOn: ago(identifiedDaysAgo), createdAt: at(identifiedDaysAgo) })
      .returning();
    await db.insert(careEvents).values({
      familyId,
      actorId: addedBy,
      at: at(identifiedDaysAgo),
      action: "need.added",
      subjectType: "need",
      subjectId: row!.id,
      subject: { needId, childId: childRow.id, childName: childRow.name },
      changes: { identifiedOn: { from: null, to: row!.identifiedOn } },
    });
  }

  async function provider(familyId: string, seed: ProviderSeed, endedBy?: string) {
    const { childIds, addedBy, ...fields } = seed;
    const [row] = await db
      .insert(providers)
      .values({ ...fields, familyId, createdAt: new Date(`${seed.startOn}T18:00:00Z`) })
      .returning();
    await db.insert(providerChildren).values(childIds.map((childId) => ({ providerId: row!.id, childId })));
    const subject = { name: row!.name, statedTitle: row!.statedTitle, credentialId: row!.credentialIds[0]! };
    await db.insert(careEvents).values({
      familyId,
      actorId: addedBy,
      at: new Date(`${row!.startOn}T18:00:00Z`),
      action: "provider.added",
      subjectType: "provider",
      subjectId: row!.id,
      subject,
      changes: {
        startOn: { from: null, to: row!.startOn },
        servicesDelivered: { from: null, to: row!.servicesDelivered },
      },
    });
    if (row!.endOn && endedBy) {
      await db.insert(careEvents).values({
        familyId,
        actorId: endedBy,
        at: new Date(`${row!.endOn}T18:00:00Z`),
        action: "provider.ended",
        subjectType: "provider",
        subjectId: row!.id,
        subject,
        changes: { endOn: { from: null, to: row!.endOn } },
      });
    }
  }

  // The Rivera family: Mateo, trauma and aggression, a year of the wrong kind of help.
  const mateo = await child(ids.rivera, "Mateo", 2014, ids.ana, 345);
  await need(ids.rivera, mateo, "trauma", 340, ids.ana);
  await need(ids.rivera, mateo, "aggression", 340, ids.ana);
  await need(ids.rivera, mateo, "family-stress", 200, ids.coach);
  const [discharge] = await db
    .insert(neededServices)
    .values({
      childId: mateo.id,
      serviceId: "medication-management",
      markedOn: ago(338),
      reason: "Hospital discharge plan: psychiatric follow-up",
      createdAt: at(338),
    })
    .returning();
  await db.insert(careEvents).values({
    familyId: ids.rivera,
    actorId: ids.ana,
    at: at(338),
    action: "service.marked",
    subjectType: "needed-service",
    subjectId: discharge!.id,
    subject: { serviceId: "medication-management", childId: mateo.id, childName: mateo.name },
    changes: { markedOn: { from: null, to: ago(338) }, reason: { from: null, to: discharge!.reason } },
  });
  await provider(
    ids.rivera,
    {
      name: "Dr. Priya Shah",
      statedTitle: "Psychiatrist",
      credentialIds: ["psychiatrist"],
      agency: "Willamette Child Psychiatry",
      servicesDelivered: ["medication-management", "diagnostic-assessment"],
      startOn: ago(335),
      endOn: ago(150),
      childIds: [mateo.id],
      addedBy: ids.ana,
      licenseState: "OR",
    },
    ids.luis,
  );
  await provider(ids.rivera, {
    name: "Jordan Lee",
    statedTitle: "Care coordinator",
    credentialIds: ["case-manager"],
    agency: "Cascade Family Services",
    servicesDelivered: ["care-coordination"],
    startOn: ago(320),
    childIds: [mateo.id],
    addedBy: ids.ana,
  });
  await provider(ids.rivera, {
    name: "Kayla Brooks",
    statedTitle: "Therapist",
    credentialIds: ["or:qmha"],
    agency: "Cascade Family Services",
    servicesDelivered: ["individual-therapy", "skills-training"],
    startOn: ago(300),
    childIds: [mateo.id],
    addedBy: ids.ana,
    // A QMHA works under a QMHP's supervision: the family wrote down who that is.
    supervisorName: "Rachel Moore",
    supervisorCredentialId: "or:qmhp",
    notes: "Comes Tuesdays after school. Mateo likes her; they work on a calm-down plan.",
    answers: { licensed: { answer: "No. She is a QMHA; her supervisor is a QMHP at the agency.", askedOn: ago(120) } },
  });
  await provider(ids.rivera, {
    name: "Erin Walsh",
    statedTitle: "Therapist",
    credentialIds: ["lcsw"],
    agency: "Riverbend Counseling",
    licenseNumber: "L9876",
    licenseState: "OR",
    trainedIn: ["tf-cbt"],
    servicesDelivered: ["trauma-treatment"],
    startOn: ago(60),
    childIds: [mateo.id],
    addedBy: ids.coach,
    answers: {
      licensed: { answer: "Yes, LCSW in Oregon.", askedOn: ago(60) },
      interventions: { answer: "TF-CBT, with Ana joining part of each session.", askedOn: ago(60) },
      "involves-family": { answer: "Yes, caregiver sessions every week.", askedOn: ago(60) },
    },
  });

  // The Nguyen family: Bao, school refusal and now self-harm; a "counselor" nobody has asked about.
  const bao = await child(ids.nguyen, "Bao", 2011, ids.linh, 260);
  await need(ids.nguyen, bao, "school-refusal", 250, ids.linh);
  await need(ids.nguyen, bao, "self-harm", 45, ids.linh);
  await provider(ids.nguyen, {
    name: "Dana Fox",
    statedTitle: "School counselor",
    credentialIds: ["school-counselor"],
    agency: "Roosevelt Middle School",
    servicesDelivered: ["school-supports"],
    startOn: ago(240),
    childIds: [bao.id],
    addedBy: ids.linh,
  });
  await provider(ids.nguyen, {
    name: "Taylor Kim",
    statedTitle: "Counselor",
    credentialIds: ["unknown"],
    agency: "Open Door Youth Program",
    servicesDelivered: ["individual-therapy"],
    startOn: ago(200),
    childIds: [bao.id],
    addedBy: ids.linh,
  });
  // The Nguyens live in Texas, where a QMHP-CS is a bachelor's-level rehabilitation role: skills
  // training under an LPHA's supervision, not therapy, however the agency introduces them.
  await provider(ids.nguyen, {
    name: "Chris Ortiz",
    statedTitle: "Therapist",
    credentialIds: ["tx:qmhp-cs"],
    agency: "Gulf Coast Youth Services",
    servicesDelivered: ["individual-therapy", "skills-training"],
    startOn: ago(90),
    childIds: [bao.id],
    addedBy: ids.linh,
    supervisorName: "Alma Reyes",
    supervisorCredentialId: "lpc",
  });
}

import { createHash } from "node:crypto";
import { addDays, type IsoDate } from "@/lib/core/dates";
import type { Executor } from "@/db/client";
import { actionItems, coachNotes, familyTags, messageReads, messages } from "@/db/schema";

type People = { rivera: string; nguyen: string; ana: string; luis: string; linh: string; coach: string };

/** A message of the demo: `daysAgo` whole days before today, at `hour` (UTC). */
type DemoMessage = { daysAgo: number; hour: number; from: "ana" | "luis" | "linh" | "coach"; body: string };

/**
 * A year of coaching beside the care histories (care-histories.ts), dated back from today so the
 * demo looks alive on first start: conversations both ways that follow the story the records tell,
 * the coach's notes, open and finished action items with due dates, and tags. Every family on the
 * caseload has a next action. Deterministic: no clock but `today`, no random ids but the database's.
 */
export async function seedCoachingHistories(db: Executor, ids: People, today: IsoDate) {
  const at = (daysAgo: number, hour: number) =>
    new Date(`${addDays(today, -daysAgo)}T${String(hour).padStart(2, "0")}:00:00Z`);
  const due = (days: number) => addDays(today, days);

  await conversation(db, ids.rivera, ids, RIVERA_MESSAGES, at, { ana: 0, luis: 1, coach: 1 });
  await conversation(db, ids.nguyen, ids, NGUYEN_MESSAGES, at, { linh: 0, coach: 1 });

  await db.insert(coachNotes).values(
    [
      [
        ids.rivera,
        340,
        "First call. Mateo was discharged from the hospital two weeks ago; Ana has the discharge plan. Psychiatric follow-up is set. No family therapy yet.",
      ],
      [
        ids.rivera,
        290,
        "Kayla Brooks is a QMHA, introduced to the family as a therapist. Ana did not know the difference. Explained calmly; she wants to keep Kayla for skills work.",
      ],
      [
        ids.rivera,
        150,
        "Dr. Shah left the practice. Medication management is missing from today. Luis is calling the clinic for a new prescriber.",
      ],
      [
        ids.rivera,
        60,
        "Erin Walsh (LCSW, TF-CBT) started. This covers trauma treatment at last. Family therapy is still the longest gap.",
      ],
      [ids.rivera, 6, "Ana sounds steadier. Next: the family-therapy waitlist at Riverbend, and who supervises Kayla."],
      [
        ids.nguyen,
        255,
        "First call with Linh. Bao has missed most of September. The school counselor is involved; nothing clinical yet.",
      ],
      [ids.nguyen, 195, "Taylor Kim at Open Door is called a counselor. Credential unknown. Linh will ask."],
      [
        ids.nguyen,
        44,
        "Linh found marks on Bao's arm. Safety planning is now the first thing. Gave her 988 and the steps for tonight.",
      ],
      [
        ids.nguyen,
        3,
        "Chris Ortiz is a QMHP-CS: skills training under supervision, not therapy. Bao still needs a licensed therapist for the self-harm.",
      ],
    ].map(([familyId, daysAgo, body]) => ({
      familyId: familyId as string,
      authorId: ids.coach,
      body: body as string,
      createdAt: at(daysAgo as number, 19),
      updatedAt: at(daysAgo as number, 19),
    })),
  );

  await db.insert(actionItems).values(
    [
      {
        familyId: ids.rivera,
        title: "Ask Cascade Family Services who supervises Kayla, and how often",
        dueOn: due(2),
        daysAgo: 6,
      },
      {
        familyId: ids.rivera,
        title: "Check the family-therapy waitlist at Riverbend Counseling",
        dueOn: due(9),
        daysAgo: 6,
      },
      {
        familyId: ids.rivera,
        title: "Find a new prescriber after Dr. Shah left",
        dueOn: due(-120),
        daysAgo: 150,
        doneDaysAgo: 95,
      },
      {
        familyId: ids.rivera,
        title: "Send Ana the article on QMHA and QMHP titles",
        dueOn: null,
        daysAgo: 290,
        doneDaysAgo: 288,
      },
      { familyId: ids.nguyen, title: "Confirm Bao has a written safety plan this week", dueOn: due(1), daysAgo: 44 },
      {
        familyId: ids.nguyen,
        title: "Ask Open Door for Taylor Kim's license or credential",
        dueOn: due(5),
        daysAgo: 195,
      },
      {
        familyId: ids.nguyen,
        title: "List licensed therapists near Houston who treat self-harm",
        dueOn: due(12),
        daysAgo: 3,
      },
      {
        familyId: ids.nguyen,
        title: "Meet the school counselor about a return-to-school plan",
        dueOn: due(-200),
        daysAgo: 250,
        doneDaysAgo: 205,
      },
    ].map(({ daysAgo, doneDaysAgo, ...item }) => ({
      ...item,
      createdById: ids.coach,
      createdAt: at(daysAgo, 20),
      updatedAt: at(doneDaysAgo ?? daysAgo, 20),
      doneAt: doneDaysAgo === undefined ? null : at(doneDaysAgo, 20),
    })),
  );

  await db.insert(familyTags).values([
    { familyId: ids.rivera, tag: "family therapy search", createdAt: at(200, 20) },
    { familyId: ids.rivera, tag: "OHP", createdAt: at(340, 20) },
    { familyId: ids.nguyen, tag: "safety plan", createdAt: at(44, 20) },
    { familyId: ids.nguyen, tag: "school", createdAt: at(255, 20) },
  ]);
}

/**
 * One family's conversation, in order, and where each reader has read to: `unread` says how many
 * of the newest messages written by others each person has not opened yet.
 */
async function conversation(
  db: Executor,
  familyId: string,
  ids: People,
  script: readonly DemoMessage[],
  at: (daysAgo: number, hour: number) => Date,
  unread: Partial<Record<DemoMessage["from"], number>>,
) {
  const ordered = [...script].sort((a, b) => b.daysAgo - a.daysAgo || a.hour - b.hour);
  // One row at a time: each takes the next position, so the conversation's order is its dates'.
  const rows: { position: number; from: DemoMessage["from"] }[] = [];
  for (const [index, message] of ordered.entries()) {
    const [row] = await db
      .insert(messages)
      .values({
        familyId,
        authorId: ids[message.from],
        clientMessageId: demoUuid(`${familyId}:${index}`),
        body: message.body,
        createdAt: at(message.daysAgo, message.hour),
      })
      .returning({ position: messages.position });
    rows.push({ position: row!.position, from: message.from });
  }
  const reads = (Object.entries(unread) as [DemoMessage["from"], number][]).flatMap(([reader, count]) => {
    const fromOthers = rows.filter((row) => row.from !== reader);
    const seen = count === 0 ? rows.at(-1) : fromOthers.at(-count - 1);
    return seen ? [{ familyId, userId: ids[reader], lastReadPosition: seen.position }] : [];
  });
  if (reads.length > 0) await db.insert(messageReads).values(reads);
}

/** A fixed UUID (version 4 layout) from a name, so two seeds send the same client ids. */
function demoUuid(name: string): string {
  const hex = createHash("sha256").update(`clarity-demo:${name}`).digest("hex");
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const RIVERA_MESSAGES: readonly DemoMessage[] = [
  {
    daysAgo: 341,
    hour: 16,
    from: "coach",
    body: "Hi Ana, I'm Morgan, your family's coach. I read Mateo's discharge plan. This week, let's just make sure the psychiatry follow-up is booked. Everything else can wait a few days.",
  },
  {
    daysAgo: 341,
    hour: 22,
    from: "ana",
    body: "Thank you. It's booked with Dr. Shah on the 14th. I'm still shaking from the hospital, honestly.",
  },
  {
    daysAgo: 340,
    hour: 15,
    from: "coach",
    body: "That makes sense after a week like that. You did the most important thing already. I'll check in after the appointment.",
  },
  {
    daysAgo: 318,
    hour: 18,
    from: "ana",
    body: "The agency sent a care coordinator, Jordan Lee. Is that the same as a therapist?",
  },
  {
    daysAgo: 317,
    hour: 15,
    from: "coach",
    body: "Not the same: a care coordinator connects the pieces (appointments, school, insurance) but does not do therapy. Mateo still needs someone for the trauma.",
  },
  {
    daysAgo: 299,
    hour: 20,
    from: "ana",
    body: "Good news, Mateo has a therapist now! Kayla Brooks, Tuesdays after school.",
  },
  {
    daysAgo: 298,
    hour: 16,
    from: "coach",
    body: "I'm glad he has someone he likes. When you see her next, could you ask whether she is licensed, and who supervises her? It's a normal question; good providers expect it.",
  },
  {
    daysAgo: 286,
    hour: 21,
    from: "ana",
    body: "She said she's a QMHA and her supervisor is a QMHP. I don't know what that means.",
  },
  {
    daysAgo: 285,
    hour: 15,
    from: "coach",
    body: "A QMHA is a mental-health associate: skills work under supervision, not therapy. That can help Mateo day to day, and it doesn't replace trauma treatment. I added the article to your page.",
  },
  {
    daysAgo: 210,
    hour: 19,
    from: "luis",
    body: "Morgan, this is Luis, Mateo's dad. School called twice this week about fights. Is there something for the whole family?",
  },
  {
    daysAgo: 209,
    hour: 16,
    from: "coach",
    body: "Hi Luis, thanks for writing. Yes: family therapy. I've marked it as something Mateo's care is missing, and I'll send a few names this week.",
  },
  {
    daysAgo: 152,
    hour: 18,
    from: "luis",
    body: "Dr. Shah's office says she's leaving at the end of the month. What happens to Mateo's medication?",
  },
  {
    daysAgo: 151,
    hour: 15,
    from: "coach",
    body: "Ask the office for a 90-day prescription and a referral before her last day. I'll look for child psychiatrists taking OHP near you.",
  },
  {
    daysAgo: 96,
    hour: 17,
    from: "coach",
    body: "Two prescribers in Salem are taking new patients. I put their numbers in your action items.",
  },
  {
    daysAgo: 62,
    hour: 20,
    from: "ana",
    body: "We found a trauma therapist! Erin Walsh at Riverbend. She's an LCSW and does TF-CBT.",
  },
  {
    daysAgo: 61,
    hour: 15,
    from: "coach",
    body: "That's exactly what Mateo's trauma needs: a licensed clinician trained in a proven model. Well done, Ana.",
  },
  { daysAgo: 20, hour: 21, from: "ana", body: "Erin wants me in part of every session. Is that normal?" },
  {
    daysAgo: 19,
    hour: 16,
    from: "coach",
    body: "Very normal for TF-CBT: parents learn the same skills so they can use them at home. It's a good sign.",
  },
  {
    daysAgo: 6,
    hour: 15,
    from: "coach",
    body: "Checking in: Riverbend has a family-therapy waitlist. Would you like me to ask how long it is?",
  },
  { daysAgo: 5, hour: 22, from: "ana", body: "Yes please. And Mateo had a good week. First one in a long time." },
  {
    daysAgo: 2,
    hour: 16,
    from: "coach",
    body: "That's wonderful to hear. I'll ask Riverbend tomorrow and write back.",
  },
  {
    daysAgo: 1,
    hour: 18,
    from: "luis",
    body: "Thank you both. Could we talk about the summer too? School ends in June.",
  },
];

const NGUYEN_MESSAGES: readonly DemoMessage[] = [
  {
    daysAgo: 256,
    hour: 16,
    from: "coach",
    body: "Hi Linh, I'm Morgan. Thank you for telling me about Bao and school. Let's start with what his days look like right now.",
  },
  {
    daysAgo: 255,
    hour: 23,
    from: "linh",
    body: "He stays in bed and says his stomach hurts. He has missed 12 days this month.",
  },
  {
    daysAgo: 254,
    hour: 15,
    from: "coach",
    body: "That sounds exhausting for both of you. The school counselor is a good first partner. Would you ask for a meeting?",
  },
  { daysAgo: 238, hour: 18, from: "linh", body: "We met Ms. Fox. She will let Bao start with half days." },
  { daysAgo: 199, hour: 19, from: "linh", body: "Bao sees a counselor at Open Door now, Taylor Kim." },
  {
    daysAgo: 198,
    hour: 15,
    from: "coach",
    body: 'Good. When you can, ask what Taylor\'s license or credential is. "Counselor" can mean many things.',
  },
  {
    daysAgo: 88,
    hour: 20,
    from: "linh",
    body: "Gulf Coast sent a therapist, Chris Ortiz. Bao talks to him more than to anyone.",
  },
  { daysAgo: 45, hour: 23, from: "linh", body: "I found cuts on Bao's arm tonight. I don't know what to do." },
  {
    daysAgo: 45,
    hour: 23,
    from: "coach",
    body: "Thank you for telling me. If you think he is in danger right now, call or text 988, any time. Stay near him tonight and put away sharp things and medicines. We'll make a plan together tomorrow.",
  },
  { daysAgo: 44, hour: 14, from: "linh", body: "He is safe. He slept. Thank you for answering so late." },
  {
    daysAgo: 30,
    hour: 17,
    from: "coach",
    body: "How is Bao this week? Has anyone written down a safety plan with him yet?",
  },
  {
    daysAgo: 29,
    hour: 21,
    from: "linh",
    body: "Not yet. Chris says he can do it but he is not a licensed therapist. Is that OK?",
  },
  {
    daysAgo: 3,
    hour: 16,
    from: "coach",
    body: "Chris can help with skills, and a safety plan needs a licensed clinician too. I'm listing licensed therapists near you who treat self-harm; you'll have names by next week.",
  },
  { daysAgo: 2, hour: 22, from: "linh", body: "Thank you. Bao went to school three days this week." },
];

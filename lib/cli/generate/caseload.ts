import { randomUUID } from "node:crypto";
import { inArray, max } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Database } from "@/db/client";
import {
  actionItems,
  careEvents,
  caseloads,
  childNeeds,
  children,
  families,
  familyMembers,
  familyTags,
  messageReads,
  messages,
  providerChildren,
  providers,
  users,
} from "@/db/schema";
import { credentials, needs, treatmentModels } from "@/lib/domain/catalog";
import { addDays, type IsoDate } from "@/lib/core/dates";

/** How many of a thing: exactly n, or drawn evenly from [min, max] for each family. */
type Amount = number | readonly [min: number, max: number];

/** The shape of each generated family. */
type FamilyShape = { children: Amount; providers: Amount; needs: Amount; messages: Amount; spanDays: number };

/** Every family alike: the caseload tests and benchmark. */
export const BENCH_FAMILY: FamilyShape = { children: 2, providers: 8, needs: 6, messages: 100, spanDays: 730 };

/** A practice as it grows: families of varied size over three years (`npm run bench:seed`). */
export const PRACTICE_FAMILY: FamilyShape = {
  children: [1, 3],
  providers: [5, 12],
  needs: [3, 8],
  messages: [50, 300],
  spanDays: 3 * 365,
};

/** A small, seeded generator: the same seed makes the same caseload, run after run. */
function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return { next, int, pick, chance: (p: number) => next() < p };
}

/** Multi-row inserts in chunks small enough for Postgres's 65,535 parameters. */
async function insertInChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>, size = 500) {
  for (let start = 0; start < rows.length; start += size) await insert(rows.slice(start, start + size));
}

/** Writes generated rows into a table; the benchmark swaps in COPY for the largest loads. */
export type BulkInsert = (table: PgTable, rows: Record<string, unknown>[]) => Promise<void>;

const multiRowInsert =
  (db: Database): BulkInsert =>
  (table, rows) =>
    insertInChunks(rows, (chunk) => db.insert(table).values(chunk as never));

const FIRST_NAMES = [
  "Mateo",
  "Ava",
  "Liam",
  "Sofia",
  "Noah",
  "Isabella",
  "Bao",
  "Mia",
  "Eli",
  "Camila",
  "Jordan",
  "Riley",
  "Kai",
  "Luna",
  "Omar",
  "Zoe",
];
const FAMILY_NAMES = [
  "Rivera",
  "Nguyen",
  "Smith",
  "Garcia",
  "Patel",
  "Johnson",
  "Kim",
  "Lopez",
  "Brown",
  "Martinez",
  "Chen",
  "Wilson",
  "Hernandez",
  "Lee",
];
const TITLES = ["Therapist", "Skills trainer", "Counselor", "Behavioral health associate", "Case manager", "Clinician"];

type GeneratedCaseload = { familyIds: string[]; parentIds: string[] };

/**
 * Fills the database with `count` families on one coach's caseload, with bulk inserts: children,
 * needs, providers over the span, messages both ways, care events by the parents, and a few action
 * items and tags. `passwordHash` is shared by every generated parent (hashing is slow on purpose).
 */
export async function generateCaseload(
  db: Database,
  options: {
    coachId: string;
    count: number;
    today: IsoDate;
    passwordHash: string;
    seed?: number;
    shape?: FamilyShape;
    label?: string;
    insert?: BulkInsert;
  },
): Promise<GeneratedCaseload> {
  const random = seededRandom(options.seed ?? 1);
  const shape = options.shape ?? BENCH_FAMILY;
  const label = options.label ?? randomUUID().slice(0, 8);
  const rows = {
    users: [] as (typeof users.$inferInsert)[],
    families: [] as (typeof families.$inferInsert)[],
    members: [] as (typeof familyMembers.$inferInsert)[],
    caseloads: [] as (typeof caseloads.$inferInsert)[],
    children: [] as (typeof children.$inferInsert)[],
    needs: [] as (typeof childNeeds.$inferInsert)[],
    providers: [] as (typeof providers.$inferInsert)[],
    links: [] as (typeof providerChildren.$inferInsert)[],
    messages: [] as (typeof messages.$inferInsert)[],
    events: [] as (typeof careEvents.$inferInsert)[],
    actions: [] as (typeof actionItems.$inferInsert)[],
    tags: [] as (typeof familyTags.$inferInsert)[],
  };
  const start = addDays(options.today, -shape.spanDays);
  const dayAt = (offset: number) => addDays(start, offset);
  const stampOf = (date: IsoDate) => new Date(`${date}T18:00:00Z`);

  const amount = (value: Amount) => (typeof value === "number" ? value : random.int(value[0], value[1]));

  for (let index = 0; index < options.count; index++) {
    const sized = {
      children: amount(shape.children),
      providers: amount(shape.providers),
      needs: amount(shape.needs),
      messages: amount(shape.messages),
    };
    const familyId = randomUUID();
    const parentId = randomUUID();
    const surname = random.pick(FAMILY_NAMES);
    rows.users.push({
      id: parentId,
      email: `parent-${label}-${index}@generated.clarity.test`,
      name: `${random.pick(FIRST_NAMES)} ${surname}`,
      role: "parent",
      passwordHash: options.passwordHash,
    });
    rows.families.push({ id: familyId, name: `The ${surname} family ${index + 1}`, createdAt: stampOf(start) });
    rows.members.push({ familyId, userId: parentId });
    rows.caseloads.push({ coachId: options.coachId, familyId });
    const event = (at: IsoDate, action: string, subjectType: string, subjectId: string) =>
      rows.events.push({ familyId, actorId: parentId, at: stampOf(at), action, subjectType, subjectId, subject: {} });

    const childIds: string[] = [];
    for (let c = 0; c < sized.children; c++) {
      const id = randomUUID();
      childIds.push(id);
      rows.children.push({ id, familyId, name: random.pick(FIRST_NAMES), birthYear: random.int(2008, 2020) });
      event(start, "child.added", "child", id);
    }
    for (let n = 0; n < sized.needs; n++) {
      const id = randomUUID();
      const identifiedOn = dayAt(random.int(0, shape.spanDays - 30));
      rows.needs.push({
        id,
        childId: childIds[n % childIds.length]!,
        needId: random.pick(needs).id,
        identifiedOn,
        resolvedOn: random.chance(0.2) ? addDays(identifiedOn, random.int(30, 200)) : null,
      });
      event(identifiedOn, "need.added", "need", id);
    }
    for (let p = 0; p < sized.providers; p++) {
      const id = randomUUID();
      const credential = random.pick(credentials);
      const qualified = Object.keys(credential.services);
      const delivered = qualified.length > 0 ? [random.pick(qualified)] : [];
      // Now and then a title that promises more than the credential allows: the mismatch the app exists for.
      if (random.chance(0.3)) delivered.push(random.pick(["individual-therapy", "family-therapy", "trauma-treatment"]));
      const startOn = dayAt(random.int(0, shape.spanDays - 1));
      const endOn = random.chance(0.4) ? addDays(startOn, random.int(30, 365)) : null;
      rows.providers.push({
        id,
        familyId,
        name: `${random.pick(FIRST_NAMES)} ${random.pick(FAMILY_NAMES)}`,
        statedTitle: random.pick(TITLES),
        credentialIds: [credential.id],
        servicesDelivered: [...new Set(delivered)],
        trainedIn: random.chance(0.3) ? [random.pick(treatmentModels).id] : [],
        startOn,
        endOn: endOn && endOn < options.today ? endOn : null,
      });
      rows.links.push({ providerId: id, childId: childIds[p % childIds.length]! });
      event(startOn, "provider.added", "provider", id);
    }
    for (let m = 0; m < sized.messages; m++) {
      const at = new Date(stampOf(start).getTime() + ((m + 1) / (sized.messages + 1)) * shape.spanDays * 86_400_000);
      rows.messages.push({
        familyId,
        authorId: m % 2 === 0 ? parentId : options.coachId,
        clientMessageId: randomUUID(),
        body: `Message ${m + 1} in family ${index + 1}`,
        createdAt: at,
      });
    }
    if (random.chance(0.5))
      rows.actions.push({
        familyId,
        createdById: options.coachId,
        title: "Ask the agency who supervises the case",
        dueOn: addDays(options.today, random.int(-10, 30)),
      });
    if (random.chance(0.2)) rows.tags.push({ familyId, tag: random.pick(["waitlist", "IIBHT referral", "new"]) });
  }

  const insert = options.insert ?? multiRowInsert(db);
  const load: [PgTable, Record<string, unknown>[]][] = [
    [users, rows.users],
    [families, rows.families],
    [familyMembers, rows.members],
    [caseloads, rows.caseloads],
    [children, rows.children],
    [childNeeds, rows.needs],
    [providers, rows.providers],
    [providerChildren, rows.links],
    [messages, rows.messages],
    [careEvents, rows.events],
    [actionItems, rows.actions],
    [familyTags, rows.tags],
  ];
  for (const [table, tableRows] of load) if (tableRows.length > 0) await insert(table, tableRows);
  // The coach has read most conversations: about a third have something waiting.
  const lastPosition = new Map<string, number>();
  await insertInChunks(rows.families, async (chunk) => {
    const ids = chunk.map((family) => family.id!);
    const last = await db
      .select({ familyId: messages.familyId, position: max(messages.position) })
      .from(messages)
      .where(inArray(messages.familyId, ids))
      .groupBy(messages.familyId);
    for (const row of last) if (row.position !== null) lastPosition.set(row.familyId, row.position);
  });
  const readRows = [...lastPosition].map(([familyId, position]) => ({
    familyId,
    userId: options.coachId,
    lastReadPosition: random.chance(0.33) ? position - 1 : position,
  }));
  if (readRows.length > 0) await insert(messageReads, readRows);
  return { familyIds: rows.families.map((family) => family.id!), parentIds: rows.users.map((user) => user.id!) };
}

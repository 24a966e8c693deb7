// A practice of coaches and their families, loaded in bulk: what `npm run bench:seed` and
// `npm run bench` fill their databases with.
import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { getTableName, sql } from "drizzle-orm";
import postgres from "postgres";
import type { Database } from "../db/client";
import { generateCaseload, PRACTICE_FAMILY, type BulkInsert } from "@/lib/cli/generate/caseload";
import { users } from "../db/schema";
import type { IsoDate } from "@/lib/core/dates";

/** The tables a practice fills, counted before and after to report rows per second. */
const FILLED_TABLES = [
  "users",
  "families",
  "family_members",
  "caseloads",
  "children",
  "child_needs",
  "providers",
  "provider_children",
  "messages",
  "care_events",
  "action_items",
  "family_tags",
  "message_reads",
];

export async function countRows(db: Database): Promise<Record<string, number>> {
  const select = FILLED_TABLES.map((table) => `select '${table}' as name, count(*)::int as rows from ${table}`).join(
    " union all ",
  );
  const rows = (await db.execute(sql.raw(select))) as unknown as { name: string; rows: number }[];
  return Object.fromEntries(rows.map((row) => [row.name, row.rows]));
}

export const totalRows = (counts: Record<string, number>) => Object.values(counts).reduce((sum, n) => sum + n, 0);

/** A value in COPY's text format: backslash escapes, \\N for null, arrays and JSON as literals. */
function copyValue(value: unknown): string {
  if (value === null || value === undefined) return "\\N";
  let text: string;
  if (value instanceof Date) text = value.toISOString();
  else if (Array.isArray(value))
    text = `{${value.map((item) => `"${String(item).replace(/[\\"]/gu, (c) => `\\${c}`)}"`).join(",")}}`;
  else if (typeof value === "object") text = JSON.stringify(value);
  else text = String(value);
  return text.replace(/[\\\t\n\r]/gu, (c) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[c]!);
}

const snakeCase = (key: string) => key.replace(/[A-Z]/gu, (letter) => `_${letter.toLowerCase()}`);

/**
 * A connection for bulk loading, as a restore would: foreign-key checks and triggers off for its
 * session (the generator's rows are consistent by construction), so the work left is the rows and
 * their indexes. What the triggers keep is rebuilt once at the end (`restoreDerivedColumns`).
 */
export const bulkLoadClient = (url: string) =>
  postgres(url, { max: 1, onnotice: () => {}, connection: { session_replication_role: "replica" } });

/** What the skipped triggers maintain: each family's last activity by one of its members. */
export async function restoreDerivedColumns(db: Database) {
  await db.execute(sql`update families f set last_family_activity_at = (
    select max(at) from (
      select m.created_at as at from messages m join family_members fm on fm.family_id = m.family_id and fm.user_id = m.author_id where m.family_id = f.id
      union all
      select e.at from care_events e join family_members fm on fm.family_id = e.family_id and fm.user_id = e.actor_id where e.family_id = f.id
    ) as activity)`);
}

/** Rows into a table through COPY FROM STDIN: many times faster than multi-row INSERTs. */
export function copyInsert(client: postgres.Sql): BulkInsert {
  return async (table, rows) => {
    const keys = [...new Set(rows.flatMap((row) => Object.keys(row)))];
    const writable =
      await client`copy ${client(getTableName(table))} (${client(keys.map(snakeCase))}) from stdin`.writable();
    function* lines() {
      for (let start = 0; start < rows.length; start += 1000) {
        yield rows
          .slice(start, start + 1000)
          .map((row) => `${keys.map((key) => copyValue(row[key])).join("\t")}\n`)
          .join("");
      }
    }
    await pipeline(Readable.from(lines()), writable);
  };
}

/** Staff accounts in one insert; they share one password hash (hashing is slow on purpose). */
export async function createStaff(
  db: Database,
  role: "coach" | "admin",
  emails: string[],
  passwordHash: string,
): Promise<string[]> {
  const rows = emails.map((email, index) => ({
    id: randomUUID(),
    email,
    name: `${role === "coach" ? "Coach" : "Admin"} ${index + 1}`,
    role,
    passwordHash,
  }));
  if (rows.length > 0) await db.insert(users).values(rows);
  return rows.map((row) => row.id);
}

export const coachEmail = (index: number) => `coach-${index}@bench.clarity.test`;
export const parentEmail = (label: string, index: number) => `parent-${label}-${index}@generated.clarity.test`;

/**
 * `familiesPerCoach` more families on each coach's caseload, varied as a practice is (1–3
 * children, 5–12 providers over three years, 3–8 needs, 50–300 messages each, care events to
 * match), one coach at a time to keep memory flat. Each coach's families get the label
 * `${label}-c${coach index}`. Reports progress after each coach.
 */
export async function fillCaseloads(
  db: Database,
  options: {
    coachIds: string[];
    familiesPerCoach: number;
    today: IsoDate;
    passwordHash: string;
    label: string;
    seed?: number;
    insert?: BulkInsert;
    onCoach?: (done: number) => void;
  },
): Promise<{ familyIds: string[][] }> {
  const familyIds: string[][] = [];
  for (const [index, coachId] of options.coachIds.entries()) {
    const generated = await generateCaseload(db, {
      coachId,
      count: options.familiesPerCoach,
      today: options.today,
      passwordHash: options.passwordHash,
      seed: (options.seed ?? 1) * 1000 + index,
      shape: PRACTICE_FAMILY,
      label: `${options.label}-c${index}`,
      insert: options.insert,
    });
    familyIds.push(generated.familyIds);
    options.onCoach?.(index + 1);
  }
  return { familyIds };
}

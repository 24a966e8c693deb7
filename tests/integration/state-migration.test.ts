import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The data the state migrations move, on a database built by the migrations before them: the
// families recorded so far were judged by Oregon's rules, and their providers' Oregon titles
// become the or: ids the national catalog gives them.

const root = path.resolve(import.meta.dirname, "../..");
const journal = JSON.parse(fs.readFileSync(path.join(root, "db/migrations/meta/_journal.json"), "utf8")) as {
  entries: { tag: string }[];
};
const FIRST_STATE_MIGRATION = journal.entries.findIndex((entry) => entry.tag.endsWith("_family_state"));
const CREDENTIALS_MIGRATION = journal.entries.findIndex((entry) => entry.tag.endsWith("_provider_credentials"));

async function apply(db: PGlite, tag: string) {
  const text = fs.readFileSync(path.join(root, `db/migrations/${tag}.sql`), "utf8");
  for (const statement of text.split("--> statement-breakpoint")) if (statement.trim()) await db.exec(statement);
}

describe("the family-state and provider-credential migrations [pglite]", () => {
  const db = new PGlite();

  beforeAll(async () => {
    expect(FIRST_STATE_MIGRATION).toBeGreaterThan(0);
    expect(CREDENTIALS_MIGRATION).toBeGreaterThan(FIRST_STATE_MIGRATION);
    for (const entry of journal.entries.slice(0, FIRST_STATE_MIGRATION)) await apply(db, entry.tag);
    const family = await db.query<{ id: string }>(
      `insert into families (name) values ('The Ames family') returning id`,
    );
    const familyId = family.rows[0]!.id;
    for (const [name, credential] of [
      ["Dana", "qmha"],
      ["Lee", "lcsw"],
      ["Kai", "lpc-associate"],
      ["Ora", "cadc"],
      ["Ned", "unknown"],
    ])
      await db.query(
        `insert into providers (family_id, name, stated_title, credential_id, start_on) values ($1, $2, 'Therapist', $3, '2026-01-05')`,
        [familyId, name, credential],
      );
    for (const entry of journal.entries.slice(FIRST_STATE_MIGRATION, CREDENTIALS_MIGRATION + 1))
      await apply(db, entry.tag);
  });

  afterAll(async () => {
    await db.close();
  });

  it("puts the families recorded so far in Oregon, and lets new ones start without a state", async () => {
    expect((await db.query<{ state: string }>(`select state from families`)).rows).toEqual([{ state: "OR" }]);
    const fresh = await db.query<{ state: string | null }>(
      `insert into families (name) values ('New') returning state`,
    );
    expect(fresh.rows[0]!.state).toBeNull();
    await expect(db.query(`update families set state = 'Texas'`)).rejects.toThrow(/families_state_code/);
  });

  it("turns each provider's one credential into a list, Oregon's own titles renamed or:", async () => {
    const rows = await db.query<{ name: string; credential_ids: string[] }>(
      `select name, credential_ids from providers order by name`,
    );
    expect(rows.rows).toEqual([
      { name: "Dana", credential_ids: ["or:qmha"] },
      { name: "Kai", credential_ids: ["or:lpc-associate"] },
      { name: "Lee", credential_ids: ["lcsw"] },
      { name: "Ned", credential_ids: ["unknown"] },
      { name: "Ora", credential_ids: ["or:cadc"] },
    ]);
    await expect(db.query(`update providers set credential_ids = '{}'`)).rejects.toThrow(/providers_some_credential/);
    await expect(db.query(`update providers set supervisor_name = 'Morgan' where name = 'Kai'`)).rejects.toThrow(
      /providers_one_supervisor/,
    );
  });
});

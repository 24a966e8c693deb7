import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { is, sql } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import postgres from "postgres";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { openPostgres, type DatabaseHandle } from "@/db/client";
import * as schema from "@/db/schema";
import { DataDirLockedError, lockDataDir } from "@/db/data-dir-lock";
import { rowsOf } from "./support/assertions";

const root = path.resolve(import.meta.dirname, "../..");
const journal = JSON.parse(fs.readFileSync(path.join(root, "db/migrations/meta/_journal.json"), "utf8")) as {
  entries: { tag: string }[];
};

/** Every table the Drizzle schema declares: the migrations must create exactly these. */
function schemaTableNames(): string[] {
  return Object.values(schema)
    .filter((value) => is(value, PgTable))
    .map((table) => getTableConfig(table as PgTable).name)
    .sort();
}

// Only registered with a Postgres server to talk to: PGlite has no second connection to race.
if (process.env.TEST_DATABASE_URL) {
  describe("migrations on Postgres [postgres]", () => {
    const adminUrl = new URL(process.env.TEST_DATABASE_URL!);
    const name = `clarity_it_migrate_${crypto.randomBytes(6).toString("hex")}`;
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const handles: DatabaseHandle[] = [];

    beforeAll(async () => {
      const admin = postgres(adminUrl.toString(), { max: 1, onnotice: () => {} });
      await admin.unsafe(`create database ${name}`);
      await admin.end();
    });

    afterAll(async () => {
      await Promise.all(handles.map((handle) => handle.close()));
      const admin = postgres(adminUrl.toString(), { max: 1, onnotice: () => {} });
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    });

    it("three instances starting at once all migrate a fresh database, once", async () => {
      handles.push(...(await Promise.all([1, 2, 3].map(() => openPostgres(url.toString(), { max: 2 })))));
      const db = handles[0]!.db;

      const applied = await rowsOf<{ n: string | number }>(
        db,
        sql`select count(*) as n from drizzle.__drizzle_migrations`,
      );
      expect(Number(applied[0]!.n)).toBe(journal.entries.length);

      const tables = await rowsOf<{ table_name: string }>(
        db,
        sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
      );
      expect(tables.map((row) => row.table_name)).toEqual(schemaTableNames());
      const triggers = await rowsOf<{ n: string | number }>(
        db,
        sql`select count(*) as n from pg_trigger where tgname like 'audit_log_no_%'`,
      );
      expect(Number(triggers[0]!.n)).toBe(2);

      // Every instance works against the same, single schema.
      for (const handle of handles) {
        const rows = await rowsOf<{ n: string | number }>(handle.db, sql`select count(*) as n from users`);
        expect(Number(rows[0]!.n)).toBe(0);
      }
    });

    it("a later start on a migrated database applies nothing again", async () => {
      const again = await openPostgres(url.toString(), { max: 1 });
      handles.push(again);
      const applied = await rowsOf<{ n: string | number }>(
        again.db,
        sql`select count(*) as n from drizzle.__drizzle_migrations`,
      );
      expect(Number(applied[0]!.n)).toBe(journal.entries.length);
    });
  });
}

describe("the embedded data folder lock", () => {
  const dirs: string[] = [];
  const children: ChildProcess[] = [];
  const freshDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "clarity-lock-"));
    dirs.push(dir);
    return dir;
  };
  const lockFile = (dir: string) => path.join(dir, "clarity.lock");

  /** Another process (a second `npm start`) holding the lock on `dir`. */
  function holdLockInChild(dir: string): Promise<ChildProcess> {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", path.join(root, "tests/integration/support/hold-data-dir-lock.ts"), dir],
      {
        cwd: root,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    children.push(child);
    return new Promise((resolve, reject) => {
      let errors = "";
      child.stderr!.on("data", (chunk: Buffer) => (errors += chunk.toString()));
      child.stdout!.on("data", (chunk: Buffer) => {
        if (chunk.toString().includes("locked")) resolve(child);
      });
      child.once("exit", (code) => reject(new Error(`lock holder exited (${code}): ${errors}`)));
    });
  }

  function killAndWait(child: ChildProcess): Promise<void> {
    return new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGKILL");
    });
  }

  afterEach(async () => {
    await Promise.all(children.splice(0).map(killAndWait));
  });

  afterAll(() => {
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("a lock held by another live process refuses a second one with a clear message", async () => {
    const dir = freshDir();
    const holder = await holdLockInChild(dir);
    expect(fs.readFileSync(lockFile(dir), "utf8")).toBe(String(holder.pid));

    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir)).toThrow(new RegExp(`already in use.*pid ${holder.pid}`));
    expect(fs.readFileSync(lockFile(dir), "utf8")).toBe(String(holder.pid));
  });

  it("a lock naming a live process (the parent of this one) is refused", () => {
    const dir = freshDir();
    fs.writeFileSync(lockFile(dir), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    expect(fs.readFileSync(lockFile(dir), "utf8")).toBe(String(process.ppid));
  });

  it("the lock of a process that died is taken over", async () => {
    const dir = freshDir();
    const holder = await holdLockInChild(dir);
    await killAndWait(holder);
    expect(fs.readFileSync(lockFile(dir), "utf8")).toBe(String(holder.pid));

    const release = lockDataDir(dir);
    expect(fs.readFileSync(lockFile(dir), "utf8")).toBe(String(process.pid));
    release();
    expect(fs.existsSync(lockFile(dir))).toBe(false);
  });

  it("a stale lock file (dead pid, or garbage) is taken over", () => {
    for (const content of ["999999", "", "not a pid"]) {
      const dir = freshDir();
      fs.writeFileSync(lockFile(dir), content);
      const release = lockDataDir(dir);
      expect(fs.readFileSync(lockFile(dir), "utf8")).toBe(String(process.pid));
      release();
    }
  });

  it("once released, the folder can be locked again, and a second holder is refused meanwhile", async () => {
    const dir = freshDir();
    const release = lockDataDir(dir);
    release();
    const holder = await holdLockInChild(dir);
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    await killAndWait(holder);
    lockDataDir(dir)();
  });
});

import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { Logger } from "drizzle-orm/logger";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import postgres from "postgres";
import { lockDataDir } from "./data-dir-lock";
import { withNamedStatements } from "./prepared-statements";
import * as schema from "./schema";

/** One type for both drivers, so the rest of the app never cares which one runs. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

/**
 * LISTEN on a channel. `onPayload` gets each NOTIFY payload; `onListening` runs every time the
 * LISTEN is (re)established, since notifications sent while it was down are lost and a
 * subscriber must then catch up from the database. Resolves to a function that stops listening.
 */
type Listen = (
  channel: string,
  onPayload: (payload: string) => void,
  onListening?: () => void,
) => Promise<() => Promise<void>>;

export type DatabaseHandle = {
  db: Database;
  kind: "pglite" | "postgres";
  close: () => Promise<void>;
  listen: Listen;
};

const migrationsFolder = path.join(process.cwd(), "db", "migrations");
// Any fixed number: every app instance that migrates a shared Postgres takes the same lock.
const MIGRATION_LOCK_KEY = 727_274_001;

/** Options for tests and benchmarks: a logger sees every statement (to count them). */
export type OpenOptions = { logger?: Logger };

/** Opens (and migrates) an embedded database in a folder, or in memory when `dir` is undefined. */
export async function openPglite(dir?: string, options: OpenOptions = {}): Promise<DatabaseHandle> {
  const release = dir ? lockDataDir(dir) : () => {};
  try {
    const client = dir ? new PGlite(dir) : new PGlite();
    await client.waitReady;
    const db = drizzlePglite({ client, schema, casing: "snake_case", logger: options.logger });
    await migratePglite(db, { migrationsFolder });
    return {
      db: db as unknown as Database,
      kind: "pglite",
      close: async () => {
        await client.close();
        release();
      },
      // One in-process connection: NOTIFY from any query here reaches these listeners on commit.
      listen: async (channel, onPayload, onListening) => {
        const stop = await client.listen(channel, onPayload);
        onListening?.();
        return async () => {
          if (!client.closed) await stop();
        };
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** A Postgres server's pool: its size and how long a connection and a statement may take. */
export type PostgresSettings = { max?: number; connectTimeoutSeconds?: number; statementTimeoutMs?: number };

export async function openPostgres(url: string, options: OpenOptions & PostgresSettings = {}): Promise<DatabaseHandle> {
  const { max = 10, connectTimeoutSeconds = 5, statementTimeoutMs = 15_000 } = options;
  const sql = postgres(url, {
    max,
    connect_timeout: connectTimeoutSeconds,
    idle_timeout: 60,
    // A query or transaction that hangs must not hold a request (or a connection) forever.
    connection: {
      statement_timeout: statementTimeoutMs,
      idle_in_transaction_session_timeout: statementTimeoutMs * 2,
    },
    onnotice: () => {},
  });
  await migrateUnderLock(url);
  return {
    db: drizzlePostgres({
      client: withNamedStatements(sql),
      schema,
      casing: "snake_case",
      logger: options.logger,
    }) as unknown as Database,
    kind: "postgres",
    close: () => sql.end({ timeout: 5 }),
    // postgres.js keeps one dedicated LISTEN connection per client and re-establishes it after
    // a connection loss, calling `onListening` again each time.
    listen: async (channel, onPayload, onListening) => {
      const { unlisten } = await sql.listen(channel, onPayload, onListening);
      return unlisten;
    },
  };
}

/** Several app servers may start at once against one Postgres: only one migrates at a time. */
async function migrateUnderLock(url: string): Promise<void> {
  const sql = postgres(url, { max: 1, connect_timeout: 10, onnotice: () => {} });
  try {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    try {
      await migratePostgres(drizzlePostgres({ client: sql, casing: "snake_case" }), { migrationsFolder });
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
    }
  } finally {
    await sql.end({ timeout: 5 });
  }
}

// Next.js loads this module more than once in one server (instrumentation, pages, route
// handlers), so the handle lives on globalThis: one database per process. (db/ imports nothing of
// lib/, so it keeps this one holder of its own rather than lib/core/singleton.ts.)
const holder = globalThis as unknown as { __clarityDatabase?: Promise<DatabaseHandle> };

/**
 * The process's database. Start-up installs it (lib/server/database.ts, from the configuration),
 * and so do scripts and tests: db/ takes its settings from whoever opens it.
 */
export function getDatabaseHandle(): Promise<DatabaseHandle> {
  if (!holder.__clarityDatabase)
    throw new Error("no database is open: start-up (or the script or test) must install one with installDatabase()");
  return holder.__clarityDatabase;
}

export async function getDb(): Promise<Database> {
  return (await getDatabaseHandle()).db;
}

/** Installs the process's database (start-up, scripts and tests each open their own). */
export function installDatabase(handle: DatabaseHandle | Promise<DatabaseHandle>): void {
  holder.__clarityDatabase = Promise.resolve(handle);
}

/** A transaction or the database itself: data-access helpers accept either. */
export type Executor = Database | Parameters<Parameters<Database["transaction"]>[0]>[0];

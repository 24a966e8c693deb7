import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { Logger } from "drizzle-orm/logger";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import postgres from "postgres";
import { currentConfig } from "@/lib/core/config";
import { lockDataDir } from "./data-dir-lock";
import { withNamedStatements } from "./prepared-statements";
import { statementCounter } from "@/lib/server/diagnostics/statement-counter";
import * as schema from "./schema";

/** One type for both drivers, so the rest of the app never cares which one runs. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

/**
 * LISTEN on a channel. `onPayload` gets each NOTIFY payload; `onListening` runs every time the
 * LISTEN is (re)established, since notifications sent while it was down are lost and a
 * subscriber must then catch up from the database. Resolves to a function that stops listening.
 */
export type Listen = (channel: string, onPayload: (payload: string) => void, onListening?: () => void) => Promise<() => Promise<void>>;

export type DatabaseHandle = {
  db: Database;
  kind: "pglite" | "postgres";
  close: () => Promise<void>;
  listen: Listen;
};

const migrationsFolder = path.join(process.cwd(), "db", "migrations");
// Any fixed number: every app instance that migrates a shared Postgres takes the same lock.
const MIGRATION_LOCK_KEY = 727_274_001;

export function embeddedDataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.PGLITE_DIR ?? path.join(".data", "pglite"));
}

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

export async function openPostgres(url: string, options: OpenOptions & { max?: number } = {}): Promise<DatabaseHandle> {
  const settings = currentConfig();
  const sql = postgres(url, {
    max: options.max ?? settings.databasePoolMax,
    connect_timeout: settings.databaseConnectTimeoutSeconds,
    idle_timeout: 60,
    // A query or transaction that hangs must not hold a request (or a connection) forever.
    connection: {
      statement_timeout: settings.databaseStatementTimeoutMs,
      idle_in_transaction_session_timeout: settings.databaseStatementTimeoutMs * 2,
    },
    onnotice: () => {},
  });
  await migrateUnderLock(url);
  return {
    db: drizzlePostgres({ client: withNamedStatements(sql), schema, casing: "snake_case", logger: options.logger }) as unknown as Database,
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

/** The database named by the environment: Postgres with DATABASE_URL, else the embedded folder. */
export function openConfiguredDatabase(): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL;
  const logger = statementCounter();
  return url ? openPostgres(url, { logger }) : openPglite(embeddedDataDir(), { logger });
}

// Next.js loads this module more than once in one server (instrumentation, pages, route
// handlers), so the handle lives on globalThis: one database per process.
const holder = globalThis as unknown as { __clarityDatabase?: Promise<DatabaseHandle> };

export function getDatabaseHandle(): Promise<DatabaseHandle> {
  holder.__clarityDatabase ??= openConfiguredDatabase();
  return holder.__clarityDatabase;
}

export async function getDb(): Promise<Database> {
  return (await getDatabaseHandle()).db;
}

/** Tests and scripts install the handle they opened themselves. */
export function useDatabase(handle: DatabaseHandle): void {
  holder.__clarityDatabase = Promise.resolve(handle);
}

/** A transaction or the database itself: data-access helpers accept either. */
export type Executor = Database | Parameters<Parameters<Database["transaction"]>[0]>[0];

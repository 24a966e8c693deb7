import crypto from "node:crypto";
import postgres from "postgres";
import { describe, beforeAll, afterAll } from "vitest";
import { openPglite, openPostgres, installDatabase, type DatabaseHandle, type OpenOptions } from "@/db/client";

export type DriverKind = "pglite" | "postgres";

/** PGlite always; the Postgres server too when TEST_DATABASE_URL is set. */
const drivers: DriverKind[] = process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];

/** A new, migrated, empty database: in-memory PGlite, or a fresh database on the server. */
async function openFreshDatabase(kind: DriverKind, options: OpenOptions = {}): Promise<DatabaseHandle> {
  if (kind === "pglite") return openPglite(undefined, options);
  const adminUrl = new URL(process.env.TEST_DATABASE_URL!);
  const name = `clarity_it_${crypto.randomBytes(6).toString("hex")}`;
  const admin = postgres(adminUrl.toString(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openPostgres(url.toString(), { ...options, max: 4 });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const dropper = postgres(adminUrl.toString(), { max: 1, onnotice: () => {} });
      await dropper.unsafe(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

/**
 * Runs a suite once per driver, each on its own fresh database installed as the app's handle.
 * `context.handle` is the open database during the tests.
 */
export function describeEachDatabase(
  title: string,
  suite: (context: { readonly handle: DatabaseHandle; readonly kind: DriverKind }) => void,
  options: OpenOptions = {},
) {
  for (const kind of drivers) {
    describe(`${title} [${kind}]`, () => {
      const context = { kind } as { handle: DatabaseHandle; kind: DriverKind };
      beforeAll(async () => {
        context.handle = await openFreshDatabase(kind, options);
        installDatabase(context.handle);
      });
      afterAll(async () => {
        await context.handle?.close();
      });
      suite(context);
    });
  }
}

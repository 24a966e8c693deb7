import { getDatabaseHandle, embeddedDataDir } from "@/db/client";
import { seedDemoIfEmpty } from "@/db/seed";
import { authSecret } from "@/lib/auth/secret";

/**
 * Runs once before the server answers: secret, database, migrations, demo data. A server that
 * cannot reach or migrate its database exits with a clear message instead of answering 500s.
 */
export async function startServer(): Promise<void> {
  process.env.NEXTAUTH_URL ??= `http://localhost:${process.env.PORT ?? 3000}`;
  try {
    authSecret();
    const handle = await getDatabaseHandle();
    if (handle.kind === "pglite") {
      const seeded = await seedDemoIfEmpty(handle.db);
      console.log(`[clarity] embedded database at ${embeddedDataDir()}${seeded ? " (demo data loaded)" : ""}`);
    } else {
      console.log("[clarity] connected to Postgres; migrations are up to date");
    }
    console.log(`[clarity] ready on ${process.env.NEXTAUTH_URL}`);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`\n[clarity] cannot start: ${reason}\n`);
    process.exit(1);
  }
}

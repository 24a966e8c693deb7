import { embeddedDataDir, getDatabaseHandle, getDb } from "@/db/client";
import { seedDemoIfEmpty } from "@/lib/cli/seed/demo";
import { prepareArticles } from "@/lib/articles/library";
import { authSecret } from "@/lib/server/auth/secret";
import { readConfig } from "@/lib/core/config";
import { runHousekeeping, startHousekeepingTimer } from "@/lib/server/jobs/housekeeping";
import { startMessageNotifier } from "@/lib/server/jobs/message-notifier";

/**
 * Runs once before the server answers: secret, database, migrations, demo data. A server that
 * cannot reach or migrate its database exits with a clear message instead of answering 500s.
 */
export async function startServer(): Promise<void> {
  try {
    process.env.NEXTAUTH_URL ??= readConfig().appUrl;
  } catch (error) {
    fail(reasonOf(error));
  }
  const where = process.env.DATABASE_URL ? "the Postgres database named by DATABASE_URL" : `the embedded database in ${embeddedDataDir()}`;
  try {
    authSecret();
  } catch (error) {
    fail(reasonOf(error));
  }
  try {
    console.log(`[clarity] ${prepareArticles()} guidance articles loaded and indexed`);
  } catch (error) {
    fail(`could not load the guidance articles in content/articles: ${reasonOf(error)}`);
  }
  try {
    const handle = await getDatabaseHandle();
    const { familiesPurged } = await runHousekeeping(handle.db);
    if (familiesPurged > 0) console.log(`[clarity] ${familiesPurged} family record(s) deleted after their grace period`);
    const seeded = handle.kind === "pglite" && (await seedDemoIfEmpty(handle.db));
    console.log(`[clarity] using ${where}; migrations are up to date${seeded ? "; demo data loaded" : ""}`);
    startMessageNotifier();
    startHousekeepingTimer(getDb);
  } catch (error) {
    fail(`could not open or migrate ${where}: ${reasonOf(error)}`);
  }
  console.log(`[clarity] ready on ${process.env.NEXTAUTH_URL}`);
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function fail(reason: string): never {
  console.error(`\n[clarity] cannot start: ${reason}\n`);
  process.exit(1);
}

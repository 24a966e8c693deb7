import { getDb } from "@/db/client";
import { seedDemoIfEmpty } from "@/lib/demo/seed";
import { prepareArticles } from "@/lib/articles/library";
import { authSecret } from "@/lib/server/auth/secret";
import { config, readConfig } from "@/lib/core/config";
import { log } from "@/lib/core/log";
import { installConfiguredDatabase } from "./database";
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
  const where = config.databaseUrl
    ? "the Postgres database named by DATABASE_URL"
    : `the embedded database in ${config.pgliteDir}`;
  try {
    authSecret();
  } catch (error) {
    fail(reasonOf(error));
  }
  try {
    log.info(`${prepareArticles()} guidance articles loaded and indexed`);
  } catch (error) {
    fail(`could not load the guidance articles in content/articles: ${reasonOf(error)}`);
  }
  try {
    const handle = await installConfiguredDatabase();
    const { familiesPurged } = await runHousekeeping(handle.db);
    if (familiesPurged > 0) log.info(`${familiesPurged} family record(s) deleted after their grace period`);
    const seeded = handle.kind === "pglite" && (await seedDemoIfEmpty(handle.db));
    log.info(`using ${where}; migrations are up to date${seeded ? "; demo data loaded" : ""}`);
    startMessageNotifier();
    startHousekeepingTimer(getDb);
  } catch (error) {
    fail(`could not open or migrate ${where}: ${reasonOf(error)}`);
  }
  log.info(`ready on ${config.appUrl}`);
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function fail(reason: string): never {
  log.error(`cannot start: ${reason}\n`);
  process.exit(1);
}

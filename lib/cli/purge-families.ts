import { openConfiguredDatabase } from "@/lib/server/database";
import { runHousekeeping } from "@/lib/server/jobs/housekeeping";

/**
 * `npm run families:purge`: the housekeeping every server runs at start-up and hourly, on demand
 * (a cron job next to a Postgres deployment, or an operator who wants it now). Safe while servers
 * run against the same Postgres; the embedded database is locked by a running server, which purges
 * by itself.
 */
async function main(): Promise<number> {
  const handle = await openConfiguredDatabase();
  try {
    const { familiesPurged } = await runHousekeeping(handle.db);
    console.log(`Deleted ${familiesPurged} family record(s) whose grace period had ended.`);
    return 0;
  } finally {
    await handle.close();
  }
}

process.exitCode = await main();

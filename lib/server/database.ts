import "server-only";
import { openPglite, openPostgres, installDatabase, type DatabaseHandle } from "@/db/client";
import { config } from "@/lib/core/config";
import { statementCounter } from "./diagnostics/statement-counter";

/** The database the configuration names: Postgres with DATABASE_URL, else the embedded folder. */
export function openConfiguredDatabase(): Promise<DatabaseHandle> {
  const logger = statementCounter();
  if (!config.databaseUrl) return openPglite(config.pgliteDir, { logger });
  return openPostgres(config.databaseUrl, {
    logger,
    max: config.databasePoolMax,
    connectTimeoutSeconds: config.databaseConnectTimeoutSeconds,
    statementTimeoutMs: config.databaseStatementTimeoutMs,
  });
}

/** Opens the configured database and makes it the process's own (start-up and scripts). */
export function installConfiguredDatabase(): Promise<DatabaseHandle> {
  const opening = openConfiguredDatabase();
  installDatabase(opening);
  return opening;
}

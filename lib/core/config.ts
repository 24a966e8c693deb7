import path from "node:path";
import { z } from "zod";

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const positive = (fallback: number) => z.coerce.number().positive().default(fallback);

const environment = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).optional(),
  DATABASE_URL: z.string().optional(),
  PGLITE_DIR: z.string().default(path.join(".data", "pglite")),
  NEXTAUTH_SECRET: z.string().optional(),
  NEXTAUTH_URL: z.url().optional(),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  SESSION_IDLE_MINUTES: positive(30),
  SESSION_ABSOLUTE_HOURS: positive(12),
  INVITE_TTL_DAYS: positive(7),
  SIGN_IN_WINDOW_MINUTES: positive(15),
  SIGN_IN_MAX_FAILURES: z.coerce.number().int().positive().default(10),
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(500).default(10),
  DATABASE_CONNECT_TIMEOUT: positive(5),
  DATABASE_STATEMENT_TIMEOUT: positive(15),
  MESSAGE_NOTIFY_AFTER_MINUTES: positive(15),
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: "an smtp:// or smtps:// URL" }).optional(),
  MAIL_FROM: z.string().min(3).default("Clarity <no-reply@clarity.invalid>"),
  APP_TIME_ZONE: z.string().refine(isTimeZone, { error: "not a time zone Intl knows" }).default("America/Los_Angeles"),
  CHROMIUM_PATH: z.string().optional(),
  // Roles that must have a second sign-in step: "coach,admin", "none", … (default below).
  MFA_REQUIRED_ROLES: z
    .string()
    .regex(/^(none|((parent|coach|admin)(\s*,\s*(parent|coach|admin))*))$/, {
      error: 'a comma-separated list of parent, coach and admin, or "none"',
    })
    .optional(),
  // The benchmark's statement counter answers only to this token (unset: the route is a 404).
  BENCH_DIAGNOSTICS_TOKEN: z.string().optional(),
});

/** Settings from the environment, checked once (every variable is listed in the README). */
export function readConfig(env: Record<string, string | undefined> = process.env) {
  const blanksRemoved = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const result = environment.safeParse(blanksRemoved);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`invalid configuration: ${problems}`);
  }
  const e = result.data;
  return {
    development: e.NODE_ENV === "development",
    production: e.NODE_ENV === "production",
    databaseUrl: e.DATABASE_URL,
    // Resolved against the folder the server runs in, as the embedded database always was.
    pgliteDir: path.resolve(/*turbopackIgnore: true*/ e.PGLITE_DIR),
    authSecret: e.NEXTAUTH_SECRET,
    chromiumPath: e.CHROMIUM_PATH,
    benchDiagnosticsToken: e.BENCH_DIAGNOSTICS_TOKEN,
    appUrl: e.NEXTAUTH_URL ?? `http://localhost:${e.PORT}`,
    sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: e.SESSION_ABSOLUTE_HOURS * 3_600_000,
    inviteLifetimeMs: e.INVITE_TTL_DAYS * 86_400_000,
    signInWindowMs: e.SIGN_IN_WINDOW_MINUTES * 60_000,
    signInMaxFailures: e.SIGN_IN_MAX_FAILURES,
    trustedProxyHops: e.TRUSTED_PROXY_HOPS,
    timeZone: e.APP_TIME_ZONE,
    databasePoolMax: e.DATABASE_POOL_MAX,
    databaseConnectTimeoutSeconds: e.DATABASE_CONNECT_TIMEOUT,
    databaseStatementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT * 1000,
    messageNotifyAfterMs: e.MESSAGE_NOTIFY_AFTER_MINUTES * 60_000,
    smtpUrl: e.SMTP_URL,
    mfaRequiredRoles: requiredRoles(e.MFA_REQUIRED_ROLES, e.DATABASE_URL),
    mailFrom: e.MAIL_FROM,
  };
}

/**
 * Who must have a second step. A real deployment (DATABASE_URL) protects the accounts that see
 * many families' records by default; the embedded demo asks nobody, so it opens at once.
 */
function requiredRoles(value: string | undefined, databaseUrl: string | undefined): ("parent" | "coach" | "admin")[] {
  const chosen = value ?? (databaseUrl ? "coach,admin" : "none");
  if (chosen === "none") return [];
  return [...new Set(chosen.split(",").map((role) => role.trim() as "parent" | "coach" | "admin"))];
}

type Config = ReturnType<typeof readConfig>;

/** The name of every environment variable Clarity reads (the README lists each). */
export const VARIABLES = Object.keys(environment.shape);
let cached: { key: string; value: Config } | undefined;

/**
 * The configuration in force, parsed again only when one of its variables changed (tests change
 * them). Start-up reads it once, so a bad value stops the server before it answers anything.
 */
export function currentConfig(): Config {
  const key = VARIABLES.map((name) => process.env[name] ?? "").join("\u0000");
  if (cached?.key !== key) cached = { key, value: readConfig() };
  return cached.value;
}

export const config = new Proxy({} as Config, { get: (_target, name: keyof Config) => currentConfig()[name] });

import "server-only";

function positiveNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number (got "${raw}").`);
  return value;
}

/** Settings read from the environment; every variable is listed in the README. */
export const config = {
  get appUrl(): string {
    return process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  },
  get sessionIdleMs(): number {
    return positiveNumber("SESSION_IDLE_MINUTES", 30) * 60_000;
  },
  get sessionAbsoluteMs(): number {
    return positiveNumber("SESSION_ABSOLUTE_HOURS", 12) * 3_600_000;
  },
  get inviteLifetimeMs(): number {
    return positiveNumber("INVITE_TTL_DAYS", 7) * 86_400_000;
  },
  get signInWindowMs(): number {
    return positiveNumber("SIGN_IN_WINDOW_MINUTES", 15) * 60_000;
  },
  get signInMaxFailures(): number {
    return positiveNumber("SIGN_IN_MAX_FAILURES", 10);
  },
  get usesEmbeddedDatabase(): boolean {
    return !process.env.DATABASE_URL;
  },
};

import { describe, expect, it } from "vitest";
import { judgeSession, needsTouch, TOUCH_INTERVAL_MS } from "@/lib/identity/session-rules";

const limits = { idleMs: 30 * 60_000, absoluteMs: 12 * 3_600_000 };
const start = new Date("2026-11-25T08:00:00Z");
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
const session = (overrides: Partial<Parameters<typeof judgeSession>[0]> = {}) => ({
  createdAt: start,
  lastSeenAt: start,
  revokedAt: null,
  sessionVersion: 3,
  ...overrides,
});
const owner = { sessionVersion: 3, disabled: false };

describe("judgeSession", () => {
  it("accepts a fresh session", () => {
    expect(judgeSession(session(), owner, at(1), limits)).toBe("valid");
  });

  it("ends a session idle for the idle limit, not a minute before", () => {
    expect(judgeSession(session(), owner, at(29), limits)).toBe("valid");
    expect(judgeSession(session(), owner, at(30), limits)).toBe("idle");
  });

  it("ends an active session at the absolute limit", () => {
    const active = session({ lastSeenAt: at(12 * 60 - 1) });
    expect(judgeSession(active, owner, at(12 * 60 - 0.5), limits)).toBe("valid");
    expect(judgeSession(active, owner, at(12 * 60), limits)).toBe("expired");
  });

  it("refuses revoked sessions, disabled users and superseded versions", () => {
    expect(judgeSession(session({ revokedAt: at(1) }), owner, at(2), limits)).toBe("revoked");
    expect(judgeSession(session(), { ...owner, disabled: true }, at(2), limits)).toBe("disabled");
    expect(judgeSession(session(), { ...owner, sessionVersion: 4 }, at(2), limits)).toBe("superseded");
  });
});

describe("needsTouch", () => {
  it("writes last-seen at most once per interval", () => {
    expect(needsTouch(start, new Date(start.getTime() + TOUCH_INTERVAL_MS - 1))).toBe(false);
    expect(needsTouch(start, new Date(start.getTime() + TOUCH_INTERVAL_MS))).toBe(true);
  });
});

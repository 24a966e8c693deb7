import { describe, expect, it } from "vitest";
import { readConfig } from "@/lib/core/config";
import { clientAddress, PEER_HEADER, rateLimitKey } from "@/lib/server/http/client-address";

describe("readConfig", () => {
  it("has working defaults", () => {
    const config = readConfig({});
    expect(config).toMatchObject({
      appUrl: "http://localhost:3000",
      sessionIdleMs: 30 * 60_000,
      sessionAbsoluteMs: 12 * 3_600_000,
      signInMaxFailures: 10,
      trustedProxyHops: 0,
    });
  });

  it("refuses bad values by name instead of failing later", () => {
    expect(() => readConfig({ SESSION_IDLE_MINUTES: "soon" })).toThrow(/SESSION_IDLE_MINUTES/);
    expect(() => readConfig({ DATABASE_POOL_MAX: "0" })).toThrow(/DATABASE_POOL_MAX/);
    expect(() => readConfig({ NEXTAUTH_URL: "not a url" })).toThrow(/NEXTAUTH_URL/);
    expect(() => readConfig({ APP_TIME_ZONE: "Mars/Olympus" })).toThrow(/APP_TIME_ZONE/);
    expect(readConfig({ APP_TIME_ZONE: "Etc/UTC" }).timeZone).toBe("Etc/UTC");
  });

  it("messaging: 15 minutes before an email, SMTP only with an smtp(s) URL", () => {
    expect(readConfig({})).toMatchObject({ messageNotifyAfterMs: 15 * 60_000, smtpUrl: undefined });
    expect(readConfig({ MESSAGE_NOTIFY_AFTER_MINUTES: "0.5" }).messageNotifyAfterMs).toBe(30_000);
    expect(readConfig({ SMTP_URL: "smtps://user:pass@mail.example.org:465" }).smtpUrl).toBe(
      "smtps://user:pass@mail.example.org:465",
    );
    expect(() => readConfig({ SMTP_URL: "https://mail.example.org" })).toThrow(/SMTP_URL/);
    expect(() => readConfig({ MESSAGE_NOTIFY_AFTER_MINUTES: "0" })).toThrow(/MESSAGE_NOTIFY_AFTER_MINUTES/);
  });

  it("two-step sign-in: required of coaches and admins on Postgres, of nobody on the embedded demo", () => {
    expect(readConfig({}).mfaRequiredRoles).toEqual([]);
    expect(readConfig({ DATABASE_URL: "postgres://db/clarity" }).mfaRequiredRoles).toEqual(["coach", "admin"]);
    expect(readConfig({ DATABASE_URL: "postgres://db/clarity", MFA_REQUIRED_ROLES: "none" }).mfaRequiredRoles).toEqual(
      [],
    );
    expect(readConfig({ MFA_REQUIRED_ROLES: "parent, coach,admin" }).mfaRequiredRoles).toEqual([
      "parent",
      "coach",
      "admin",
    ]);
    expect(() => readConfig({ MFA_REQUIRED_ROLES: "coaches" })).toThrow(/MFA_REQUIRED_ROLES/);
    expect(() => readConfig({ MFA_REQUIRED_ROLES: "none,coach" })).toThrow(/MFA_REQUIRED_ROLES/);
  });

  it("treats an empty variable as unset", () => {
    expect(readConfig({ PORT: "", SESSION_IDLE_MINUTES: "" }).sessionIdleMs).toBe(30 * 60_000);
  });
});

describe("clientAddress", () => {
  const request = (forwardedFor?: string, peer = "203.0.113.9") =>
    new Headers({ [PEER_HEADER]: peer, ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) });

  it("is the TCP peer when no proxy is trusted, whatever X-Forwarded-For claims", () => {
    expect(clientAddress(request("1.2.3.4"), 0)).toBe("203.0.113.9");
  });

  it("behind trusted proxies, counts hops from the right, so a forged left part is ignored", () => {
    expect(clientAddress(request("6.6.6.6, 198.51.100.7"), 1)).toBe("198.51.100.7");
    expect(clientAddress(request("6.6.6.6, 198.51.100.7, 10.0.0.2"), 2)).toBe("198.51.100.7");
    expect(clientAddress(request(undefined), 1)).toBe("203.0.113.9");
  });

  it("is unknown (null) rather than a shared bucket when nothing says", () => {
    expect(clientAddress(new Headers(), 0)).toBeNull();
    expect(clientAddress({ [PEER_HEADER]: "10.1.1.1" }, 0)).toBe("10.1.1.1");
  });
});

describe("rateLimitKey", () => {
  it("keys IPv4 by address, IPv4-mapped IPv6 as IPv4, and IPv6 by its /64", () => {
    expect(rateLimitKey("203.0.113.9")).toBe("203.0.113.9");
    expect(rateLimitKey("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(rateLimitKey("2001:db8:abcd:12:1::5")).toBe("2001:db8:abcd:12::/64");
    expect(rateLimitKey("2001:0db8:abcd:0012:ffff:0:0:1")).toBe("2001:db8:abcd:12::/64");
    expect(rateLimitKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(rateLimitKey("::1")).toBe("0:0:0:0::/64");
  });

  it("makes every address of one /64 the same client", () => {
    const peer = (address: string) => clientAddress(new Headers({ [PEER_HEADER]: address }), 0);
    expect(peer("2001:db8:1:2::a")).toBe(peer("2001:db8:1:2:ffff:ffff:ffff:ffff"));
    expect(peer("2001:db8:1:2::a")).not.toBe(peer("2001:db8:1:3::a"));
  });
});

import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, staticSecurityHeaders } from "@/lib/server/http/security-headers";
import { hashInviteToken, newInviteToken } from "@/lib/invites/tokens";

describe("content security policy", () => {
  it("allows scripts by nonce only, never inline or from elsewhere", () => {
    const csp = contentSecurityPolicy("abc123", { dev: false, https: true });
    const scriptSrc = csp.split("; ").find((directive) => directive.startsWith("script-src"));
    expect(scriptSrc).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    for (const directive of [
      "frame-ancestors 'none'",
      "object-src 'none'",
      "base-uri 'none'",
      "upgrade-insecure-requests",
    ])
      expect(csp).toContain(directive);
  });

  it("adds HSTS only in production", () => {
    expect(staticSecurityHeaders({ production: true })["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
    expect(staticSecurityHeaders({ production: false })["Strict-Transport-Security"]).toBeUndefined();
  });
});

describe("invite tokens", () => {
  it("are long, random, URL-safe, and stored only as a hash", () => {
    const token = newInviteToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newInviteToken()).not.toBe(token);
    expect(hashInviteToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashInviteToken(token)).not.toContain(token);
  });
});

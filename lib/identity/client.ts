/**
 * Who is on the other end of a request, as far as the server can tell: the address (for rate
 * limits, its /64 for IPv6) and, for the account's own security log and devices, the address as
 * seen and the browser's User-Agent.
 */
export type Client = {
  /** The rate-limit key (lib/server/http/client-address.ts); null when unknown. */
  address: string | null;
  ip: string | null;
  userAgent: string | null;
};

/** A script or test acting without a request. */
export const NO_CLIENT: Client = { address: null, ip: null, userAgent: null };

/** Long enough for any real browser; a longer header is cut, not refused. */
const USER_AGENT_MAX = 512;

export function trimUserAgent(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, USER_AGENT_MAX) : null;
}

/** A bare address (scripts and older callers) or a whole client. */
export function asClient(from: Client | string | null): Client {
  return typeof from === "string" || from === null ? { ...NO_CLIENT, address: from } : from;
}

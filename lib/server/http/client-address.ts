import http from "node:http";
import https from "node:https";
import { trimUserAgent, type Client } from "@/lib/identity/client";

/** Set on every request from the socket itself; whatever a client sends under this name is replaced. */
export const PEER_HEADER = "x-clarity-peer";

const stamped = Symbol.for("clarity.peer-address");

/**
 * Next.js gives route handlers no socket address, and it fills X-Forwarded-For from the socket
 * only when the client sent none, so that header alone can be forged. This stamps each request
 * with the address of the TCP peer before Next.js sees it.
 */
export function stampPeerAddresses(): void {
  for (const server of [http.Server, https.Server]) {
    const prototype = server.prototype as http.Server & { [stamped]?: boolean };
    if (prototype[stamped]) continue;
    const emit = prototype.emit;
    prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
      if (event === "request") {
        const request = args[0] as http.IncomingMessage;
        request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? "";
      }
      return Reflect.apply(emit, this, [event, ...args]) as boolean;
    } as typeof emit;
    prototype[stamped] = true;
  }
}

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  const value = headers instanceof Headers ? headers.get(name) : headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? undefined;
}

/**
 * The caller's address as seen: the TCP peer, or, behind `trustedProxyHops` reverse proxies that
 * each append to X-Forwarded-For, the entry that many hops from the right. Null when unknown.
 */
function clientIp(headers: HeaderBag, trustedProxyHops: number): string | null {
  if (trustedProxyHops > 0) {
    const hops = (header(headers, "x-forwarded-for") ?? "")
      .split(",")
      .map((hop) => hop.trim())
      .filter(Boolean);
    const address = hops[hops.length - trustedProxyHops];
    if (address) return address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1").slice(0, 64);
  }
  const peer = header(headers, PEER_HEADER);
  return peer ? peer.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1").slice(0, 64) : null;
}

/** The caller's rate-limit key (see rateLimitKey): its address, or its /64 for IPv6. */
export function clientAddress(headers: HeaderBag, trustedProxyHops: number): string | null {
  const ip = clientIp(headers, trustedProxyHops);
  return ip ? rateLimitKey(ip) : null;
}

/** Who is calling, for rate limits and the account's security log. */
export function requestClient(headers: HeaderBag, trustedProxyHops: number): Client {
  return {
    address: clientAddress(headers, trustedProxyHops),
    ip: clientIp(headers, trustedProxyHops),
    userAgent: trimUserAgent(header(headers, "user-agent")),
  };
}

/**
 * One client, one key: an IPv4 address as itself (also when written IPv4-mapped), an IPv6 address
 * as its /64, since one household or host usually holds a whole /64 and could rotate through it.
 */
export function rateLimitKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!address.includes(":")) return address;
  const [head = "", tail = ""] = address.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::")
    ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

import { config } from "@/lib/core/config";
import type { Client } from "@/lib/identity/client";
import { requestClient } from "./client-address";

/** The caller of a route handler, for rate limits and the account's security log. */
export function clientOf(request: Request): Client {
  return requestClient(request.headers, config.trustedProxyHops);
}

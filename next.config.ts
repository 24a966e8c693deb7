import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { IMPORT_LIMITS } from "./lib/schemas/limits";
import { staticSecurityHeaders } from "./lib/server/http/security-headers";

const withNextIntl = createNextIntlPlugin("./lib/server/i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite's and libheif's WASM and argon2's native binary must be loaded from node_modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "heic-decode", "libheif-js"],
  poweredByHeader: false,
  typedRoutes: false,
  experimental: {
    // The proxy (proxy.ts) buffers request bodies up to this size and silently cuts off the rest
    // (10 MB by default): an import of up to 20 MB must reach its route whole, and a larger body
    // must still arrive longer than that limit, so the route answers 413 and not "unreadable".
    proxyClientMaxBodySize: IMPORT_LIMITS.bytes + 1024 * 1024,
  },
  async headers() {
    // Static files skip the proxy; they still get the non-CSP security headers.
    const headers = Object.entries(staticSecurityHeaders({ production: process.env.NODE_ENV === "production" })).map(
      ([key, value]) => ({ key, value }),
    );
    return [{ source: "/:path*", headers }];
  },
};

export default withNextIntl(nextConfig);

import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { API_CONTENT_SECURITY_POLICY, staticSecurityHeaders } from "./lib/http/security-headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite's WASM and argon2's native binary must be loaded from node_modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  poweredByHeader: false,
  typedRoutes: false,
  async headers() {
    // Static files and API answers skip the proxy; they still get the security headers.
    const headers = Object.entries(staticSecurityHeaders({ production: process.env.NODE_ENV === "production" })).map(([key, value]) => ({ key, value }));
    return [
      { source: "/:path*", headers },
      // Pages get theirs, with a nonce, from proxy.ts; API answers skip the proxy.
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }] },
    ];
  },
};

export default withNextIntl(nextConfig);

import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { BODY_LIMITS, PROXY_BUFFER_BYTES } from "./lib/http/body-limit";
import { apiContentSecurityPolicy, staticSecurityHeaders } from "./lib/http/security-headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "postgres"],
  poweredByHeader: false,
  // The PDF module reads its fonts from lib/pdf/fonts at run time; routes that render PDFs must ship them.
  outputFileTracingIncludes: Object.fromEntries(
    ["/account/appointments/*/slip.pdf", "/account/certificates/**", "/certificates/**"].map((route) => [route, ["./lib/pdf/fonts/*.ttf"]]),
  ),
  // Compression belongs to the reverse proxy in front (nginx, HAProxy, a CDN), which can also cache the
  // public API for its few seconds. Gzipping a 300 KB district calendar on every request cost most of the
  // app's CPU, and Next 16 drops Content-Encoding from route handlers, so it cannot send pre-gzipped bytes.
  compress: false,
  experimental: {
    // proxy.ts refuses larger bodies first; this is the same limit where Next parses a server action.
    serverActions: { bodySizeLimit: BODY_LIMITS.page },
    proxyClientMaxBodySize: PROXY_BUFFER_BYTES,
  },
  async headers() {
    return [
      { source: "/:path*", headers: staticSecurityHeaders },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: apiContentSecurityPolicy }] },
    ];
  },
};

export default withNextIntl(nextConfig);

import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "postgres"],
  poweredByHeader: false,
  // Compression belongs to the reverse proxy in front (nginx, HAProxy, a CDN), which can also cache the
  // public API for its few seconds. Gzipping a 300 KB district calendar on every request cost most of the
  // app's CPU, and Next 16 drops Content-Encoding from route handlers, so it cannot send pre-gzipped bytes.
  compress: false,
};

export default withNextIntl(nextConfig);

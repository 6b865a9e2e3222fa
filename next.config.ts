import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "postgres"],
  poweredByHeader: false,
  // Compression belongs to the reverse proxy in front (nginx, HAProxy); the public API sends its cached
  // answers already gzipped. Next compressing every response again cost most of the API's CPU.
  compress: false,
};

export default withNextIntl(nextConfig);

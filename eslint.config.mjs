import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Pages and components reach data only through server-only entry points in lib/<domain>/, which open the
// database and hand a `db` handle to the queries (that handle is what lets one query run in a transaction
// and on both engines). Route handlers under app/api may import the database directly.
const dataAccess = {
  patterns: [
    {
      regex: "^(@/|(\\.\\.?/)+)db(/|$)",
      message: "Pages and components do not import the database: call a server-only entry point in lib/<domain>/ instead.",
    },
    {
      group: ["drizzle-orm", "drizzle-orm/*", "postgres", "@electric-sql/pglite", "@electric-sql/pglite/*"],
      message: "Pages and components do not query the database: call a server-only entry point in lib/<domain>/ instead.",
    },
  ],
};

const config = [
  ...next,
  ...nextTs,
  { ignores: [".next/**", ".data/**", "node_modules/**", "db/migrations/**", "playwright-report/**", "test-results/**"] },
  {
    files: ["app/**", "components/**"],
    ignores: ["app/api/**"],
    rules: { "no-restricted-imports": ["error", dataAccess] },
  },
];

export default config;

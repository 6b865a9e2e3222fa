import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(__dirname);
const shared = {
  resolve: {
    alias: {
      "@": root,
      // 'server-only' throws outside React Server Components; tests call the data layer directly.
      "server-only": path.join(root, "db/testing/empty-module.ts"),
    },
  },
};

export default defineConfig({
  test: {
    projects: [
      { ...shared, test: { name: "unit", include: ["**/*.test.ts"], exclude: ["**/*.db.test.ts", "node_modules/**", "e2e/**", ".next/**"] } },
      {
        ...shared,
        test: {
          name: "db-postgres",
          include: ["**/*.db.test.ts"],
          exclude: ["node_modules/**", ".next/**"],
          env: { TEST_DB_ENGINE: "postgres" },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        ...shared,
        test: {
          name: "db-pglite",
          include: ["**/*.db.test.ts"],
          exclude: ["node_modules/**", ".next/**"],
          env: { TEST_DB_ENGINE: "pglite" },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});

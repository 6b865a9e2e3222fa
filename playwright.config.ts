import { defineConfig } from "@playwright/test";

// E2E_PORT lets two checkouts run their suites side by side (each server also gets its own database).
const postgresPort = Number(process.env.E2E_PORT ?? 3100);
const embeddedPort = postgresPort + 1;
// The second country pack runs a smoke journey, so nothing country-specific can creep into the code.
const kenyaPort = postgresPort + 2;

const server = (engine: string, port: number, country: string) => ({
  command: `npx tsx e2e/server.ts ${engine} ${port} ${country}`,
  url: `http://localhost:${port}/api/health`,
  reuseExistingServer: false,
  timeout: 120_000,
  gracefulShutdown: { signal: "SIGTERM" as const, timeout: 10_000 },
  stdout: "ignore" as const,
  stderr: "pipe" as const,
});

// Behind an appending proxy with a tiny public API limit: e2e/client-address.spec.ts (profiles in e2e/server.ts).
const limitsPort = postgresPort + 3;
const limitsServer = { ...server("postgres", limitsPort, "IN"), env: { E2E_SERVER_PROFILE: "limits" } };

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  // Patience, not performance: journeys sign in several times and the 2-core machine may be busy.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    trace: "retain-on-failure",
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download is not reachable here.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
    },
  },
  // metadata.country names the server's pack; e2e/fixtures.ts serverPack() reads it.
  projects: [
    {
      name: "postgres",
      testIgnore: /(embedded|kenya|client-address)\.spec\.ts/,
      metadata: { country: "IN" },
      use: { baseURL: `http://localhost:${postgresPort}`, locale: "en-IN" },
    },
    { name: "embedded", testMatch: /embedded\.spec\.ts/, metadata: { country: "IN" }, use: { baseURL: `http://localhost:${embeddedPort}`, locale: "en-IN" } },
    { name: "kenya", testMatch: /kenya\.spec\.ts/, metadata: { country: "KE" }, use: { baseURL: `http://localhost:${kenyaPort}`, locale: "en-KE" } },
    { name: "limits", testMatch: /client-address\.spec\.ts/, metadata: { country: "IN" }, use: { baseURL: `http://localhost:${limitsPort}`, locale: "en-IN" } },
  ],
  webServer: [server("postgres", postgresPort, "IN"), server("embedded", embeddedPort, "IN"), server("postgres", kenyaPort, "KE"), limitsServer],
});

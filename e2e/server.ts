/**
 * Starts `next start` for the e2e suite on a fresh database: `tsx e2e/server.ts postgres|embedded PORT COUNTRY`.
 * The server runs in its own process group so stopping this script stops next-server too.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";

const [engine = "postgres", port = "3100", country = "IN"] = process.argv.slice(2);
const env: NodeJS.ProcessEnv = {
  ...process.env,
  PORT: port,
  VAXPORT_COUNTRY: country,
  VAXPORT_SEED: "demo",
  AUTH_SECRET: "e2e-only-secret-not-for-production",
  VAXPORT_HASH_KEY: "e2e-only-hash-key",
  // The unit tests' test-only key (a server database requires one): the verify specs sign samples with it.
  VAXPORT_CERT_SIGNING_KEY: fs.readFileSync(path.join(__dirname, "..", "lib", "certificates", "testdata", "signing-key.pem"), "utf8"),
  // A production build with the development SMS sender: the e2e suite reads codes from the sign-in page.
  VAXPORT_ALLOW_DEV_SENDER: "true",
  // The demo staff accounts (published password) are what the journeys sign in with.
  VAXPORT_ALLOW_DEMO_ACCOUNTS: "true",
  // Browsers connect directly: no proxy to trust, so per-address limits share one bucket per purpose.
  VAXPORT_TRUSTED_PROXY_HOPS: "0",
  ...profileSettings(process.env.E2E_SERVER_PROFILE),
};

/** What a profile (E2E_SERVER_PROFILE, set by playwright.config.ts) changes; none serves every journey. */
function profileSettings(profile: string | undefined): Record<string, string> {
  if (!profile) return {};
  // Behind one appending proxy (the spec starts it) with a tiny public API limit, to try to escape it.
  if (profile === "limits") {
    return {
      VAXPORT_SEED: "reference",
      VAXPORT_TRUSTED_PROXY_HOPS: "1",
      PUBLIC_API_RATE_LIMIT: "3",
      PUBLIC_API_RATE_WINDOW_SECONDS: "3600",
      PUBLIC_API_RATE_LIMIT_STATUS: "429",
    };
  }
  throw new Error(`Unknown e2e server profile ${profile}`);
}

async function freshPostgres(): Promise<string> {
  const adminUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const host = new URL(adminUrl).hostname;
  if (!["127.0.0.1", "localhost", "::1"].includes(host)) throw new Error(`Refusing a non-local e2e database: ${host}`);
  const name = `vaxport_e2e_${port}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function main() {
  if (engine === "postgres") {
    env.DATABASE_URL = await freshPostgres();
  } else {
    delete env.DATABASE_URL;
    delete env.AUTH_SECRET; // the embedded path must make and keep its own secrets
    delete env.VAXPORT_HASH_KEY;
    delete env.VAXPORT_CERT_SIGNING_KEY;
    const dir = path.join(os.tmpdir(), `vaxport-e2e-${port}`);
    fs.rmSync(dir, { recursive: true, force: true });
    env.VAXPORT_DATA_DIR = path.join(dir, "pglite");
  }
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port], { env, stdio: "inherit", detached: true });
  const stop = () => {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      /* already stopped */
    }
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  process.on("exit", stop);
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";

/**
 * Server secrets come from the environment. A server deployment must set them (shared by every instance);
 * the embedded demo makes each one on first start and keeps it beside its data, so a newcomer sets nothing.
 */
const cache = new Map<string, string>();

function persistentSecret(envName: string, fileName: string): string {
  const cached = cache.get(envName);
  if (cached) return cached;
  const secret = process.env[envName] || embeddedSecret(envName, fileName);
  cache.set(envName, secret);
  return secret;
}

function embeddedSecret(envName: string, fileName: string): string {
  if (process.env.DATABASE_URL) {
    throw new Error(`${envName} must be set when DATABASE_URL is set (generate one with: openssl rand -base64 32)`);
  }
  const dataDir = process.env.VAXPORT_DATA_DIR ? path.dirname(process.env.VAXPORT_DATA_DIR) : path.join(process.cwd(), ".data");
  const file = path.join(dataDir, fileName);
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(dataDir, { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    fs.writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
    return secret;
  }
}

/** Signs session tokens. Resolved on first use (a request), never at build time. */
export const authSecret = () => persistentSecret("AUTH_SECRET", "auth-secret");

/**
 * Keys the hashes of photo-ID numbers and OTP codes. Separate from AUTH_SECRET on purpose: rotating the
 * session secret must not orphan every stored photo-ID hash.
 */
export const hashKey = () => persistentSecret("VAXPORT_HASH_KEY", "hash-key");

import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { config, type Config } from "@/lib/config";

/**
 * Server secrets come from the environment. A server deployment must set them (shared by every instance);
 * the embedded demo makes each one on first start and keeps it beside its data, so a newcomer sets nothing.
 */
const cache = new Map<string, string>();

type SecretName = keyof Config["secrets"];

function persistentSecret(name: SecretName, fileName: string): string {
  const cached = cache.get(name);
  if (cached) return cached;
  // The configuration already refused a server database without both secrets.
  const secret = config().secrets[name] || embeddedSecret(fileName);
  cache.set(name, secret);
  return secret;
}

/** Where the embedded demo keeps what it makes on first start: beside its database, or .data/ (never committed). */
export function embeddedDataDir(): string {
  const configured = config().database.dataDir;
  return configured ? path.dirname(configured) : path.join(process.cwd(), ".data");
}

function embeddedSecret(fileName: string): string {
  const dataDir = embeddedDataDir();
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
export const authSecret = () => persistentSecret("authSecret", "auth-secret");

/**
 * Keys the hashes of photo-ID numbers and OTP codes. Separate from AUTH_SECRET on purpose: rotating the
 * session secret must not orphan every stored photo-ID hash.
 */
export const hashKey = () => persistentSecret("hashKey", "hash-key");

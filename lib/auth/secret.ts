import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";

/**
 * AUTH_SECRET signs session tokens. A server deployment must set it (and share it between instances);
 * the embedded demo makes one on first start and keeps it with its data, so a newcomer sets nothing.
 */
let cached: string | undefined;

/** Resolved on first use (a request), never at build time. */
export function authSecret(): string {
  cached ??= resolveAuthSecret();
  return cached;
}

function resolveAuthSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (process.env.DATABASE_URL) {
    throw new Error("AUTH_SECRET must be set when DATABASE_URL is set (generate one with: openssl rand -base64 32)");
  }
  const file = path.join(process.env.VAXPORT_DATA_DIR ? path.dirname(process.env.VAXPORT_DATA_DIR) : path.join(process.cwd(), ".data"), "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    fs.writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
    return secret;
  }
}

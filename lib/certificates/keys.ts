import fs from "node:fs";
import path from "node:path";
import { randomUUID, type KeyObject } from "node:crypto";
import { embeddedDataDir } from "@/lib/auth/secret";
import { config } from "@/lib/config";
import { generateSigningKeyPem, parseSigningKey, parseVerificationKeys, type Jwk, type PublishedKey } from "./key-material";
import { keyRing, type CurrentSigner, type KeyRing } from "./key-ring";

/*
 * The certificate keys of this deployment. A server deployment configures the signing key (the configuration
 * refuses a DATABASE_URL without one); the embedded demo makes a P-256 key on first use and keeps it beside
 * its data, like the other secrets in lib/auth/secret.ts. Server code only; read on first use, never at build.
 */
const KEY_FILE = "cert-signing-key.pem";
let ring: KeyRing | undefined;

/** Reads the demo key, or creates it so that two processes starting together end up with the same key. */
function embeddedSigningKeyPem(): string {
  const dataDir = embeddedDataDir();
  const file = path.join(dataDir, KEY_FILE);
  try {
    return fs.readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  fs.mkdirSync(dataDir, { recursive: true });
  // Written whole under a private name, then linked into place: link() fails with EEXIST when another process
  // won, and nobody ever reads a half-written key.
  const draft = path.join(dataDir, `.${KEY_FILE}.${randomUUID()}`);
  fs.writeFileSync(draft, generateSigningKeyPem(), { mode: 0o600, flag: "wx" });
  try {
    fs.linkSync(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    fs.unlinkSync(draft);
  }
  return fs.readFileSync(file, "utf8");
}

function loadRing(): KeyRing {
  const { signingKeyPem, signingCertificatePem, retiredKeysPem } = config().certificateKeys;
  const current = parseSigningKey(signingKeyPem ?? embeddedSigningKeyPem(), signingCertificatePem);
  return keyRing(current, retiredKeysPem ? parseVerificationKeys(retiredKeysPem) : []);
}

const theRing = () => (ring ??= loadRing());

/** The key that signs new certificates, with its DCC kid. */
export const currentSigner = (): CurrentSigner => theRing().currentSigner;

/** The current and retired public keys, for the JSON key list. */
export const publishedKeys = (): PublishedKey[] => theRing().publishedKeys;

/** The public key for a kid (base64), current or retired; undefined for a kid this deployment never had. */
export const verificationKey = (kidBase64: string): KeyObject | undefined => theRing().verificationKey(kidBase64);

/** The same keys as a JSON Web Key Set. */
export const jwks = (): { keys: Jwk[] } => theRing().jwks;

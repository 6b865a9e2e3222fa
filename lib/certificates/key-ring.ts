import type { KeyObject } from "node:crypto";
import { toJwk, toPublishedKey, type Jwk, type PublishedKey, type SigningKey, type VerificationKey } from "./key-material";

export interface CurrentSigner {
  kid: Uint8Array;
  kidBase64: string;
  privateKey: KeyObject;
}

export interface KeyRing {
  currentSigner: CurrentSigner;
  publishedKeys: PublishedKey[];
  verificationKey(kidBase64: string): KeyObject | undefined;
  jwks: { keys: Jwk[] };
}

/** The current signing key and the retired ones: what signs, what verifies, and what is published. */
export function keyRing(current: SigningKey, retired: VerificationKey[]): KeyRing {
  // A retired key listed again (or the current key listed as retired) is published once, current first.
  const seen = new Set([current.kidBase64]);
  const retiredOnly = retired.filter((key) => !seen.has(key.kidBase64) && seen.add(key.kidBase64));
  const all: VerificationKey[] = [current, ...retiredOnly];
  const byKid = new Map(all.map((key) => [key.kidBase64, key.publicKey]));
  return {
    currentSigner: { kid: current.kid, kidBase64: current.kidBase64, privateKey: current.privateKey },
    publishedKeys: [toPublishedKey(current, "current"), ...retiredOnly.map((key) => toPublishedKey(key, "retired"))],
    verificationKey: (kidBase64) => byKid.get(kidBase64),
    jwks: { keys: all.map(toJwk) },
  };
}

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { generateSigningKeyPem, parseSigningKey } from "./key-material";

// keys.ts reads the configuration once per module instance: each test sets the environment, then imports afresh.
const saved = { ...process.env };
let dataDir: string;

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "vaxport-keys-"));
  for (const name of ["DATABASE_URL", "VAXPORT_CERT_SIGNING_KEY", "VAXPORT_CERT_SIGNING_CERT", "VAXPORT_CERT_RETIRED_KEYS"]) delete process.env[name];
  process.env.VAXPORT_DATA_DIR = path.join(dataDir, "db");
  vi.resetModules();
});

afterEach(() => {
  vi.restoreAllMocks();
  process.env = { ...saved };
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const load = () => import("./keys");
const keyFile = () => path.join(dataDir, "cert-signing-key.pem");

describe("the embedded demo's signing key", () => {
  it("is made once beside the data, readable by its owner only, and found again by the next start", async () => {
    const first = (await load()).currentSigner();
    expect(fs.readdirSync(dataDir)).toEqual(["cert-signing-key.pem"]);
    expect(fs.statSync(keyFile()).mode & 0o777).toBe(0o600);
    expect(parseSigningKey(fs.readFileSync(keyFile(), "utf8")).kidBase64).toBe(first.kidBase64);

    vi.resetModules();
    expect((await load()).currentSigner().kidBase64).toBe(first.kidBase64);
  });

  it("is the other process's key when that process wrote it first", async () => {
    const theirs = generateSigningKeyPem();
    fs.writeFileSync(keyFile(), theirs, { mode: 0o600 });
    // As if our read came just before their write: we make a key, then find theirs in place.
    const reads = vi.spyOn(fs, "readFileSync").mockImplementationOnce(() => {
      throw Object.assign(new Error("ENOENT"), { code: "ENOENT" });
    });
    expect((await load()).currentSigner().kidBase64).toBe(parseSigningKey(theirs).kidBase64);
    expect(reads.mock.calls.filter(([file]) => file === keyFile())).toHaveLength(2);
    expect(fs.readdirSync(dataDir)).toEqual(["cert-signing-key.pem"]);
  });
});

describe("configured keys", () => {
  it("signs with the configured key, publishes it with the retired ones, and writes no file", async () => {
    const current = generateSigningKeyPem();
    const retired = parseSigningKey(generateSigningKeyPem());
    process.env.VAXPORT_CERT_SIGNING_KEY = current.replace(/\n/g, "\\n");
    process.env.VAXPORT_CERT_RETIRED_KEYS = retired.publicKey.export({ type: "spki", format: "pem" }).toString();
    const keys = await load();
    const kid = parseSigningKey(current).kidBase64;
    expect(keys.currentSigner().kidBase64).toBe(kid);
    expect(keys.publishedKeys().map((key) => [key.kid, key.status])).toEqual([
      [kid, "current"],
      [retired.kidBase64, "retired"],
    ]);
    expect(keys.jwks().keys.map((key) => key.kid)).toEqual([kid, retired.kidBase64]);
    expect(keys.verificationKey(retired.kidBase64)?.equals(retired.publicKey)).toBe(true);
    expect(keys.verificationKey("AAAAAAAAAAA=")).toBeUndefined();
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });
});

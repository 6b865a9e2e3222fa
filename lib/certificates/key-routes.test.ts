import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPublicKey, type JsonWebKey } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signHcert, verifyHcert } from "./dcc/hcert";
import { samplePayload } from "./dcc/test-fixtures";

// The two published key routes, called as Next calls them, on the embedded demo's generated key.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "vaxport-key-routes-"));
const saved = { ...process.env };

beforeAll(() => {
  for (const name of ["DATABASE_URL", "VAXPORT_CERT_SIGNING_KEY", "VAXPORT_CERT_SIGNING_CERT", "VAXPORT_CERT_RETIRED_KEYS"]) delete process.env[name];
  process.env.VAXPORT_DATA_DIR = path.join(dataDir, "db");
});

afterAll(() => {
  process.env = { ...saved };
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const get = async (modulePath: string, url: string) => {
  const route = (await import(modulePath)) as { GET: (request: Request, context: unknown) => Promise<Response> };
  return route.GET(new Request(url), {});
};

describe("published key routes", () => {
  it("list the current key and serve a JWKS that verifies what it signed, cacheable for five minutes", async () => {
    const list = await get("@/app/api/certificates/keys/route", "http://localhost/api/certificates/keys");
    const set = await get("@/app/.well-known/jwks.json/route", "http://localhost/.well-known/jwks.json");
    for (const response of [list, set]) {
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    }
    const { keys } = (await list.json()) as { keys: { kid: string; status: string; alg: string; publicKeyPem: string }[] };
    const { keys: jwks } = (await set.json()) as { keys: (JsonWebKey & { kid: string })[] };
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ status: "current", alg: "ES256" });
    expect(jwks.map((jwk) => jwk.kid)).toEqual([keys[0]!.kid]);

    const { currentSigner } = await import("./keys");
    const text = signHcert(samplePayload(), { signer: currentSigner(), issuerCountry: "IN", issuedAt: new Date(), expiresAt: new Date(Date.now() + 86_400_000) });
    const fromJwks = createPublicKey({ key: jwks[0]!, format: "jwk" });
    const fromList = createPublicKey(keys[0]!.publicKeyPem);
    for (const key of [fromJwks, fromList]) {
      expect(verifyHcert(text, { keys: (kid) => (kid === keys[0]!.kid ? key : undefined), now: new Date() }).ok).toBe(true);
    }
  });
});

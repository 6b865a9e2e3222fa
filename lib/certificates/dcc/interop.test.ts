import { describe, expect, it } from "vitest";
import { parseVerificationKeys } from "@/lib/certificates/key-material";
import { decodeHcert, verifyHcert } from "./hcert";
import sample from "./testdata/dgc-testdata-AT-1.json";

// A certificate another issuer wrote (Austria's published test data), with its signing certificate.
const pem = `-----BEGIN CERTIFICATE-----\n${sample.TESTCTX.CERTIFICATE}\n-----END CERTIFICATE-----`;
const [signer] = parseVerificationKeys(pem);
const clock = new Date(sample.TESTCTX.VALIDATIONCLOCK);

describe("a published EU test certificate", () => {
  it("has the kid we compute from its signing certificate", () => {
    expect(decodeHcert(sample.PREFIX).kid).toEqual(signer!.kid);
  });

  it("decodes to its published JSON and claims", () => {
    const decoded = decodeHcert(sample.PREFIX);
    expect(decoded.payload).toEqual(sample.JSON);
    expect(decoded.claims.issuer).toBe("AT");
    expect(decoded.claims.issuedAt.getTime()).toBeLessThanOrEqual(clock.getTime());
    expect(decoded.claims.expiresAt.getTime()).toBeGreaterThan(clock.getTime());
  });

  it("verifies with its published key at its validation clock", () => {
    const keys = (kid: string) => (kid === signer!.kidBase64 ? signer!.publicKey : undefined);
    expect(verifyHcert(sample.PREFIX, { keys, now: clock })).toMatchObject({ ok: true, kid: signer!.kidBase64, payload: sample.JSON });
    expect(verifyHcert(sample.PREFIX, { keys: () => undefined, now: clock })).toEqual({ ok: false, reason: "unknownKey" });
  });
});

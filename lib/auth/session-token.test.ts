import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "./principal";
import { principalFromCookies } from "./session-token";

const secret = "unit-test-secret";
const cookieName = "authjs.session-token";
const citizen: Principal = { kind: "citizen", accountId: "7b0c1f8e-0000-4000-8000-000000000001", mobile: "+919876543210" };

beforeAll(() => {
  process.env.AUTH_SECRET = secret;
});

async function cookiesWith(principalExpiresAt: number | undefined, name = cookieName) {
  const token = await encode({ token: { principal: citizen, principalExpiresAt }, secret, salt: name });
  const list = [{ name, value: token }];
  return { getAll: () => list, toString: () => `${name}=${token}` };
}

describe("principalFromCookies", () => {
  it("reads a live session", async () => {
    expect(await principalFromCookies(await cookiesWith(Date.now() + 60_000))).toEqual(citizen);
  });

  it("treats a session past its own lifetime as signed out", async () => {
    expect(await principalFromCookies(await cookiesWith(Date.now() - 1))).toBeNull();
    expect(await principalFromCookies(await cookiesWith(undefined))).toBeNull();
  });

  it("reads the __Secure- cookie used behind HTTPS", async () => {
    expect(await principalFromCookies(await cookiesWith(Date.now() + 60_000, `__Secure-${cookieName}`))).toEqual(citizen);
  });

  it("rejects a token signed with another secret", async () => {
    const token = await encode({ token: { principal: citizen, principalExpiresAt: Date.now() + 60_000 }, secret: "attacker", salt: cookieName });
    const list = [{ name: cookieName, value: token }];
    expect(await principalFromCookies({ getAll: () => list, toString: () => `${cookieName}=${token}` })).toBeNull();
  });
});

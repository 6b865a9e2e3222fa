import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accounts, staffUsers } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import type { SessionClaims } from "./session-token";
import { principalForClaims, revokeSessions } from "./session-version";

let t: TestDatabase;
let citizenClaims: SessionClaims;
let staffClaims: SessionClaims;
const inAnHour = () => Date.now() + 3_600_000;

beforeAll(async () => {
  t = await createTestDatabase();
  const [account] = await t.db.insert(accounts).values({ mobile: "+919812300001" }).returning();
  const [staff] = await t.db
    .insert(staffUsers)
    .values({ username: "nat.admin", passwordHash: "x", displayName: "Nat", role: "national_admin" })
    .returning();
  citizenClaims = { principal: { kind: "citizen", accountId: account!.id, mobile: account!.mobile }, principalExpiresAt: inAnHour(), sessionVersion: 0 };
  staffClaims = {
    principal: { kind: "staff", id: staff!.id, username: "nat.admin", name: "Nat", role: "national_admin", facilityId: null, districtId: null, stateId: null },
    principalExpiresAt: inAnHour(),
    sessionVersion: 0,
  };
});
afterAll(async () => t?.destroy());

describe("session versions", () => {
  it("a citizen's token, and every copy of it, stops working at sign-out", async () => {
    const copy = { ...citizenClaims };
    expect(await principalForClaims(t.db, citizenClaims)).toEqual(citizenClaims.principal);
    await revokeSessions(t.db, citizenClaims);
    expect(await principalForClaims(t.db, citizenClaims)).toBeNull();
    expect(await principalForClaims(t.db, copy)).toBeNull();
    // The next sign-in carries the new version and works.
    expect(await principalForClaims(t.db, { ...citizenClaims, sessionVersion: 1 })).toEqual(citizenClaims.principal);
  });

  it("a staff token stops working at sign-out, and replaying the old one revokes nothing new", async () => {
    expect(await principalForClaims(t.db, staffClaims)).toMatchObject({ kind: "staff", username: "nat.admin" });
    await revokeSessions(t.db, staffClaims);
    expect(await principalForClaims(t.db, staffClaims)).toBeNull();
    const fresh = { ...staffClaims, sessionVersion: 1 };
    await revokeSessions(t.db, staffClaims); // the signed-out copy posting sign-out again
    expect(await principalForClaims(t.db, fresh)).toMatchObject({ username: "nat.admin" });
  });

  it("deactivating a staff member revokes their sessions for good", async () => {
    const [row] = await t.db.select().from(staffUsers).where(eq(staffUsers.username, "nat.admin"));
    const live = { ...staffClaims, sessionVersion: row!.sessionVersion };
    await t.db.update(staffUsers).set({ active: false }).where(eq(staffUsers.id, row!.id));
    await t.db.update(staffUsers).set({ active: true }).where(eq(staffUsers.id, row!.id));
    expect(await principalForClaims(t.db, live)).toBeNull();
  });

  it("treats an expired token, or one without a version, as no session", async () => {
    const [row] = await t.db.select().from(accounts).where(eq(accounts.mobile, "+919812300001"));
    const live = { ...citizenClaims, sessionVersion: row!.sessionVersion };
    expect(await principalForClaims(t.db, live)).not.toBeNull();
    expect(await principalForClaims(t.db, { ...live, principalExpiresAt: Date.now() - 1 })).toBeNull();
    expect(await principalForClaims(t.db, { ...live, sessionVersion: undefined })).toBeNull();
    expect(await principalForClaims(t.db, null)).toBeNull();
  });
});

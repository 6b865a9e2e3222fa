import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, staffUsers } from "@/db/schema";
import { createFacility, createGeography } from "@/db/testing/fixtures";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { hashPassword } from "./password";
import { authenticateStaff, loadActiveStaff } from "./staff";

let t: TestDatabase;
let facilityId: number;
beforeAll(async () => {
  t = await createTestDatabase();
  const facility = await createFacility(t.db, await createGeography(t.db));
  facilityId = facility.id;
  const passwordHash = await hashPassword("right-password");
  await t.db.insert(staffUsers).values([
    { username: "asha.v", passwordHash, displayName: "Asha", role: "vaccinator", facilityId },
    { username: "gone.v", passwordHash, displayName: "Gone", role: "vaccinator", facilityId, active: false },
  ]);
});
afterAll(async () => t?.destroy());

describe("authenticateStaff", () => {
  it("signs in with the right password, whatever the username's case, and audits it", async () => {
    const { principal } = (await authenticateStaff(t.db, "  Asha.V ", "right-password", "10.0.0.1"))!;
    expect(principal).toMatchObject({ kind: "staff", username: "asha.v", role: "vaccinator", facilityId });
    const entries = await t.db.select().from(auditLog).where(and(eq(auditLog.action, "staff.sign_in"), eq(auditLog.entityId, principal.id)));
    expect(entries).toHaveLength(1);
    expect(entries[0]?.ip).toBe("10.0.0.1");
  });

  it("refuses a wrong password, an unknown user and a deactivated user alike, and audits each", async () => {
    expect(await authenticateStaff(t.db, "asha.v", "wrong-password")).toBeNull();
    expect(await authenticateStaff(t.db, "nobody", "right-password")).toBeNull();
    expect(await authenticateStaff(t.db, "gone.v", "right-password")).toBeNull();
    const refused = await t.db.select().from(auditLog).where(eq(auditLog.action, "staff.sign_in_refused"));
    expect(refused.map((entry) => (entry.summary as { username: string }).username).sort()).toEqual(["asha.v", "gone.v", "nobody"]);
  });
});

describe("loadActiveStaff", () => {
  it("sees a deactivation at once, and a reactivation does not revive the old session", async () => {
    const { principal, sessionVersion } = (await authenticateStaff(t.db, "asha.v", "right-password"))!;
    expect(await loadActiveStaff(t.db, principal.id, sessionVersion)).toMatchObject({ username: "asha.v" });
    await t.db.update(staffUsers).set({ active: false }).where(eq(staffUsers.id, principal.id));
    expect(await loadActiveStaff(t.db, principal.id, sessionVersion)).toBeNull();
    await t.db.update(staffUsers).set({ active: true }).where(eq(staffUsers.id, principal.id));
    expect(await loadActiveStaff(t.db, principal.id, sessionVersion)).toBeNull();
    const again = (await authenticateStaff(t.db, "asha.v", "right-password"))!;
    expect(again.sessionVersion).toBe(sessionVersion + 1);
    expect(await loadActiveStaff(t.db, principal.id, again.sessionVersion)).not.toBeNull();
  });
});

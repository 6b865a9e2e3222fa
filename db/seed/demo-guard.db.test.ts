import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { staffUsers } from "@/db/schema";
import { createFacility, createGeography } from "@/db/testing/fixtures";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { hashPassword } from "@/lib/auth/password";
import { demoStaffPassword } from "./demo-accounts";
import { accountsWithPublishedPassword, assertNoPublishedDemoAccounts } from "./demo-guard";

let t: TestDatabase;
const production = { production: true, allowDemoAccounts: false };

beforeAll(async () => {
  t = await createTestDatabase();
  const facility = await createFacility(t.db, await createGeography(t.db));
  const published = await hashPassword(demoStaffPassword);
  const changed = await hashPassword("a-ministry-chosen-password");
  await t.db.insert(staffUsers).values([
    { username: "national.admin", passwordHash: published, displayName: "National Admin", role: "national_admin" },
    { username: "vaccinator", passwordHash: published, displayName: "Vaccinator One", role: "vaccinator", facilityId: facility.id },
    { username: "vaccinator2", passwordHash: changed, displayName: "Vaccinator Two", role: "vaccinator", facilityId: facility.id },
    // Not a demo username: never checked, whatever its password.
    { username: "asha.v", passwordHash: published, displayName: "Asha", role: "vaccinator", facilityId: facility.id },
  ]);
});
afterAll(async () => t?.destroy());

describe("demo accounts with the published password", () => {
  it("finds the active demo accounts still on the published password, and only those", async () => {
    expect(await accountsWithPublishedPassword(t.db)).toEqual(["national.admin", "vaccinator"]);
  });

  it("stops a production start on a server database until they are changed or deactivated", async () => {
    await expect(assertNoPublishedDemoAccounts(t.db, "postgres", production)).rejects.toThrow(/national.admin, vaccinator/);
    await expect(assertNoPublishedDemoAccounts(t.db, "postgres", { ...production, allowDemoAccounts: true })).resolves.toBeUndefined();

    await t.db.update(staffUsers).set({ passwordHash: await hashPassword("changed-at-handover") }).where(eq(staffUsers.username, "national.admin"));
    await t.db.update(staffUsers).set({ active: false }).where(eq(staffUsers.username, "vaccinator"));
    expect(await accountsWithPublishedPassword(t.db)).toEqual([]);
    await expect(assertNoPublishedDemoAccounts(t.db, "postgres", production)).resolves.toBeUndefined();
  });
});

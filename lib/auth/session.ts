import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import type { StaffRole } from "@/db/schema";
import { accounts } from "@/db/schema";
import { eq } from "drizzle-orm";
import type { CitizenPrincipal, StaffPrincipal } from "./principal";
import { principalFromCookies } from "./session-token";
import { loadActiveStaff } from "./staff";

/** The signed-in staff member as stored now (not as the token remembers), or null. */
export async function currentStaff(): Promise<StaffPrincipal | null> {
  const principal = await principalFromCookies(await cookies());
  if (principal?.kind !== "staff") return null;
  return loadActiveStaff(await getDb(), principal.id);
}

/** For staff pages: sends the visitor to sign in, or home to their own area when the role does not fit. */
export async function requireStaffPage(roles?: readonly StaffRole[]): Promise<StaffPrincipal> {
  const staff = await currentStaff();
  if (!staff) redirect("/staff/sign-in");
  if (roles && !roles.includes(staff.role)) redirect("/staff");
  return staff;
}

/** The signed-in citizen, if their account still exists. */
export async function currentCitizen(): Promise<CitizenPrincipal | null> {
  const principal = await principalFromCookies(await cookies());
  if (principal?.kind !== "citizen") return null;
  const db = await getDb();
  const [account] = await db.select({ id: accounts.id, mobile: accounts.mobile }).from(accounts).where(eq(accounts.id, principal.accountId));
  return account ? { kind: "citizen", accountId: account.id, mobile: account.mobile } : null;
}

export async function requireCitizenPage(): Promise<CitizenPrincipal> {
  const citizen = await currentCitizen();
  if (!citizen) redirect("/sign-in");
  return citizen;
}

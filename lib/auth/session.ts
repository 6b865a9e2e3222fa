import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import type { StaffRole } from "@/db/schema";
import type { CitizenPrincipal, StaffPrincipal } from "./principal";
import { claimsFromCookies } from "./session-token";
import { principalForClaims } from "./session-version";

/** The signed-in staff member as stored now (not as the token remembers), or null, also after a sign-out. */
export async function currentStaff(): Promise<StaffPrincipal | null> {
  const claims = await claimsFromCookies(await cookies());
  if (claims?.principal?.kind !== "staff") return null;
  const principal = await principalForClaims(await getDb(), claims);
  return principal?.kind === "staff" ? principal : null;
}

/** For staff pages: sends the visitor to sign in, or home to their own area when the role does not fit. */
export async function requireStaffPage(roles?: readonly StaffRole[]): Promise<StaffPrincipal> {
  const staff = await currentStaff();
  if (!staff) redirect("/staff/sign-in");
  if (roles && !roles.includes(staff.role)) redirect("/staff");
  return staff;
}

/** The signed-in citizen, if their account still exists and this session was not signed out. */
export async function currentCitizen(): Promise<CitizenPrincipal | null> {
  const claims = await claimsFromCookies(await cookies());
  if (claims?.principal?.kind !== "citizen") return null;
  const principal = await principalForClaims(await getDb(), claims);
  return principal?.kind === "citizen" ? principal : null;
}

export async function requireCitizenPage(): Promise<CitizenPrincipal> {
  const citizen = await currentCitizen();
  if (!citizen) redirect("/sign-in");
  return citizen;
}

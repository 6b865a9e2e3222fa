import "server-only";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import type { StaffPrincipal } from "@/lib/auth/principal";
import { getCountryPack } from "@/lib/country";
import { queueScope } from "./desk";
import { facilityName, getTodaySession, listTodaySessions, readSessionQueue, type SessionQueue, type TodaySession } from "./queue";
import type { QueueSearch } from "./queue-search";
import { vaccinationPolicy } from "./types";
import { readVerifyPage, type VerifyPage } from "./verify-page";

// The vaccination pages' way to the data: each entry point opens the database here and filters every read
// by the signed-in staff member's facility and the country's today. Out of scope is simply not found.

function scopeOf(staff: StaffPrincipal) {
  const scope = queueScope(staff, getCountryPack().timeZone);
  if (!scope) notFound();
  return scope;
}

export async function loadTodaySessions(staff: StaffPrincipal): Promise<{ facilityName: string; today: string; sessions: TodaySession[] }> {
  const scope = scopeOf(staff);
  const db = await getDb();
  const [name, sessions] = await Promise.all([facilityName(db, scope.facilityId), listTodaySessions(db, scope)]);
  return { facilityName: name ?? "", today: scope.today, sessions };
}

export async function loadTodaySession(staff: StaffPrincipal, sessionId: string): Promise<TodaySession | null> {
  return getTodaySession(await getDb(), scopeOf(staff), sessionId);
}

export async function loadSessionQueue(staff: StaffPrincipal, sessionId: string, search: QueueSearch | null): Promise<SessionQueue | null> {
  return readSessionQueue(await getDb(), scopeOf(staff), sessionId, search);
}

export async function loadVerifyPage(staff: StaffPrincipal, sessionId: string, appointmentId: string): Promise<VerifyPage | null> {
  return readVerifyPage(await getDb(), scopeOf(staff), sessionId, appointmentId, { policy: vaccinationPolicy(getCountryPack()) });
}

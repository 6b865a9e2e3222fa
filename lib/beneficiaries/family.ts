import "server-only";
import { getDb } from "@/db";
import { getCountryPack } from "@/lib/country";
import { isoDateIn } from "@/lib/time/dates";
import { listVaccineSchedules } from "@/lib/vaccination/queries";
import { toDoseRecords, vaccinationStatus, type VaccinationStatus } from "@/lib/vaccination/rules";
import { getBeneficiary, listBeneficiaries, registeredCount, type BeneficiarySummary } from "./queries";
import { canAddMore, isPhotoIdLocked, recordFacts, removalRefusal, type RemovalRefusal } from "./rules";

// The citizen pages' way to the data: each entry point opens the database here and hands a `db` to the
// queries; what a page may offer comes from rules.ts, the same functions the commands obey.

export interface FamilyMember extends BeneficiarySummary {
  photoIdLocked: boolean;
  removalRefusal: RemovalRefusal | null;
}

export interface Family {
  members: (FamilyMember & { status: VaccinationStatus })[];
  limit: number;
  canAddMore: boolean;
}

function withRules(person: BeneficiarySummary): FamilyMember {
  const facts = recordFacts(person);
  return { ...person, photoIdLocked: isPhotoIdLocked(facts), removalRefusal: removalRefusal(facts) };
}

/** Everyone on the account, with where each stands in their vaccine's schedule today. */
export async function loadFamily(accountId: string): Promise<Family> {
  const pack = getCountryPack();
  const db = await getDb();
  const [people, schedules] = await Promise.all([listBeneficiaries(db, accountId), listVaccineSchedules(db)]);
  const today = isoDateIn(pack.timeZone);
  const limit = pack.beneficiaryLimitPerAccount;
  return {
    members: people.map((person) => ({ ...withRules(person), status: vaccinationStatus(toDoseRecords(person.doses, pack.timeZone), schedules, today) })),
    limit,
    canAddMore: canAddMore(people.length, limit),
  };
}

/** One of the account's people, or null for an unknown id and for another account's alike. */
export async function loadFamilyMember(accountId: string, beneficiaryId: string): Promise<FamilyMember | null> {
  const person = await getBeneficiary(await getDb(), accountId, beneficiaryId);
  return person ? withRules(person) : null;
}

/** Whether the account has room for one more person (said before anything is typed; the command decides). */
export async function familyHasRoom(accountId: string): Promise<boolean> {
  return canAddMore(await registeredCount(await getDb(), accountId), getCountryPack().beneficiaryLimitPerAccount);
}

import type { Refusal } from "@/lib/appointments/refusals";
import { bookingPolicy, type BookingPolicy } from "@/lib/appointments/types";
import type { StaffPrincipal } from "@/lib/auth/principal";
import type { CountryPack, PhoneRules } from "@/lib/country/types";

// What the vaccinator's commands take and answer. Results are unions the actions turn into form states.

/** Who acts, where: every command reads only this facility's rows, and only today's sessions. */
export interface VaccinatorScope {
  staffId: string;
  facilityId: number;
  ip: string | null;
}

/** A staff member with a facility acts at that facility; anyone else has no desk to act at. */
export function vaccinatorScope(staff: StaffPrincipal, ip: string | null): VaccinatorScope | null {
  return staff.facilityId === null ? null : { staffId: staff.id, facilityId: staff.facilityId, ip };
}

/** What the commands need from the country pack. */
export interface VaccinationPolicy extends BookingPolicy {
  /** Wrong security codes an appointment may take in a day before it is locked until the next. */
  maxCodeAttempts: number;
  /** ISO 3166-1 alpha-2, the country part of every certificate id (UVCI). */
  certificateCountry: string;
  /** People per account, as on the citizen path. */
  beneficiaryLimit: number;
  phone: PhoneRules;
}

export function vaccinationPolicy(pack: CountryPack): VaccinationPolicy {
  return {
    ...bookingPolicy(pack),
    maxCodeAttempts: pack.vaccination.maxCodeAttempts,
    certificateCountry: pack.certificate.country,
    beneficiaryLimit: pack.beneficiaryLimitPerAccount,
    phone: pack.phone,
  };
}

/** The clock is an input, so tests can work "today", "tomorrow" and "after the last slot". */
export interface VaccinationOptions {
  policy: VaccinationPolicy;
  now?: Date;
}

export type CertificateKind = "provisional" | "final" | "precaution";

/** Missing, another facility's, or not of a session today: all answer alike. */
export type NotFound = { ok: false; reason: "notFound" };
export type NotBooked = { ok: false; reason: "notBooked"; status: "cancelled" | "completed" | "no_show" };
/** Another facility's or another vaccine's batch, or one past its expiry. */
export type BatchUnusable = { ok: false; reason: "batchUnusable" };
export type OutOfStock = { ok: false; reason: "outOfStock" };
export type Ineligible = { ok: false; reason: "ineligible"; refusal: Refusal };

export type MarkResult =
  | { ok: true; replayed: boolean; doseId: string; doseNumber: number; certificateKind: CertificateKind }
  | NotFound
  | { ok: false; reason: "wrongCode"; attemptsLeft: number }
  | { ok: false; reason: "locked" }
  | NotBooked
  | Ineligible
  | BatchUnusable
  | OutOfStock;

export type WalkInResult =
  | { ok: true; replayed: boolean; appointmentId: string; beneficiaryId: string; referenceId: string; confirmationNumber: string }
  | NotFound
  | { ok: false; reason: "invalidMobile" }
  | { ok: false; reason: "duplicatePhotoId" }
  | { ok: false; reason: "limitReached"; limit: number }
  | { ok: false; reason: "full" }
  | Ineligible;

/** The slot (or, without one, the session's last slot) ends at `endsAt`, wall-clock "HH:MM:SS" today. */
export type NotEnded = { ok: false; reason: "notEnded"; endsAt: string };

export type NoShowResult = { ok: true; alreadyNoShow: boolean } | NotFound | NotBooked | NotEnded;

export type RemainingNoShowsResult = { ok: true; count: number } | NotFound | NotEnded;

export interface BatchRef {
  batchId: string | null;
  lot: string;
}

export type CorrectBatchResult = { ok: true; changed: boolean; before: BatchRef; after: BatchRef } | NotFound | BatchUnusable | OutOfStock;

export type AdverseEventResult =
  | { ok: true; adverseEventId: string }
  | NotFound
  /** `doseOn`: the dose's day, "YYYY-MM-DD". */
  | { ok: false; reason: "onsetBeforeDose"; doseOn: string }
  | { ok: false; reason: "onsetInFuture" };

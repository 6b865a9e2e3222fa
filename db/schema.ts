import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  json,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  time,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

// ── Settings ────────────────────────────────────────────────────────────────
/** Country-level settings and bookkeeping (which pack was seeded, when). */
export const appSettings = pgTable("app_settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  updatedAt: updatedAt(),
});

// ── Geography ───────────────────────────────────────────────────────────────
// Ids are stable integers supplied by the country pack, so public API clients can keep them.
export const states = pgTable("states", {
  id: integer("id").primaryKey(),
  name: text("name").notNull(),
  nameLocal: text("name_local"),
});

export const districts = pgTable(
  "districts",
  {
    id: integer("id").primaryKey(),
    stateId: integer("state_id").notNull().references(() => states.id),
    name: text("name").notNull(),
    nameLocal: text("name_local"),
  },
  (t) => [index("districts_state_idx").on(t.stateId, t.name)],
);

export const postalCodes = pgTable(
  "postal_codes",
  {
    code: text("code").primaryKey(),
    districtId: integer("district_id").notNull().references(() => districts.id),
    lat: doublePrecision("lat").notNull(),
    lng: doublePrecision("lng").notNull(),
  },
  (t) => [
    index("postal_codes_district_idx").on(t.districtId),
    check("postal_codes_lat_range", sql`${t.lat} between -90 and 90`),
    check("postal_codes_lng_range", sql`${t.lng} between -180 and 180`),
  ],
);

// ── Facilities ──────────────────────────────────────────────────────────────
export const facilityType = pgEnum("facility_type", ["government", "private"]);
export const feeType = pgEnum("fee_type", ["free", "paid"]);

export const facilities = pgTable(
  "facilities",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    name: text("name").notNull(),
    address: text("address").notNull(),
    block: text("block").notNull(),
    // state_id is denormalised: it is the distribution key and the admin scope filter.
    stateId: integer("state_id").notNull().references(() => states.id),
    districtId: integer("district_id").notNull().references(() => districts.id),
    postalCode: text("postal_code").notNull().references(() => postalCodes.code),
    lat: doublePrecision("lat").notNull(),
    lng: doublePrecision("lng").notNull(),
    type: facilityType("type").notNull(),
    feeType: feeType("fee_type").notNull(),
    opensAt: time("opens_at").notNull().default("09:00:00"),
    closesAt: time("closes_at").notNull().default("17:00:00"),
    active: boolean("active").notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    index("facilities_district_idx").on(t.districtId),
    index("facilities_postal_code_idx").on(t.postalCode),
    index("facilities_lat_lng_idx").on(t.lat, t.lng),
    check("facilities_hours", sql`${t.opensAt} < ${t.closesAt}`),
    check("facilities_lat_range", sql`${t.lat} between -90 and 90`),
    check("facilities_lng_range", sql`${t.lng} between -180 and 180`),
  ],
);

// ── Vaccines and schedules ──────────────────────────────────────────────────
export const vaccines = pgTable(
  "vaccines",
  {
    code: text("code").primaryKey(),
    name: text("name").notNull(),
    manufacturer: text("manufacturer").notNull(),
    primaryDoses: smallint("primary_doses").notNull(),
    dose2MinDays: integer("dose2_min_days"),
    dose2MaxDays: integer("dose2_max_days"),
    precautionMinDays: integer("precaution_min_days"),
    minAgeYears: smallint("min_age_years").notNull(),
    maxAgeYears: smallint("max_age_years"),
    mixableWith: text("mixable_with").array().notNull().default(sql`'{}'::text[]`),
    // EU DCC value-set codes: vaccine/prophylaxis (vp), medicinal product (mp), manufacturer (ma).
    dccProphylaxis: text("dcc_prophylaxis").notNull(),
    dccProduct: text("dcc_product").notNull(),
    dccManufacturer: text("dcc_manufacturer").notNull(),
    active: boolean("active").notNull().default(true),
  },
  (t) => [
    check("vaccines_primary_doses", sql`${t.primaryDoses} between 1 and 3`),
    check("vaccines_dose2_interval", sql`${t.dose2MinDays} >= 0 and (${t.dose2MaxDays} is null or ${t.dose2MaxDays} >= ${t.dose2MinDays})`),
    check("vaccines_ages", sql`${t.minAgeYears} >= 0 and (${t.maxAgeYears} is null or ${t.maxAgeYears} >= ${t.minAgeYears})`),
  ],
);

/** What a private facility charges per vaccine. */
export const facilityVaccineFees = pgTable(
  "facility_vaccine_fees",
  {
    facilityId: integer("facility_id").notNull().references(() => facilities.id, { onDelete: "cascade" }),
    vaccineCode: text("vaccine_code").notNull().references(() => vaccines.code),
    fee: integer("fee").notNull(),
  },
  (t) => [primaryKey({ columns: [t.facilityId, t.vaccineCode] }), check("facility_vaccine_fees_fee", sql`${t.fee} >= 0`)],
);

// ── Sessions and slots ──────────────────────────────────────────────────────
export const sessionStatus = pgEnum("session_status", ["scheduled", "cancelled", "closed"]);

/** `sessions.slot_seats`: [{startsAt, endsAt, capacity, booked}] with times as "HH:MM:SS". */
export type SlotSeats = { startsAt: string; endsAt: string; capacity: number; booked: number }[];

export const sessions = pgTable(
  "sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    facilityId: integer("facility_id").notNull().references(() => facilities.id),
    districtId: integer("district_id").notNull().references(() => districts.id),
    date: date("date").notNull(),
    vaccineCode: text("vaccine_code").notNull().references(() => vaccines.code),
    minAge: smallint("min_age").notNull(),
    maxAge: smallint("max_age"),
    capacityDose1: integer("capacity_dose1").notNull().default(0),
    capacityDose2: integer("capacity_dose2").notNull().default(0),
    capacityPrecaution: integer("capacity_precaution").notNull().default(0),
    bookedDose1: integer("booked_dose1").notNull().default(0),
    bookedDose2: integer("booked_dose2").notNull().default(0),
    bookedPrecaution: integer("booked_precaution").notNull().default(0),
    fee: integer("fee").notNull().default(0),
    status: sessionStatus("status").notNull().default("scheduled"),
    /**
     * The session's slots with their seats, in start order: a copy the slot triggers (migration 0007) keep in
     * step with `slots`, so availability reads take one row per session instead of aggregating its slots.
     */
    slotSeats: json("slot_seats").$type<SlotSeats>().notNull().default([]),
    /**
     * The session as a calendar answer lists it (lib/centres/cowin-shape.ts calendarSessionFields), as JSON
     * text a trigger (migration 0008) rewrites with every change to the row: a district's calendar is these
     * pieces joined, with nothing to parse, shape or stringify per session on a cache miss.
     */
    calendarJson: text("calendar_json").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [
    unique("sessions_facility_day_vaccine_age").on(t.facilityId, t.date, t.vaccineCode, t.minAge),
    index("sessions_district_date_idx").on(t.districtId, t.date),
    index("sessions_facility_date_idx").on(t.facilityId, t.date),
    check("sessions_booked_dose1", sql`${t.bookedDose1} between 0 and ${t.capacityDose1}`),
    check("sessions_booked_dose2", sql`${t.bookedDose2} between 0 and ${t.capacityDose2}`),
    check("sessions_booked_precaution", sql`${t.bookedPrecaution} between 0 and ${t.capacityPrecaution}`),
    check("sessions_ages", sql`${t.minAge} >= 0 and (${t.maxAge} is null or ${t.maxAge} >= ${t.minAge})`),
    check("sessions_fee", sql`${t.fee} >= 0`),
  ],
);

export const slots = pgTable(
  "slots",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sessionId: uuid("session_id").notNull().references(() => sessions.id, { onDelete: "cascade" }),
    startsAt: time("starts_at").notNull(),
    endsAt: time("ends_at").notNull(),
    capacity: integer("capacity").notNull(),
    booked: integer("booked").notNull().default(0),
  },
  (t) => [
    unique("slots_session_start").on(t.sessionId, t.startsAt),
    check("slots_booked", sql`${t.booked} between 0 and ${t.capacity}`),
    check("slots_window", sql`${t.startsAt} < ${t.endsAt}`),
  ],
);

// ── Accounts and beneficiaries ──────────────────────────────────────────────
export const accounts = pgTable(
  "accounts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    mobile: text("mobile").notNull().unique(), // E.164
    // Kept in step with beneficiaries by a conditional UPDATE, so the per-account limit holds under a rush.
    beneficiaryCount: integer("beneficiary_count").notNull().default(0),
    // Carried in the session token; bumping it revokes every session issued before (sign-out).
    sessionVersion: integer("session_version").notNull().default(0),
    createdAt: createdAt(),
    lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true }),
  },
  (t) => [
    check("accounts_mobile_e164", sql`${t.mobile} ~ '^\\+[1-9][0-9]{6,14}$'`),
    check("accounts_beneficiary_count", sql`${t.beneficiaryCount} >= 0`),
    check("accounts_session_version", sql`${t.sessionVersion} >= 0`),
  ],
);

export const gender = pgEnum("gender", ["male", "female", "other"]);

export const beneficiaries = pgTable(
  "beneficiaries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: uuid("account_id").notNull().references(() => accounts.id),
    referenceId: text("reference_id").notNull().unique(),
    name: text("name").notNull(),
    gender: gender("gender").notNull(),
    birthYear: smallint("birth_year").notNull(),
    photoIdType: text("photo_id_type").notNull(),
    // Keyed hash (HMAC) of the normalised ID number: uniqueness without storing the number.
    photoIdHash: text("photo_id_hash").notNull().unique(),
    photoIdLast4: text("photo_id_last4").notNull(),
    comorbidity: boolean("comorbidity").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("beneficiaries_account_idx").on(t.accountId),
    check("beneficiaries_reference_id", sql`${t.referenceId} ~ '^[0-9]{13}$'`),
    check("beneficiaries_birth_year", sql`${t.birthYear} between 1900 and 2100`),
    check("beneficiaries_last4", sql`char_length(${t.photoIdLast4}) between 1 and 4`),
  ],
);

// ── Staff ───────────────────────────────────────────────────────────────────
export const staffRole = pgEnum("staff_role", [
  "vaccinator",
  "facility_admin",
  "district_admin",
  "state_admin",
  "national_admin",
]);

export const staffUsers = pgTable(
  "staff_users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    username: text("username").notNull().unique(),
    passwordHash: text("password_hash").notNull(),
    displayName: text("display_name").notNull(),
    role: staffRole("role").notNull(),
    facilityId: integer("facility_id").references(() => facilities.id),
    districtId: integer("district_id").references(() => districts.id),
    stateId: integer("state_id").references(() => states.id),
    active: boolean("active").notNull().default(true),
    // Carried in the session token; bumped on sign-out and (by a trigger, see migrations) on deactivation.
    sessionVersion: integer("session_version").notNull().default(0),
    createdAt: createdAt(),
    lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true }),
  },
  (t) => [
    check("staff_users_username_lower", sql`${t.username} = lower(${t.username})`),
    check("staff_users_session_version", sql`${t.sessionVersion} >= 0`),
    // The scope column a role needs must be present.
    check(
      "staff_users_scope",
      sql`case ${t.role}
        when 'vaccinator' then ${t.facilityId} is not null
        when 'facility_admin' then ${t.facilityId} is not null
        when 'district_admin' then ${t.districtId} is not null
        when 'state_admin' then ${t.stateId} is not null
        else true end`,
    ),
  ],
);

// ── Appointments ────────────────────────────────────────────────────────────
export const appointmentStatus = pgEnum("appointment_status", ["booked", "cancelled", "completed", "no_show"]);
/** Which of a session's counters an appointment's seat was taken from (booked_dose1, booked_dose2, booked_precaution). */
export const capacityKind = pgEnum("capacity_kind", ["dose1", "dose2", "precaution"]);

/*
 * Seat accounting: a session's booked_<kind> counter equals the number of its appointments of that
 * capacity_kind whose status is not 'cancelled' (booked, completed and no_show all keep their seat), and
 * a slot's booked counter equals the number of its appointments that are not cancelled. Booking, moving
 * and cancelling change the counters and the rows in one transaction; lib/appointments/invariants.ts checks it.
 */
export const appointments = pgTable(
  "appointments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    beneficiaryId: uuid("beneficiary_id").notNull().references(() => beneficiaries.id),
    sessionId: uuid("session_id").notNull().references(() => sessions.id),
    slotId: uuid("slot_id").references(() => slots.id),
    districtId: integer("district_id").notNull().references(() => districts.id),
    doseNumber: smallint("dose_number").notNull(),
    // Stored, not recomputed: a cancel must give back the very counter the booking took, even if the
    // vaccine table changed since. Dose 1 always takes a dose-1 seat, hence the default and the check.
    capacityKind: capacityKind("capacity_kind").notNull().default("dose1"),
    status: appointmentStatus("status").notNull().default("booked"),
    confirmationNumber: text("confirmation_number").notNull().unique(),
    securityCode: text("security_code").notNull(),
    rescheduleCount: smallint("reschedule_count").notNull().default(0),
    // The client's idempotency key: a retried booking request finds the rows it made instead of booking twice.
    bookingKey: text("booking_key"),
    // Registered at the centre by a vaccinator: the person stands at the desk, so no security code is asked.
    walkIn: boolean("walk_in").notNull().default(false),
    // Wrong security codes entered on `code_failures_on` (the country's date); a new day starts from zero.
    codeFailures: smallint("code_failures").notNull().default(0),
    codeFailuresOn: date("code_failures_on"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
  },
  (t) => [
    // One live appointment per beneficiary and dose; cancelled and no-show ones free the way.
    uniqueIndex("appointments_one_active_per_dose")
      .on(t.beneficiaryId, t.doseNumber)
      .where(sql`${t.status} in ('booked', 'completed')`),
    // Per beneficiary, not global: one account's key can never collide with, or reveal, another's.
    uniqueIndex("appointments_beneficiary_booking_key").on(t.beneficiaryId, t.bookingKey),
    // A walk-in's key is the vaccinator's form key: unique per session, so a retried registration finds its rows.
    uniqueIndex("appointments_walk_in_key").on(t.sessionId, t.bookingKey).where(sql`${t.walkIn}`),
    index("appointments_session_status_idx").on(t.sessionId, t.status),
    check("appointments_dose_number", sql`${t.doseNumber} between 1 and 9`),
    check("appointments_capacity_kind", sql`(${t.doseNumber} = 1) = (${t.capacityKind} = 'dose1')`),
    check("appointments_security_code", sql`${t.securityCode} ~ '^[0-9]{4}$'`),
    check("appointments_reschedule_count", sql`${t.rescheduleCount} >= 0`),
    check("appointments_booking_key_format", sql`${t.bookingKey} ~ '^[A-Za-z0-9_-]{8,64}$'`),
    check("appointments_code_failures", sql`${t.codeFailures} >= 0`),
  ],
);

// ── Stock ───────────────────────────────────────────────────────────────────
export const stockBatches = pgTable(
  "stock_batches",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    facilityId: integer("facility_id").notNull().references(() => facilities.id),
    vaccineCode: text("vaccine_code").notNull().references(() => vaccines.code),
    lot: text("lot").notNull(),
    expiresOn: date("expires_on").notNull(),
    dosesReceived: integer("doses_received").notNull(),
    dosesUsed: integer("doses_used").notNull().default(0),
    dosesWasted: integer("doses_wasted").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    unique("stock_batches_facility_vaccine_lot").on(t.facilityId, t.vaccineCode, t.lot),
    check("stock_batches_counts", sql`${t.dosesUsed} >= 0 and ${t.dosesWasted} >= 0 and ${t.dosesUsed} + ${t.dosesWasted} <= ${t.dosesReceived}`),
  ],
);

// ── Doses (vaccination events) ──────────────────────────────────────────────
export const doses = pgTable(
  "doses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    beneficiaryId: uuid("beneficiary_id").notNull().references(() => beneficiaries.id),
    doseNumber: smallint("dose_number").notNull(),
    // Dose order lives in the database: dose n > 1 must reference the same beneficiary's dose n - 1.
    previousDoseNumber: smallint("previous_dose_number").generatedAlwaysAs(
      sql`case when dose_number > 1 then dose_number - 1 end`,
    ),
    vaccineCode: text("vaccine_code").notNull().references(() => vaccines.code),
    stockBatchId: uuid("stock_batch_id").references(() => stockBatches.id),
    lot: text("lot").notNull(),
    facilityId: integer("facility_id").notNull().references(() => facilities.id),
    sessionId: uuid("session_id").references(() => sessions.id),
    appointmentId: uuid("appointment_id").unique().references(() => appointments.id),
    vaccinatorId: uuid("vaccinator_id").references(() => staffUsers.id),
    administeredAt: timestamp("administered_at", { withTimezone: true }).notNull(),
    // A retried "mark dose" request carries the same key and finds the row already there.
    idempotencyKey: text("idempotency_key").unique(),
    createdAt: createdAt(),
  },
  (t) => [
    unique("doses_beneficiary_dose").on(t.beneficiaryId, t.doseNumber),
    foreignKey({
      name: "doses_previous_dose_fk",
      columns: [t.beneficiaryId, t.previousDoseNumber],
      foreignColumns: [t.beneficiaryId, t.doseNumber],
    }),
    index("doses_facility_administered_idx").on(t.facilityId, t.administeredAt),
    index("doses_stock_batch_idx").on(t.stockBatchId),
    check("doses_dose_number", sql`${t.doseNumber} between 1 and 9`),
  ],
);

// ── Certificates ────────────────────────────────────────────────────────────
export const certificateKind = pgEnum("certificate_kind", ["provisional", "final", "precaution"]);

/**
 * One certificate per dose a person holds: it states that dose (the DCC carries the latest) and its document lists
 * every dose before it. A correction (a dose's batch fixed) issues a new certificate that names the one it replaces;
 * the old one is superseded, and verifiers who scan it are told so. Only one live certificate per dose.
 */
export const certificates = pgTable(
  "certificates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    beneficiaryId: uuid("beneficiary_id").notNull().references(() => beneficiaries.id),
    certificateId: text("certificate_id").notNull().unique(), // UVCI
    kind: certificateKind("kind").notNull(),
    doseNumber: smallint("dose_number").notNull(),
    issuedAt: timestamp("issued_at", { withTimezone: true }).notNull().defaultNow(),
    // Null until the certificate document is made: issuing it signs with the key then current and records its id.
    signingKeyId: text("signing_key_id"),
    replacesCertificateId: text("replaces_certificate_id").references((): AnyPgColumn => certificates.certificateId),
    supersededAt: timestamp("superseded_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revocationReason: text("revocation_reason"),
  },
  (t) => [
    uniqueIndex("certificates_live_beneficiary_dose").on(t.beneficiaryId, t.doseNumber).where(sql`${t.supersededAt} is null`),
    uniqueIndex("certificates_replaces").on(t.replacesCertificateId),
    index("certificates_revoked_idx").on(t.revokedAt).where(sql`${t.revokedAt} is not null`),
    check("certificates_revocation", sql`(${t.revokedAt} is null) = (${t.revocationReason} is null)`),
  ],
);

// ── Adverse events following immunization (AEFI) ────────────────────────────
export const aefiSeverity = pgEnum("aefi_severity", ["minor", "severe", "serious"]);

export const adverseEvents = pgTable(
  "adverse_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    doseId: uuid("dose_id").notNull().references(() => doses.id),
    severity: aefiSeverity("severity").notNull(),
    // When the symptoms began (the country's date); never before the dose's day (checked by the command).
    onsetOn: date("onset_on").notNull(),
    notes: text("notes").notNull().default(""),
    reportedBy: uuid("reported_by").notNull().references(() => staffUsers.id),
    createdAt: createdAt(),
  },
  (t) => [index("adverse_events_dose_idx").on(t.doseId), check("adverse_events_notes_length", sql`char_length(${t.notes}) <= 1000`)],
);

// ── OTP challenges ──────────────────────────────────────────────────────────
export const otpChallenges = pgTable(
  "otp_challenges",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    mobile: text("mobile").notNull(),
    codeHash: text("code_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    attempts: smallint("attempts").notNull().default(0),
    consumedAt: timestamp("consumed_at", { withTimezone: true }),
    requestIp: text("request_ip"),
    createdAt: createdAt(),
  },
  (t) => [
    index("otp_challenges_mobile_created_idx").on(t.mobile, t.createdAt),
    check("otp_challenges_attempts", sql`${t.attempts} >= 0`),
  ],
);

// ── Rate limits ─────────────────────────────────────────────────────────────
/** Fixed-window counters shared by every app instance (the Redis store replaces this when REDIS_URL is set). */
export const rateLimits = pgTable(
  "rate_limits",
  {
    key: text("key").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    hits: integer("hits").notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] }), index("rate_limits_window_idx").on(t.windowStart)],
);

/**
 * Staff sign-in attempts per (username, client address) since the last success there, and until when that
 * pair must wait. Per pair, so failures from one address never lock the owner out at another.
 */
export const staffSignInAttempts = pgTable(
  "staff_sign_in_attempts",
  {
    username: text("username").notNull(),
    address: text("address").notNull(),
    failures: integer("failures").notNull().default(0),
    lastAttemptAt: timestamp("last_attempt_at", { withTimezone: true }).notNull(),
    blockedUntil: timestamp("blocked_until", { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.username, t.address] }),
    index("staff_sign_in_attempts_last_idx").on(t.lastAttemptAt),
    check("staff_sign_in_attempts_failures", sql`${t.failures} >= 0`),
  ],
);

// ── Outgoing messages ───────────────────────────────────────────────────────
export const messageStatus = pgEnum("message_status", ["sent", "failed"]);

/** What the development sender "sent" (nothing lists it; the visitor sees only their own code); real gateways keep no copy. */
export const messageOutbox = pgTable(
  "message_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    recipient: text("recipient").notNull(),
    body: text("body").notNull(),
    status: messageStatus("status").notNull().default("sent"),
    createdAt: createdAt(),
  },
  (t) => [index("message_outbox_recipient_idx").on(t.recipient, t.createdAt)],
);

// ── Audit log ───────────────────────────────────────────────────────────────
export const actorType = pgEnum("actor_type", ["staff", "citizen", "system"]);

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    actorType: actorType("actor_type").notNull(),
    actorId: text("actor_id"),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id"),
    ip: text("ip"),
    summary: jsonb("summary"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("audit_log_entity_idx").on(t.entityType, t.entityId), index("audit_log_at_idx").on(t.at)],
);

export type State = typeof states.$inferSelect;
export type District = typeof districts.$inferSelect;
export type PostalCode = typeof postalCodes.$inferSelect;
export type Facility = typeof facilities.$inferSelect;
export type NewFacility = typeof facilities.$inferInsert;
export type Vaccine = typeof vaccines.$inferSelect;
export type NewVaccine = typeof vaccines.$inferInsert;
export type Session = typeof sessions.$inferSelect;
export type NewSession = typeof sessions.$inferInsert;
export type Slot = typeof slots.$inferSelect;
export type Account = typeof accounts.$inferSelect;
export type Beneficiary = typeof beneficiaries.$inferSelect;
export type NewBeneficiary = typeof beneficiaries.$inferInsert;
export type StaffUser = typeof staffUsers.$inferSelect;
export type NewStaffUser = typeof staffUsers.$inferInsert;
export type StaffRole = (typeof staffRole.enumValues)[number];
export type Appointment = typeof appointments.$inferSelect;
export type NewAppointment = typeof appointments.$inferInsert;
export type CapacityKind = (typeof capacityKind.enumValues)[number];
export type Dose = typeof doses.$inferSelect;
export type NewDose = typeof doses.$inferInsert;
export type Certificate = typeof certificates.$inferSelect;
export type AdverseEvent = typeof adverseEvents.$inferSelect;
export type AefiSeverity = (typeof aefiSeverity.enumValues)[number];
export type StockBatch = typeof stockBatches.$inferSelect;
export type NewStockBatch = typeof stockBatches.$inferInsert;
export type OtpChallenge = typeof otpChallenges.$inferSelect;
export type OutboxMessage = typeof messageOutbox.$inferSelect;
export type AuditEntry = typeof auditLog.$inferInsert;

CREATE TYPE "public"."actor_type" AS ENUM('staff', 'citizen', 'system');--> statement-breakpoint
CREATE TYPE "public"."appointment_status" AS ENUM('booked', 'cancelled', 'completed', 'no_show');--> statement-breakpoint
CREATE TYPE "public"."certificate_kind" AS ENUM('provisional', 'final', 'booster');--> statement-breakpoint
CREATE TYPE "public"."facility_type" AS ENUM('government', 'private');--> statement-breakpoint
CREATE TYPE "public"."fee_type" AS ENUM('free', 'paid');--> statement-breakpoint
CREATE TYPE "public"."gender" AS ENUM('male', 'female', 'other');--> statement-breakpoint
CREATE TYPE "public"."session_status" AS ENUM('scheduled', 'cancelled', 'closed');--> statement-breakpoint
CREATE TYPE "public"."staff_role" AS ENUM('vaccinator', 'facility_admin', 'district_admin', 'state_admin', 'national_admin');--> statement-breakpoint
CREATE TABLE "accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mobile" text NOT NULL,
	"beneficiary_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_sign_in_at" timestamp with time zone,
	CONSTRAINT "accounts_mobile_unique" UNIQUE("mobile"),
	CONSTRAINT "accounts_mobile_e164" CHECK ("accounts"."mobile" ~ '^\+[1-9][0-9]{6,14}$'),
	CONSTRAINT "accounts_beneficiary_count" CHECK ("accounts"."beneficiary_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "app_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appointments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"beneficiary_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"slot_id" uuid,
	"district_id" integer NOT NULL,
	"dose_number" smallint NOT NULL,
	"status" "appointment_status" DEFAULT 'booked' NOT NULL,
	"confirmation_number" text NOT NULL,
	"security_code" text NOT NULL,
	"reschedule_count" smallint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "appointments_confirmation_number_unique" UNIQUE("confirmation_number"),
	CONSTRAINT "appointments_dose_number" CHECK ("appointments"."dose_number" between 1 and 9),
	CONSTRAINT "appointments_security_code" CHECK ("appointments"."security_code" ~ '^[0-9]{4}$'),
	CONSTRAINT "appointments_reschedule_count" CHECK ("appointments"."reschedule_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"actor_type" "actor_type" NOT NULL,
	"actor_id" text,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"ip" text,
	"summary" jsonb,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "beneficiaries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"reference_id" text NOT NULL,
	"name" text NOT NULL,
	"gender" "gender" NOT NULL,
	"birth_year" smallint NOT NULL,
	"photo_id_type" text NOT NULL,
	"photo_id_hash" text NOT NULL,
	"photo_id_last4" text NOT NULL,
	"comorbidity" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "beneficiaries_reference_id_unique" UNIQUE("reference_id"),
	CONSTRAINT "beneficiaries_photo_id_hash_unique" UNIQUE("photo_id_hash"),
	CONSTRAINT "beneficiaries_reference_id" CHECK ("beneficiaries"."reference_id" ~ '^[0-9]{13}$'),
	CONSTRAINT "beneficiaries_birth_year" CHECK ("beneficiaries"."birth_year" between 1900 and 2100),
	CONSTRAINT "beneficiaries_last4" CHECK (char_length("beneficiaries"."photo_id_last4") between 1 and 4)
);
--> statement-breakpoint
CREATE TABLE "certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"beneficiary_id" uuid NOT NULL,
	"certificate_id" text NOT NULL,
	"kind" "certificate_kind" NOT NULL,
	"dose_number" smallint NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"signing_key_id" text NOT NULL,
	"revoked_at" timestamp with time zone,
	"revocation_reason" text,
	CONSTRAINT "certificates_certificate_id_unique" UNIQUE("certificate_id"),
	CONSTRAINT "certificates_beneficiary_dose" UNIQUE("beneficiary_id","dose_number"),
	CONSTRAINT "certificates_revocation" CHECK (("certificates"."revoked_at" is null) = ("certificates"."revocation_reason" is null))
);
--> statement-breakpoint
CREATE TABLE "districts" (
	"id" integer PRIMARY KEY NOT NULL,
	"state_id" integer NOT NULL,
	"name" text NOT NULL,
	"name_local" text
);
--> statement-breakpoint
CREATE TABLE "doses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"beneficiary_id" uuid NOT NULL,
	"dose_number" smallint NOT NULL,
	"previous_dose_number" smallint GENERATED ALWAYS AS (case when dose_number > 1 then dose_number - 1 end) STORED,
	"vaccine_code" text NOT NULL,
	"stock_batch_id" uuid,
	"lot" text NOT NULL,
	"facility_id" integer NOT NULL,
	"session_id" uuid,
	"appointment_id" uuid,
	"vaccinator_id" uuid,
	"administered_at" timestamp with time zone NOT NULL,
	"idempotency_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "doses_appointment_id_unique" UNIQUE("appointment_id"),
	CONSTRAINT "doses_idempotency_key_unique" UNIQUE("idempotency_key"),
	CONSTRAINT "doses_beneficiary_dose" UNIQUE("beneficiary_id","dose_number"),
	CONSTRAINT "doses_dose_number" CHECK ("doses"."dose_number" between 1 and 9)
);
--> statement-breakpoint
CREATE TABLE "facilities" (
	"id" integer PRIMARY KEY GENERATED BY DEFAULT AS IDENTITY (sequence name "facilities_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"address" text NOT NULL,
	"block" text NOT NULL,
	"state_id" integer NOT NULL,
	"district_id" integer NOT NULL,
	"postal_code" text NOT NULL,
	"lat" double precision NOT NULL,
	"lng" double precision NOT NULL,
	"type" "facility_type" NOT NULL,
	"fee_type" "fee_type" NOT NULL,
	"opens_at" time DEFAULT '09:00:00' NOT NULL,
	"closes_at" time DEFAULT '17:00:00' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "facilities_hours" CHECK ("facilities"."opens_at" < "facilities"."closes_at"),
	CONSTRAINT "facilities_lat_range" CHECK ("facilities"."lat" between -90 and 90),
	CONSTRAINT "facilities_lng_range" CHECK ("facilities"."lng" between -180 and 180)
);
--> statement-breakpoint
CREATE TABLE "facility_vaccine_fees" (
	"facility_id" integer NOT NULL,
	"vaccine_code" text NOT NULL,
	"fee" integer NOT NULL,
	CONSTRAINT "facility_vaccine_fees_facility_id_vaccine_code_pk" PRIMARY KEY("facility_id","vaccine_code"),
	CONSTRAINT "facility_vaccine_fees_fee" CHECK ("facility_vaccine_fees"."fee" >= 0)
);
--> statement-breakpoint
CREATE TABLE "otp_challenges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mobile" text NOT NULL,
	"code_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"attempts" smallint DEFAULT 0 NOT NULL,
	"consumed_at" timestamp with time zone,
	"request_ip" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "otp_challenges_attempts" CHECK ("otp_challenges"."attempts" >= 0)
);
--> statement-breakpoint
CREATE TABLE "postal_codes" (
	"code" text PRIMARY KEY NOT NULL,
	"district_id" integer NOT NULL,
	"lat" double precision NOT NULL,
	"lng" double precision NOT NULL,
	CONSTRAINT "postal_codes_lat_range" CHECK ("postal_codes"."lat" between -90 and 90),
	CONSTRAINT "postal_codes_lng_range" CHECK ("postal_codes"."lng" between -180 and 180)
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"facility_id" integer NOT NULL,
	"district_id" integer NOT NULL,
	"date" date NOT NULL,
	"vaccine_code" text NOT NULL,
	"min_age" smallint NOT NULL,
	"max_age" smallint,
	"capacity_dose1" integer DEFAULT 0 NOT NULL,
	"capacity_dose2" integer DEFAULT 0 NOT NULL,
	"capacity_precaution" integer DEFAULT 0 NOT NULL,
	"booked_dose1" integer DEFAULT 0 NOT NULL,
	"booked_dose2" integer DEFAULT 0 NOT NULL,
	"booked_precaution" integer DEFAULT 0 NOT NULL,
	"fee" integer DEFAULT 0 NOT NULL,
	"status" "session_status" DEFAULT 'scheduled' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sessions_facility_day_vaccine_age" UNIQUE("facility_id","date","vaccine_code","min_age"),
	CONSTRAINT "sessions_booked_dose1" CHECK ("sessions"."booked_dose1" between 0 and "sessions"."capacity_dose1"),
	CONSTRAINT "sessions_booked_dose2" CHECK ("sessions"."booked_dose2" between 0 and "sessions"."capacity_dose2"),
	CONSTRAINT "sessions_booked_precaution" CHECK ("sessions"."booked_precaution" between 0 and "sessions"."capacity_precaution"),
	CONSTRAINT "sessions_ages" CHECK ("sessions"."min_age" >= 0 and ("sessions"."max_age" is null or "sessions"."max_age" >= "sessions"."min_age")),
	CONSTRAINT "sessions_fee" CHECK ("sessions"."fee" >= 0)
);
--> statement-breakpoint
CREATE TABLE "slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"starts_at" time NOT NULL,
	"ends_at" time NOT NULL,
	"capacity" integer NOT NULL,
	"booked" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "slots_session_start" UNIQUE("session_id","starts_at"),
	CONSTRAINT "slots_booked" CHECK ("slots"."booked" between 0 and "slots"."capacity"),
	CONSTRAINT "slots_window" CHECK ("slots"."starts_at" < "slots"."ends_at")
);
--> statement-breakpoint
CREATE TABLE "staff_users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" text NOT NULL,
	"password_hash" text NOT NULL,
	"display_name" text NOT NULL,
	"role" "staff_role" NOT NULL,
	"facility_id" integer,
	"district_id" integer,
	"state_id" integer,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_sign_in_at" timestamp with time zone,
	CONSTRAINT "staff_users_username_unique" UNIQUE("username"),
	CONSTRAINT "staff_users_username_lower" CHECK ("staff_users"."username" = lower("staff_users"."username")),
	CONSTRAINT "staff_users_scope" CHECK (case "staff_users"."role"
        when 'vaccinator' then "staff_users"."facility_id" is not null
        when 'facility_admin' then "staff_users"."facility_id" is not null
        when 'district_admin' then "staff_users"."district_id" is not null
        when 'state_admin' then "staff_users"."state_id" is not null
        else true end)
);
--> statement-breakpoint
CREATE TABLE "states" (
	"id" integer PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_local" text
);
--> statement-breakpoint
CREATE TABLE "stock_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"facility_id" integer NOT NULL,
	"vaccine_code" text NOT NULL,
	"lot" text NOT NULL,
	"expires_on" date NOT NULL,
	"doses_received" integer NOT NULL,
	"doses_used" integer DEFAULT 0 NOT NULL,
	"doses_wasted" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stock_batches_facility_vaccine_lot" UNIQUE("facility_id","vaccine_code","lot"),
	CONSTRAINT "stock_batches_counts" CHECK ("stock_batches"."doses_used" >= 0 and "stock_batches"."doses_wasted" >= 0 and "stock_batches"."doses_used" + "stock_batches"."doses_wasted" <= "stock_batches"."doses_received")
);
--> statement-breakpoint
CREATE TABLE "vaccines" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"manufacturer" text NOT NULL,
	"primary_doses" smallint NOT NULL,
	"dose2_min_days" integer,
	"dose2_max_days" integer,
	"precaution_min_days" integer,
	"min_age_years" smallint NOT NULL,
	"max_age_years" smallint,
	"mixable_with" text[] DEFAULT '{}'::text[] NOT NULL,
	"dcc_prophylaxis" text NOT NULL,
	"dcc_product" text NOT NULL,
	"dcc_manufacturer" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "vaccines_primary_doses" CHECK ("vaccines"."primary_doses" between 1 and 3),
	CONSTRAINT "vaccines_dose2_interval" CHECK ("vaccines"."dose2_min_days" >= 0 and ("vaccines"."dose2_max_days" is null or "vaccines"."dose2_max_days" >= "vaccines"."dose2_min_days")),
	CONSTRAINT "vaccines_ages" CHECK ("vaccines"."min_age_years" >= 0 and ("vaccines"."max_age_years" is null or "vaccines"."max_age_years" >= "vaccines"."min_age_years"))
);
--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_beneficiary_id_beneficiaries_id_fk" FOREIGN KEY ("beneficiary_id") REFERENCES "public"."beneficiaries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_slot_id_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."slots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beneficiaries" ADD CONSTRAINT "beneficiaries_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_beneficiary_id_beneficiaries_id_fk" FOREIGN KEY ("beneficiary_id") REFERENCES "public"."beneficiaries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "districts" ADD CONSTRAINT "districts_state_id_states_id_fk" FOREIGN KEY ("state_id") REFERENCES "public"."states"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "doses" ADD CONSTRAINT "doses_beneficiary_id_beneficiaries_id_fk" FOREIGN KEY ("beneficiary_id") REFERENCES "public"."beneficiaries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "doses" ADD CONSTRAINT "doses_vaccine_code_vaccines_code_fk" FOREIGN KEY ("vaccine_code") REFERENCES "public"."vaccines"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "doses" ADD CONSTRAINT "doses_stock_batch_id_stock_batches_id_fk" FOREIGN KEY ("stock_batch_id") REFERENCES "public"."stock_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "doses" ADD CONSTRAINT "doses_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "doses" ADD CONSTRAINT "doses_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "doses" ADD CONSTRAINT "doses_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "doses" ADD CONSTRAINT "doses_vaccinator_id_staff_users_id_fk" FOREIGN KEY ("vaccinator_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "doses" ADD CONSTRAINT "doses_previous_dose_fk" FOREIGN KEY ("beneficiary_id","previous_dose_number") REFERENCES "public"."doses"("beneficiary_id","dose_number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilities" ADD CONSTRAINT "facilities_state_id_states_id_fk" FOREIGN KEY ("state_id") REFERENCES "public"."states"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilities" ADD CONSTRAINT "facilities_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilities" ADD CONSTRAINT "facilities_postal_code_postal_codes_code_fk" FOREIGN KEY ("postal_code") REFERENCES "public"."postal_codes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_vaccine_fees" ADD CONSTRAINT "facility_vaccine_fees_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_vaccine_fees" ADD CONSTRAINT "facility_vaccine_fees_vaccine_code_vaccines_code_fk" FOREIGN KEY ("vaccine_code") REFERENCES "public"."vaccines"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "postal_codes" ADD CONSTRAINT "postal_codes_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_vaccine_code_vaccines_code_fk" FOREIGN KEY ("vaccine_code") REFERENCES "public"."vaccines"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slots" ADD CONSTRAINT "slots_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_users" ADD CONSTRAINT "staff_users_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_users" ADD CONSTRAINT "staff_users_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_users" ADD CONSTRAINT "staff_users_state_id_states_id_fk" FOREIGN KEY ("state_id") REFERENCES "public"."states"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_batches" ADD CONSTRAINT "stock_batches_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_batches" ADD CONSTRAINT "stock_batches_vaccine_code_vaccines_code_fk" FOREIGN KEY ("vaccine_code") REFERENCES "public"."vaccines"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "appointments_one_active_per_dose" ON "appointments" USING btree ("beneficiary_id","dose_number") WHERE "appointments"."status" in ('booked', 'completed');--> statement-breakpoint
CREATE INDEX "appointments_session_status_idx" ON "appointments" USING btree ("session_id","status");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "beneficiaries_account_idx" ON "beneficiaries" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "districts_state_idx" ON "districts" USING btree ("state_id","name");--> statement-breakpoint
CREATE INDEX "doses_facility_administered_idx" ON "doses" USING btree ("facility_id","administered_at");--> statement-breakpoint
CREATE INDEX "facilities_district_idx" ON "facilities" USING btree ("district_id");--> statement-breakpoint
CREATE INDEX "facilities_postal_code_idx" ON "facilities" USING btree ("postal_code");--> statement-breakpoint
CREATE INDEX "facilities_lat_lng_idx" ON "facilities" USING btree ("lat","lng");--> statement-breakpoint
CREATE INDEX "otp_challenges_mobile_created_idx" ON "otp_challenges" USING btree ("mobile","created_at");--> statement-breakpoint
CREATE INDEX "postal_codes_district_idx" ON "postal_codes" USING btree ("district_id");--> statement-breakpoint
CREATE INDEX "sessions_district_date_idx" ON "sessions" USING btree ("district_id","date");--> statement-breakpoint
CREATE INDEX "sessions_facility_date_idx" ON "sessions" USING btree ("facility_id","date");
CREATE TYPE "public"."capacity_kind" AS ENUM('dose1', 'dose2', 'precaution');--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "capacity_kind" "capacity_kind" DEFAULT 'dose1' NOT NULL;--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "booking_key" text;--> statement-breakpoint
CREATE UNIQUE INDEX "appointments_beneficiary_booking_key" ON "appointments" USING btree ("beneficiary_id","booking_key");--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_capacity_kind" CHECK (("appointments"."dose_number" = 1) = ("appointments"."capacity_kind" = 'dose1'));--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_booking_key_format" CHECK ("appointments"."booking_key" ~ '^[A-Za-z0-9_-]{8,64}$');
CREATE TYPE "public"."aefi_severity" AS ENUM('minor', 'severe', 'serious');--> statement-breakpoint
CREATE TABLE "adverse_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dose_id" uuid NOT NULL,
	"severity" "aefi_severity" NOT NULL,
	"onset_on" date NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"reported_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "adverse_events_notes_length" CHECK (char_length("adverse_events"."notes") <= 1000)
);
--> statement-breakpoint
-- A dose creates its certificate record at once; the certificate issue signs when the document is made and fills this in.
ALTER TABLE "certificates" ALTER COLUMN "signing_key_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "walk_in" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "code_failures" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "code_failures_on" date;--> statement-breakpoint
ALTER TABLE "adverse_events" ADD CONSTRAINT "adverse_events_dose_id_doses_id_fk" FOREIGN KEY ("dose_id") REFERENCES "public"."doses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adverse_events" ADD CONSTRAINT "adverse_events_reported_by_staff_users_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "adverse_events_dose_idx" ON "adverse_events" USING btree ("dose_id");--> statement-breakpoint
CREATE UNIQUE INDEX "appointments_walk_in_key" ON "appointments" USING btree ("session_id","booking_key") WHERE "appointments"."walk_in";--> statement-breakpoint
CREATE INDEX "doses_stock_batch_idx" ON "doses" USING btree ("stock_batch_id");--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_code_failures" CHECK ("appointments"."code_failures" >= 0);
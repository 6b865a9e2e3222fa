ALTER TABLE "certificates" DROP CONSTRAINT "certificates_beneficiary_dose";--> statement-breakpoint
-- Renamed in place, so certificates already issued keep their kind.
ALTER TYPE "public"."certificate_kind" RENAME VALUE 'booster' TO 'precaution';--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "replaces_certificate_id" text;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "superseded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_replaces_certificate_id_certificates_certificate_id_fk" FOREIGN KEY ("replaces_certificate_id") REFERENCES "public"."certificates"("certificate_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_live_beneficiary_dose" ON "certificates" USING btree ("beneficiary_id","dose_number") WHERE "certificates"."superseded_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_replaces" ON "certificates" USING btree ("replaces_certificate_id");--> statement-breakpoint
CREATE INDEX "certificates_revoked_idx" ON "certificates" USING btree ("revoked_at") WHERE "certificates"."revoked_at" is not null;
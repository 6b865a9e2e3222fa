CREATE TABLE "staff_sign_in_attempts" (
	"username" text NOT NULL,
	"address" text NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"last_attempt_at" timestamp with time zone NOT NULL,
	"blocked_until" timestamp with time zone NOT NULL,
	CONSTRAINT "staff_sign_in_attempts_username_address_pk" PRIMARY KEY("username","address"),
	CONSTRAINT "staff_sign_in_attempts_failures" CHECK ("staff_sign_in_attempts"."failures" >= 0)
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "session_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "staff_users" ADD COLUMN "session_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "staff_sign_in_attempts_last_idx" ON "staff_sign_in_attempts" USING btree ("last_attempt_at");--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_session_version" CHECK ("accounts"."session_version" >= 0);--> statement-breakpoint
ALTER TABLE "staff_users" ADD CONSTRAINT "staff_users_session_version" CHECK ("staff_users"."session_version" >= 0);
-- Availability reads took ~30 of their ~35 ms aggregating each session's slots (EXPLAIN ANALYZE on the
-- national-shape dataset: a correlated json_agg over slots for ~700 sessions per district-week). Each session
-- now carries its slots' seats, kept in step by statement-level triggers on slots, whichever code path writes.
ALTER TABLE "sessions" ADD COLUMN "slot_seats" json DEFAULT '[]'::json NOT NULL;--> statement-breakpoint
-- Every booking now writes its session row twice (the counters, then the seats): room on the page keeps both HOT.
ALTER TABLE "sessions" SET (fillfactor = 80);--> statement-breakpoint
CREATE FUNCTION "sessions_refresh_slot_seats"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	-- The transition tables the trigger declares: new rows (insert, update) or old rows (delete); an update
	-- that moved a slot to another session refreshes both.
	IF TG_OP = 'UPDATE' THEN
		UPDATE "sessions" s SET "slot_seats" = "session_slot_seats"(s."id")
		WHERE s."id" IN (SELECT "session_id" FROM "new_slots" UNION SELECT "session_id" FROM "old_slots");
	ELSIF TG_OP = 'INSERT' THEN
		UPDATE "sessions" s SET "slot_seats" = "session_slot_seats"(s."id") WHERE s."id" IN (SELECT "session_id" FROM "new_slots");
	ELSE
		UPDATE "sessions" s SET "slot_seats" = "session_slot_seats"(s."id") WHERE s."id" IN (SELECT "session_id" FROM "old_slots");
	END IF;
	RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE FUNCTION "session_slot_seats"("session" uuid) RETURNS json LANGUAGE sql STABLE AS $$
	SELECT COALESCE(json_agg(json_build_object('startsAt', "starts_at", 'endsAt', "ends_at", 'capacity', "capacity", 'booked', "booked") ORDER BY "starts_at"), '[]'::json)
	FROM "slots" WHERE "session_id" = "session";
$$;--> statement-breakpoint
CREATE TRIGGER "slots_inserted_refresh_session_seats" AFTER INSERT ON "slots"
	REFERENCING NEW TABLE AS "new_slots" FOR EACH STATEMENT EXECUTE FUNCTION "sessions_refresh_slot_seats"();--> statement-breakpoint
CREATE TRIGGER "slots_updated_refresh_session_seats" AFTER UPDATE ON "slots"
	REFERENCING OLD TABLE AS "old_slots" NEW TABLE AS "new_slots" FOR EACH STATEMENT EXECUTE FUNCTION "sessions_refresh_slot_seats"();--> statement-breakpoint
CREATE TRIGGER "slots_deleted_refresh_session_seats" AFTER DELETE ON "slots"
	REFERENCING OLD TABLE AS "old_slots" FOR EACH STATEMENT EXECUTE FUNCTION "sessions_refresh_slot_seats"();--> statement-breakpoint
UPDATE "sessions" s SET "slot_seats" = "session_slot_seats"(s."id") WHERE EXISTS (SELECT 1 FROM "slots" WHERE "session_id" = s."id");
--> statement-breakpoint
-- The backfill rewrote every session row: plans need fresh statistics at once, not at the next autovacuum.
ANALYZE "sessions";

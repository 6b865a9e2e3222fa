-- A calendarByDistrict cache miss spent most of its Node CPU taking each session's columns and seats apart,
-- shaping them the CoWIN way and stringifying them again (~12–18 ms per district-week under --cpu-prof).
-- Each session now carries its calendar entry as JSON text, which a row trigger rewrites whenever the row
-- changes (a booking's counters, the seat copy the slot triggers keep, an edit), so a miss joins stored
-- pieces. The text is byte for byte JSON.stringify(calendarSessionFields(session)) of lib/centres/cowin-shape.ts
-- (allow_all_age: no upper age and a lower one of at most 18); lib/centres/calendar-json.db.test.ts holds them to it.
ALTER TABLE "sessions" ADD COLUMN "calendar_json" text DEFAULT '' NOT NULL;--> statement-breakpoint
-- "13:30:00" → "01:30PM", as cowin-shape.ts twelveHour.
CREATE FUNCTION "twelve_hour"("clock" text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
	SELECT to_char(('2000-01-01 ' || "clock")::timestamp, 'HH12:MIAM')
$$;--> statement-breakpoint
CREATE FUNCTION "sessions_write_calendar_json"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	dose1 integer := greatest(0, NEW."capacity_dose1" - NEW."booked_dose1");
	dose2 integer := greatest(0, NEW."capacity_dose2" - NEW."booked_dose2");
	precaution integer := greatest(0, NEW."capacity_precaution" - NEW."booked_precaution");
BEGIN
	NEW."calendar_json" := '{"session_id":"' || NEW."id" || '","date":"' || to_char(NEW."date", 'DD-MM-YYYY')
		|| '","available_capacity":' || (dose1 + dose2) || ',"available_capacity_dose1":' || dose1
		|| ',"available_capacity_dose2":' || dose2 || ',"available_capacity_precaution":' || precaution
		|| ',"min_age_limit":' || NEW."min_age"
		|| CASE WHEN NEW."max_age" IS NULL THEN '' ELSE ',"max_age_limit":' || NEW."max_age" END
		|| ',"allow_all_age":' || CASE WHEN NEW."max_age" IS NULL AND NEW."min_age" <= 18 THEN 'true' ELSE 'false' END
		|| ',"vaccine":' || to_json(NEW."vaccine_code")::text
		|| ',"slots":[' || coalesce((
			SELECT string_agg('{"time":"' || "twelve_hour"(slot->>'startsAt') || '-' || "twelve_hour"(slot->>'endsAt')
				|| '","seats":' || greatest(0, (slot->>'capacity')::integer - (slot->>'booked')::integer) || '}', ',' ORDER BY n)
			FROM json_array_elements(NEW."slot_seats") WITH ORDINALITY AS e(slot, n)), '') || ']}';
	RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "sessions_write_calendar_json" BEFORE INSERT OR UPDATE ON "sessions"
	FOR EACH ROW EXECUTE FUNCTION "sessions_write_calendar_json"();--> statement-breakpoint
-- Every row through the trigger once; then fresh statistics for the planner, as after 0007.
UPDATE "sessions" SET "calendar_json" = '';--> statement-breakpoint
ANALYZE "sessions";

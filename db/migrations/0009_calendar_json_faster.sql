-- 0008's twelve_hour parsed a timestamp with to_char, which is only STABLE: PostgreSQL could not inline it into
-- the trigger's slot query and called it as a function, eight times per session write. A booking's session
-- writes cost ~0.5 ms each in the trigger (20,000 updates: 10.5–13 s with it, 0.3–0.7 s without). The same
-- text from integer arithmetic is inlined: 1.1–1.8 s for those 20,000 updates. The output is unchanged.
CREATE OR REPLACE FUNCTION "twelve_hour"("clock" text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
	SELECT lpad(((substr("clock", 1, 2)::integer + 11) % 12 + 1)::text, 2, '0') || substr("clock", 3, 3)
		|| CASE WHEN substr("clock", 1, 2)::integer >= 12 THEN 'PM' ELSE 'AM' END
$$;

-- Deactivating a staff member revokes every session they hold, whichever code path deactivates them:
-- a later reactivation must not bring old (possibly copied) session cookies back to life.
CREATE FUNCTION "staff_users_revoke_on_deactivation"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	NEW."session_version" := OLD."session_version" + 1;
	RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "staff_users_revoke_on_deactivation"
	BEFORE UPDATE OF "active" ON "staff_users"
	FOR EACH ROW WHEN (OLD."active" AND NOT NEW."active")
	EXECUTE FUNCTION "staff_users_revoke_on_deactivation"();

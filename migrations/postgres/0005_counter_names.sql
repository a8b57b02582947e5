-- partnerctl schema, version 5: the counter rows of migration 0003 carry
-- the names `metrics` prints (the inviter's name; the issuer's email and
-- name), so a grouping reads its counter rows and nothing else instead of
-- looking a name up per row (9,918 of them on the benchmark's large event).
-- A row is named as it is inserted: the counting triggers of 0003 and 0004
-- leave the names out and `counter_names` fills them in, while a recount
-- brings its own. A rename (`user import`, `partner update`, any SQL run
-- by hand) renames the rows. `db check` compares them with the users and
-- partners.

ALTER TABLE invite_counts_by_inviter ADD COLUMN inviter_name TEXT;
ALTER TABLE invite_counts_by_issuer ADD COLUMN issuer_email TEXT, ADD COLUMN issuer_name TEXT;

UPDATE invite_counts_by_inviter c SET inviter_name = coalesce(
    (SELECT display_name FROM users u WHERE c.inviter_kind = 'user' AND u.id = c.inviter_id),
    (SELECT name FROM partners p WHERE c.inviter_kind = 'partner' AND p.id = c.inviter_id), '');
UPDATE invite_counts_by_issuer c SET issuer_email = u.email, issuer_name = u.display_name
FROM users u WHERE u.id = c.issued_by_user_id;
UPDATE invite_counts_by_issuer SET issuer_email = '', issuer_name = '' WHERE issuer_email IS NULL;

ALTER TABLE invite_counts_by_inviter ALTER COLUMN inviter_name SET NOT NULL;
ALTER TABLE invite_counts_by_issuer ALTER COLUMN issuer_email SET NOT NULL, ALTER COLUMN issuer_name SET NOT NULL;

-- The rows a rename touches.
CREATE INDEX invite_counts_by_inviter_principal ON invite_counts_by_inviter (inviter_id, inviter_kind);
CREATE INDEX invite_counts_by_issuer_user ON invite_counts_by_issuer (issued_by_user_id);

-- Names a counter row written without them. It runs before the conflict
-- check of an upsert, so for every counted invite: one lookup by key (a
-- COPY of 100k invites counted row by row took 12.8 s instead of 10.7 s;
-- sends showed no difference, and bulk loads recount instead). An AFTER
-- INSERT trigger naming new rows only took 76 s for the same COPY.
CREATE FUNCTION counter_names() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'invite_counts_by_inviter' THEN
        NEW.inviter_name := coalesce(
            (SELECT display_name FROM users WHERE NEW.inviter_kind = 'user' AND id = NEW.inviter_id),
            (SELECT name FROM partners WHERE NEW.inviter_kind = 'partner' AND id = NEW.inviter_id), '');
    ELSE
        SELECT coalesce(max(email), ''), coalesce(max(display_name), '') INTO NEW.issuer_email, NEW.issuer_name
        FROM users WHERE id = NEW.issued_by_user_id;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER invite_counts_by_inviter_names BEFORE INSERT ON invite_counts_by_inviter
    FOR EACH ROW WHEN (NEW.inviter_name IS NULL) EXECUTE FUNCTION counter_names();
CREATE TRIGGER invite_counts_by_issuer_names BEFORE INSERT ON invite_counts_by_issuer
    FOR EACH ROW WHEN (NEW.issuer_email IS NULL OR NEW.issuer_name IS NULL) EXECUTE FUNCTION counter_names();

CREATE FUNCTION users_rename_counters() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE invite_counts_by_inviter SET inviter_name = NEW.display_name
    WHERE inviter_id = NEW.id AND inviter_kind = 'user';
    UPDATE invite_counts_by_issuer SET issuer_email = NEW.email, issuer_name = NEW.display_name
    WHERE issued_by_user_id = NEW.id;
    RETURN NULL;
END
$$;

CREATE TRIGGER users_rename_counters AFTER UPDATE OF display_name, email ON users FOR EACH ROW
    WHEN (OLD.display_name IS DISTINCT FROM NEW.display_name OR OLD.email IS DISTINCT FROM NEW.email)
    EXECUTE FUNCTION users_rename_counters();

CREATE FUNCTION partners_rename_counters() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE invite_counts_by_inviter SET inviter_name = NEW.name
    WHERE inviter_id = NEW.id AND inviter_kind = 'partner';
    RETURN NULL;
END
$$;

CREATE TRIGGER partners_rename_counters AFTER UPDATE OF name ON partners FOR EACH ROW
    WHEN (OLD.name IS DISTINCT FROM NEW.name)
    EXECUTE FUNCTION partners_rename_counters();

-- partnerctl schema, version 4: the counter rows of migration 0003 carry
-- the names `metrics` prints (the inviter's name; the issuer's email and
-- name), so a grouping reads its counter rows and nothing else. Looking the
-- names up row by row was most of `metrics event` on a large event (9,918
-- lookups by id into 100,000 users: `sqlite3` ran the statement in 10.0 ms
-- as a whole process, and in 3.5 ms reading names from the rows).
-- A row is named when it is created; a rename (`user import`, `partner
-- update`, any SQL run by hand) renames its rows; `db check` compares them
-- with the users and partners.

ALTER TABLE invite_counts_by_inviter ADD COLUMN inviter_name TEXT NOT NULL DEFAULT '';
ALTER TABLE invite_counts_by_issuer ADD COLUMN issuer_email TEXT NOT NULL DEFAULT '';
ALTER TABLE invite_counts_by_issuer ADD COLUMN issuer_name TEXT NOT NULL DEFAULT '';

UPDATE invite_counts_by_inviter SET inviter_name = coalesce(
    (SELECT display_name FROM users WHERE inviter_kind = 'user' AND id = inviter_id),
    (SELECT name FROM partners WHERE inviter_kind = 'partner' AND id = inviter_id), '');
UPDATE invite_counts_by_issuer SET
    issuer_email = coalesce((SELECT email FROM users WHERE id = issued_by_user_id), ''),
    issuer_name = coalesce((SELECT display_name FROM users WHERE id = issued_by_user_id), '');

-- The rows a rename touches.
CREATE INDEX invite_counts_by_inviter_principal ON invite_counts_by_inviter (inviter_id, inviter_kind);
CREATE INDEX invite_counts_by_issuer_user ON invite_counts_by_issuer (issued_by_user_id);

-- Migration 0003's trigger with its columns named, the tables being wider now.
DROP TRIGGER invite_count_changes_apply;
CREATE TRIGGER invite_count_changes_apply INSTEAD OF INSERT ON invite_count_changes BEGIN
    INSERT INTO invite_counts_by_inviter (event_id, inviter_kind, inviter_id, sent, viewed, accepted, declined,
                                          closed_duplicate, open, expired, attended)
    VALUES (NEW.event_id, NEW.inviter_kind, NEW.inviter_id,
        NEW.sign, NEW.sign * (NEW.viewed_at IS NOT NULL), NEW.sign * NEW.credited_acceptance,
        NEW.sign * (NEW.status = 'declined'), NEW.sign * (NEW.status = 'closed_duplicate'),
        NEW.sign * (NEW.status IN ('pending', 'viewed')), NEW.sign * (NEW.status = 'expired'),
        NEW.sign * (NEW.attendance = 'confirmed'))
    ON CONFLICT DO UPDATE SET
        sent = sent + excluded.sent, viewed = viewed + excluded.viewed, accepted = accepted + excluded.accepted,
        declined = declined + excluded.declined, closed_duplicate = closed_duplicate + excluded.closed_duplicate,
        open = open + excluded.open, expired = expired + excluded.expired, attended = attended + excluded.attended;
    INSERT INTO invite_counts_by_issuer (event_id, issued_by_user_id, sent, viewed, accepted, declined,
                                         closed_duplicate, open, expired, attended)
    VALUES (NEW.event_id, NEW.issued_by_user_id,
        NEW.sign, NEW.sign * (NEW.viewed_at IS NOT NULL), NEW.sign * NEW.credited_acceptance,
        NEW.sign * (NEW.status = 'declined'), NEW.sign * (NEW.status = 'closed_duplicate'),
        NEW.sign * (NEW.status IN ('pending', 'viewed')), NEW.sign * (NEW.status = 'expired'),
        NEW.sign * (NEW.attendance = 'confirmed'))
    ON CONFLICT DO UPDATE SET
        sent = sent + excluded.sent, viewed = viewed + excluded.viewed, accepted = accepted + excluded.accepted,
        declined = declined + excluded.declined, closed_duplicate = closed_duplicate + excluded.closed_duplicate,
        open = open + excluded.open, expired = expired + excluded.expired, attended = attended + excluded.attended;
    -- A row counts at least one invite, as a recount would find.
    DELETE FROM invite_counts_by_inviter WHERE NEW.sign < 0 AND sent = 0
        AND event_id = NEW.event_id AND inviter_kind = NEW.inviter_kind AND inviter_id = NEW.inviter_id;
    DELETE FROM invite_counts_by_issuer WHERE NEW.sign < 0 AND sent = 0
        AND event_id = NEW.event_id AND issued_by_user_id = NEW.issued_by_user_id;
END;

-- A row is named once, as it is created: migration 0003's upsert leaves
-- the names at their default and these fill them in. (Looking them up in
-- the upsert, or checking for the row before it, costs every counted
-- invite: 6 s more on a 1M-invite import; this 0.9 s, 33.8 s against 32.9 s.)
CREATE TRIGGER invite_counts_by_inviter_named AFTER INSERT ON invite_counts_by_inviter BEGIN
    UPDATE invite_counts_by_inviter SET inviter_name = coalesce(
        (SELECT display_name FROM users WHERE NEW.inviter_kind = 'user' AND id = NEW.inviter_id),
        (SELECT name FROM partners WHERE NEW.inviter_kind = 'partner' AND id = NEW.inviter_id), '')
    WHERE event_id = NEW.event_id AND inviter_kind = NEW.inviter_kind AND inviter_id = NEW.inviter_id;
END;

CREATE TRIGGER invite_counts_by_issuer_named AFTER INSERT ON invite_counts_by_issuer BEGIN
    UPDATE invite_counts_by_issuer SET
        issuer_email = coalesce((SELECT email FROM users WHERE id = NEW.issued_by_user_id), ''),
        issuer_name = coalesce((SELECT display_name FROM users WHERE id = NEW.issued_by_user_id), '')
    WHERE event_id = NEW.event_id AND issued_by_user_id = NEW.issued_by_user_id;
END;

CREATE TRIGGER users_rename_counters AFTER UPDATE OF display_name, email ON users
WHEN OLD.display_name IS NOT NEW.display_name OR OLD.email IS NOT NEW.email BEGIN
    UPDATE invite_counts_by_inviter SET inviter_name = NEW.display_name
    WHERE inviter_id = NEW.id AND inviter_kind = 'user';
    UPDATE invite_counts_by_issuer SET issuer_email = NEW.email, issuer_name = NEW.display_name
    WHERE issued_by_user_id = NEW.id;
END;

CREATE TRIGGER partners_rename_counters AFTER UPDATE OF name ON partners
WHEN OLD.name IS NOT NEW.name BEGIN
    UPDATE invite_counts_by_inviter SET inviter_name = NEW.name
    WHERE inviter_id = NEW.id AND inviter_kind = 'partner';
END;

-- partnerctl schema, version 3: invite counters (SPEC §2.5) kept by triggers.
-- Each invite adds its contribution to the row of its (event, inviter
-- principal) and of its (event, issuing user); a change takes the old
-- contribution out and puts the new one in, so every writer (send, view,
-- accept and the duplicates it closes, decline, expire, attendance, import,
-- db copy, and any SQL run by hand) keeps them in its own transaction.
-- `metrics` without a time window reads these rows; `db check` recounts them.

CREATE TABLE invite_counts_by_inviter (
    event_id          TEXT NOT NULL,
    inviter_kind      TEXT NOT NULL,
    inviter_id        TEXT NOT NULL,
    sent              INTEGER NOT NULL,
    viewed            INTEGER NOT NULL,
    accepted          INTEGER NOT NULL,
    declined          INTEGER NOT NULL,
    closed_duplicate  INTEGER NOT NULL,
    open              INTEGER NOT NULL,
    expired           INTEGER NOT NULL,
    attended          INTEGER NOT NULL,
    PRIMARY KEY (event_id, inviter_kind, inviter_id)
) WITHOUT ROWID;

CREATE TABLE invite_counts_by_issuer (
    event_id           TEXT NOT NULL,
    issued_by_user_id  TEXT NOT NULL,
    sent               INTEGER NOT NULL,
    viewed             INTEGER NOT NULL,
    accepted           INTEGER NOT NULL,
    declined           INTEGER NOT NULL,
    closed_duplicate   INTEGER NOT NULL,
    open               INTEGER NOT NULL,
    expired            INTEGER NOT NULL,
    attended           INTEGER NOT NULL,
    PRIMARY KEY (event_id, issued_by_user_id)
) WITHOUT ROWID;

-- The counters of the invites already there (an existing database).
INSERT INTO invite_counts_by_inviter
SELECT event_id, inviter_kind, inviter_id, count(*), count(viewed_at), sum(credited_acceptance),
       sum(status = 'declined'), sum(status = 'closed_duplicate'), sum(status IN ('pending', 'viewed')),
       sum(status = 'expired'), sum(attendance = 'confirmed')
FROM invites GROUP BY event_id, inviter_kind, inviter_id;

INSERT INTO invite_counts_by_issuer
SELECT event_id, issued_by_user_id, count(*), count(viewed_at), sum(credited_acceptance),
       sum(status = 'declined'), sum(status = 'closed_duplicate'), sum(status IN ('pending', 'viewed')),
       sum(status = 'expired'), sum(attendance = 'confirmed')
FROM invites GROUP BY event_id, issued_by_user_id;

-- One invite's contribution, counted in (sign +1) or out (-1): the one
-- place that says which counter an invite adds to. Writing to this view
-- only applies the change to the two tables.
CREATE VIEW invite_count_changes AS
SELECT 0 AS sign, event_id, inviter_kind, inviter_id, issued_by_user_id, status, credited_acceptance, attendance, viewed_at FROM invites WHERE 0;

CREATE TRIGGER invite_count_changes_apply INSTEAD OF INSERT ON invite_count_changes BEGIN
    INSERT INTO invite_counts_by_inviter VALUES (NEW.event_id, NEW.inviter_kind, NEW.inviter_id,
        NEW.sign, NEW.sign * (NEW.viewed_at IS NOT NULL), NEW.sign * NEW.credited_acceptance,
        NEW.sign * (NEW.status = 'declined'), NEW.sign * (NEW.status = 'closed_duplicate'),
        NEW.sign * (NEW.status IN ('pending', 'viewed')), NEW.sign * (NEW.status = 'expired'),
        NEW.sign * (NEW.attendance = 'confirmed'))
    ON CONFLICT DO UPDATE SET
        sent = sent + excluded.sent, viewed = viewed + excluded.viewed, accepted = accepted + excluded.accepted,
        declined = declined + excluded.declined, closed_duplicate = closed_duplicate + excluded.closed_duplicate,
        open = open + excluded.open, expired = expired + excluded.expired, attended = attended + excluded.attended;
    INSERT INTO invite_counts_by_issuer VALUES (NEW.event_id, NEW.issued_by_user_id,
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

CREATE TRIGGER invites_count_insert AFTER INSERT ON invites BEGIN
    INSERT INTO invite_count_changes VALUES (1, NEW.event_id, NEW.inviter_kind, NEW.inviter_id, NEW.issued_by_user_id, NEW.status, NEW.credited_acceptance, NEW.attendance, NEW.viewed_at);
END;

CREATE TRIGGER invites_count_update AFTER UPDATE OF event_id, inviter_kind, inviter_id, issued_by_user_id, status, credited_acceptance, attendance, viewed_at ON invites BEGIN
    INSERT INTO invite_count_changes VALUES (-1, OLD.event_id, OLD.inviter_kind, OLD.inviter_id, OLD.issued_by_user_id, OLD.status, OLD.credited_acceptance, OLD.attendance, OLD.viewed_at);
    INSERT INTO invite_count_changes VALUES (1, NEW.event_id, NEW.inviter_kind, NEW.inviter_id, NEW.issued_by_user_id, NEW.status, NEW.credited_acceptance, NEW.attendance, NEW.viewed_at);
END;

CREATE TRIGGER invites_count_delete AFTER DELETE ON invites BEGIN
    INSERT INTO invite_count_changes VALUES (-1, OLD.event_id, OLD.inviter_kind, OLD.inviter_id, OLD.issued_by_user_id, OLD.status, OLD.credited_acceptance, OLD.attendance, OLD.viewed_at);
END;

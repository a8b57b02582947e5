-- partnerctl schema, version 3: invite counters (SPEC §2.5) kept by triggers.
-- Per (event, inviter principal) and (event, issuing user), and rolled up
-- per (managing partner, inviter) and (managing partner, issuer) over the
-- events the partner manages (host or manager) for leaderboards. Each
-- invite adds its contribution; a change takes the old contribution out
-- and puts the new one in, so every writer (send, view, accept and the
-- duplicates it closes, decline, expire, attendance, import, db copy, and
-- any SQL run by hand) keeps them in its own transaction; a change of an
-- event's managers moves that event's counts in or out of the partner's.
-- A row counts at least one invite, as a recount would find.
-- `metrics` without a time window reads these rows; `db check` recounts them.

CREATE TABLE invite_counts_by_inviter (
    event_id           TEXT NOT NULL,
    inviter_kind       TEXT NOT NULL,
    inviter_id         TEXT NOT NULL,
    sent               INTEGER NOT NULL,
    viewed             INTEGER NOT NULL,
    accepted           INTEGER NOT NULL,
    declined           INTEGER NOT NULL,
    closed_duplicate   INTEGER NOT NULL,
    open               INTEGER NOT NULL,
    expired            INTEGER NOT NULL,
    attended           INTEGER NOT NULL,
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

CREATE TABLE invite_counts_by_partner_inviter (
    partner_id         TEXT NOT NULL,
    inviter_kind       TEXT NOT NULL,
    inviter_id         TEXT NOT NULL,
    sent               INTEGER NOT NULL,
    viewed             INTEGER NOT NULL,
    accepted           INTEGER NOT NULL,
    declined           INTEGER NOT NULL,
    closed_duplicate   INTEGER NOT NULL,
    open               INTEGER NOT NULL,
    expired            INTEGER NOT NULL,
    attended           INTEGER NOT NULL,
    PRIMARY KEY (partner_id, inviter_kind, inviter_id)
) WITHOUT ROWID;

CREATE TABLE invite_counts_by_partner_issuer (
    partner_id         TEXT NOT NULL,
    issued_by_user_id  TEXT NOT NULL,
    sent               INTEGER NOT NULL,
    viewed             INTEGER NOT NULL,
    accepted           INTEGER NOT NULL,
    declined           INTEGER NOT NULL,
    closed_duplicate   INTEGER NOT NULL,
    open               INTEGER NOT NULL,
    expired            INTEGER NOT NULL,
    attended           INTEGER NOT NULL,
    PRIMARY KEY (partner_id, issued_by_user_id)
) WITHOUT ROWID;

-- The partners that manage each event: the host and the co-managers.
CREATE VIEW event_managing_partners AS
SELECT id AS event_id, host_partner_id AS partner_id FROM events
UNION SELECT event_id, partner_id FROM event_managers;

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


INSERT INTO invite_counts_by_partner_inviter
SELECT m.partner_id, c.inviter_kind, c.inviter_id, sum(c.sent), sum(c.viewed), sum(c.accepted), sum(c.declined), sum(c.closed_duplicate), sum(c.open), sum(c.expired), sum(c.attended)
FROM invite_counts_by_inviter c JOIN event_managing_partners m ON m.event_id = c.event_id
GROUP BY m.partner_id, c.inviter_kind, c.inviter_id;


INSERT INTO invite_counts_by_partner_issuer
SELECT m.partner_id, c.issued_by_user_id, sum(c.sent), sum(c.viewed), sum(c.accepted), sum(c.declined), sum(c.closed_duplicate), sum(c.open), sum(c.expired), sum(c.attended)
FROM invite_counts_by_issuer c JOIN event_managing_partners m ON m.event_id = c.event_id
GROUP BY m.partner_id, c.issued_by_user_id;


-- One invite's contribution, counted in (sign +1) or out (-1): the one
-- place that says which counter an invite adds to. Writing to this view
-- only applies the change to the four tables.
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

    INSERT INTO invite_counts_by_partner_inviter
    SELECT partner_id, NEW.inviter_kind, NEW.inviter_id,
        NEW.sign, NEW.sign * (NEW.viewed_at IS NOT NULL), NEW.sign * NEW.credited_acceptance,
        NEW.sign * (NEW.status = 'declined'), NEW.sign * (NEW.status = 'closed_duplicate'),
        NEW.sign * (NEW.status IN ('pending', 'viewed')), NEW.sign * (NEW.status = 'expired'),
        NEW.sign * (NEW.attendance = 'confirmed')
    FROM event_managing_partners WHERE event_id = NEW.event_id
    ON CONFLICT DO UPDATE SET
        sent = sent + excluded.sent, viewed = viewed + excluded.viewed, accepted = accepted + excluded.accepted,
        declined = declined + excluded.declined, closed_duplicate = closed_duplicate + excluded.closed_duplicate,
        open = open + excluded.open, expired = expired + excluded.expired, attended = attended + excluded.attended;

    INSERT INTO invite_counts_by_partner_issuer
    SELECT partner_id, NEW.issued_by_user_id,
        NEW.sign, NEW.sign * (NEW.viewed_at IS NOT NULL), NEW.sign * NEW.credited_acceptance,
        NEW.sign * (NEW.status = 'declined'), NEW.sign * (NEW.status = 'closed_duplicate'),
        NEW.sign * (NEW.status IN ('pending', 'viewed')), NEW.sign * (NEW.status = 'expired'),
        NEW.sign * (NEW.attendance = 'confirmed')
    FROM event_managing_partners WHERE event_id = NEW.event_id
    ON CONFLICT DO UPDATE SET
        sent = sent + excluded.sent, viewed = viewed + excluded.viewed, accepted = accepted + excluded.accepted,
        declined = declined + excluded.declined, closed_duplicate = closed_duplicate + excluded.closed_duplicate,
        open = open + excluded.open, expired = expired + excluded.expired, attended = attended + excluded.attended;

    DELETE FROM invite_counts_by_inviter WHERE NEW.sign < 0 AND sent = 0 AND event_id = NEW.event_id AND inviter_kind = NEW.inviter_kind AND inviter_id = NEW.inviter_id;

    DELETE FROM invite_counts_by_issuer WHERE NEW.sign < 0 AND sent = 0 AND event_id = NEW.event_id AND issued_by_user_id = NEW.issued_by_user_id;

    DELETE FROM invite_counts_by_partner_inviter WHERE NEW.sign < 0 AND sent = 0 AND inviter_kind = NEW.inviter_kind AND inviter_id = NEW.inviter_id
        AND partner_id IN (SELECT partner_id FROM event_managing_partners WHERE event_id = NEW.event_id);

    DELETE FROM invite_counts_by_partner_issuer WHERE NEW.sign < 0 AND sent = 0 AND issued_by_user_id = NEW.issued_by_user_id
        AND partner_id IN (SELECT partner_id FROM event_managing_partners WHERE event_id = NEW.event_id);

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

-- An event's counts, moved into (sign +1) or out of (-1) one partner's
-- rollups: the one place for a change of who manages an event.
CREATE VIEW partner_count_moves AS SELECT 0 AS sign, id AS event_id, host_partner_id AS partner_id FROM events WHERE 0;

CREATE TRIGGER partner_count_moves_apply INSTEAD OF INSERT ON partner_count_moves BEGIN

    INSERT INTO invite_counts_by_partner_inviter
    SELECT NEW.partner_id, inviter_kind, inviter_id, NEW.sign * sent, NEW.sign * viewed, NEW.sign * accepted, NEW.sign * declined, NEW.sign * closed_duplicate, NEW.sign * open, NEW.sign * expired, NEW.sign * attended
    FROM invite_counts_by_inviter WHERE event_id = NEW.event_id
    ON CONFLICT DO UPDATE SET
        sent = sent + excluded.sent, viewed = viewed + excluded.viewed, accepted = accepted + excluded.accepted,
        declined = declined + excluded.declined, closed_duplicate = closed_duplicate + excluded.closed_duplicate,
        open = open + excluded.open, expired = expired + excluded.expired, attended = attended + excluded.attended;
    DELETE FROM invite_counts_by_partner_inviter WHERE NEW.sign < 0 AND partner_id = NEW.partner_id AND sent = 0;

    INSERT INTO invite_counts_by_partner_issuer
    SELECT NEW.partner_id, issued_by_user_id, NEW.sign * sent, NEW.sign * viewed, NEW.sign * accepted, NEW.sign * declined, NEW.sign * closed_duplicate, NEW.sign * open, NEW.sign * expired, NEW.sign * attended
    FROM invite_counts_by_issuer WHERE event_id = NEW.event_id
    ON CONFLICT DO UPDATE SET
        sent = sent + excluded.sent, viewed = viewed + excluded.viewed, accepted = accepted + excluded.accepted,
        declined = declined + excluded.declined, closed_duplicate = closed_duplicate + excluded.closed_duplicate,
        open = open + excluded.open, expired = expired + excluded.expired, attended = attended + excluded.attended;
    DELETE FROM invite_counts_by_partner_issuer WHERE NEW.sign < 0 AND partner_id = NEW.partner_id AND sent = 0;

END;

-- A co-manager that is also the host changes nothing: the host counts once.
CREATE TRIGGER event_managers_count_insert AFTER INSERT ON event_managers
WHEN NEW.partner_id IS NOT (SELECT host_partner_id FROM events WHERE id = NEW.event_id) BEGIN
    INSERT INTO partner_count_moves VALUES (1, NEW.event_id, NEW.partner_id);
END;

CREATE TRIGGER event_managers_count_delete AFTER DELETE ON event_managers
WHEN OLD.partner_id IS NOT (SELECT host_partner_id FROM events WHERE id = OLD.event_id) BEGIN
    INSERT INTO partner_count_moves VALUES (-1, OLD.event_id, OLD.partner_id);
END;

CREATE TRIGGER events_count_host AFTER UPDATE OF host_partner_id ON events
WHEN OLD.host_partner_id IS NOT NEW.host_partner_id BEGIN
    INSERT INTO partner_count_moves SELECT -1, OLD.id, OLD.host_partner_id
    WHERE NOT EXISTS (SELECT 1 FROM event_managers WHERE event_id = OLD.id AND partner_id = OLD.host_partner_id);
    INSERT INTO partner_count_moves SELECT 1, NEW.id, NEW.host_partner_id
    WHERE NOT EXISTS (SELECT 1 FROM event_managers WHERE event_id = NEW.id AND partner_id = NEW.host_partner_id);
END;

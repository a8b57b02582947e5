-- partnerctl schema, version 3: invite counters (SPEC §2.5) kept by triggers,
-- as in migrations/sqlite/0003_counters.sql: per (event, inviter principal)
-- and (event, issuing user), rolled up per (managing partner, inviter) and
-- (managing partner, issuer) for leaderboards. Each invite adds its
-- contribution; a change takes the old contribution out and puts the new
-- one in, so every writer (send, view, accept and the duplicates it closes,
-- decline, expire, attendance, import through COPY, db copy, and any SQL run
-- by hand) keeps them in its own transaction; a change of an event's
-- managers moves that event's counts in or out of the partner's. The invite
-- triggers run once per statement over its transition table, so a COPY of
-- thousands of rows costs one aggregate, not one call per row; rows are
-- locked in key order (ORDER BY), so two writers never wait on each other in
-- a cycle. A row counts at least one invite, as a recount would find.
-- `metrics` without a time window reads these rows; `db check` recounts them.

CREATE TABLE invite_counts_by_inviter (
    event_id           TEXT COLLATE "C" NOT NULL,
    inviter_kind       TEXT COLLATE "C" NOT NULL,
    inviter_id         TEXT COLLATE "C" NOT NULL,
    sent               BIGINT NOT NULL,
    viewed             BIGINT NOT NULL,
    accepted           BIGINT NOT NULL,
    declined           BIGINT NOT NULL,
    closed_duplicate   BIGINT NOT NULL,
    open               BIGINT NOT NULL,
    expired            BIGINT NOT NULL,
    attended           BIGINT NOT NULL,
    PRIMARY KEY (event_id, inviter_kind, inviter_id)
);

CREATE TABLE invite_counts_by_issuer (
    event_id           TEXT COLLATE "C" NOT NULL,
    issued_by_user_id  TEXT COLLATE "C" NOT NULL,
    sent               BIGINT NOT NULL,
    viewed             BIGINT NOT NULL,
    accepted           BIGINT NOT NULL,
    declined           BIGINT NOT NULL,
    closed_duplicate   BIGINT NOT NULL,
    open               BIGINT NOT NULL,
    expired            BIGINT NOT NULL,
    attended           BIGINT NOT NULL,
    PRIMARY KEY (event_id, issued_by_user_id)
);

CREATE TABLE invite_counts_by_partner_inviter (
    partner_id         TEXT COLLATE "C" NOT NULL,
    inviter_kind       TEXT COLLATE "C" NOT NULL,
    inviter_id         TEXT COLLATE "C" NOT NULL,
    sent               BIGINT NOT NULL,
    viewed             BIGINT NOT NULL,
    accepted           BIGINT NOT NULL,
    declined           BIGINT NOT NULL,
    closed_duplicate   BIGINT NOT NULL,
    open               BIGINT NOT NULL,
    expired            BIGINT NOT NULL,
    attended           BIGINT NOT NULL,
    PRIMARY KEY (partner_id, inviter_kind, inviter_id)
);

CREATE TABLE invite_counts_by_partner_issuer (
    partner_id         TEXT COLLATE "C" NOT NULL,
    issued_by_user_id  TEXT COLLATE "C" NOT NULL,
    sent               BIGINT NOT NULL,
    viewed             BIGINT NOT NULL,
    accepted           BIGINT NOT NULL,
    declined           BIGINT NOT NULL,
    closed_duplicate   BIGINT NOT NULL,
    open               BIGINT NOT NULL,
    expired            BIGINT NOT NULL,
    attended           BIGINT NOT NULL,
    PRIMARY KEY (partner_id, issued_by_user_id)
);

-- The partners that manage each event: the host and the co-managers.
CREATE VIEW event_managing_partners AS
SELECT id AS event_id, host_partner_id AS partner_id FROM events
UNION SELECT event_id, partner_id FROM event_managers;

-- The counters of the invites already there (an existing database).

INSERT INTO invite_counts_by_inviter
SELECT event_id, inviter_kind, inviter_id, count(*), count(viewed_at), count(*) FILTER (WHERE credited_acceptance),
           count(*) FILTER (WHERE status = 'declined'), count(*) FILTER (WHERE status = 'closed_duplicate'),
           count(*) FILTER (WHERE status IN ('pending', 'viewed')), count(*) FILTER (WHERE status = 'expired'),
           count(*) FILTER (WHERE attendance = 'confirmed')
FROM invites GROUP BY event_id, inviter_kind, inviter_id;

INSERT INTO invite_counts_by_issuer
SELECT event_id, issued_by_user_id, count(*), count(viewed_at), count(*) FILTER (WHERE credited_acceptance),
           count(*) FILTER (WHERE status = 'declined'), count(*) FILTER (WHERE status = 'closed_duplicate'),
           count(*) FILTER (WHERE status IN ('pending', 'viewed')), count(*) FILTER (WHERE status = 'expired'),
           count(*) FILTER (WHERE attendance = 'confirmed')
FROM invites GROUP BY event_id, issued_by_user_id;

INSERT INTO invite_counts_by_partner_inviter
SELECT m.partner_id, c.inviter_kind, c.inviter_id, sum(c.sent), sum(c.viewed), sum(c.accepted), sum(c.declined), sum(c.closed_duplicate), sum(c.open), sum(c.expired), sum(c.attended)
FROM invite_counts_by_inviter c JOIN event_managing_partners m ON m.event_id = c.event_id
GROUP BY m.partner_id, c.inviter_kind, c.inviter_id;

INSERT INTO invite_counts_by_partner_issuer
SELECT m.partner_id, c.issued_by_user_id, sum(c.sent), sum(c.viewed), sum(c.accepted), sum(c.declined), sum(c.closed_duplicate), sum(c.open), sum(c.expired), sum(c.attended)
FROM invite_counts_by_issuer c JOIN event_managing_partners m ON m.event_id = c.event_id
GROUP BY m.partner_id, c.issued_by_user_id;

-- TG_ARGV[0] is the direction: +1 for the rows a statement wrote
-- (`changed_rows` is its NEW TABLE), -1 for the rows it replaced or removed
-- (its OLD TABLE). An UPDATE fires both.
CREATE FUNCTION invite_counts_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    direction CONSTANT BIGINT := TG_ARGV[0]::BIGINT;
BEGIN
    INSERT INTO invite_counts_by_inviter AS c
    SELECT event_id, inviter_kind, inviter_id, direction * count(*), direction * count(viewed_at), direction * count(*) FILTER (WHERE credited_acceptance),
           direction * count(*) FILTER (WHERE status = 'declined'), direction * count(*) FILTER (WHERE status = 'closed_duplicate'),
           direction * count(*) FILTER (WHERE status IN ('pending', 'viewed')), direction * count(*) FILTER (WHERE status = 'expired'),
           direction * count(*) FILTER (WHERE attendance = 'confirmed')
    FROM changed_rows GROUP BY event_id, inviter_kind, inviter_id ORDER BY event_id, inviter_kind, inviter_id
    ON CONFLICT (event_id, inviter_kind, inviter_id) DO UPDATE SET
            sent = c.sent + excluded.sent, viewed = c.viewed + excluded.viewed, accepted = c.accepted + excluded.accepted,
            declined = c.declined + excluded.declined, closed_duplicate = c.closed_duplicate + excluded.closed_duplicate,
            open = c.open + excluded.open, expired = c.expired + excluded.expired, attended = c.attended + excluded.attended;
    DELETE FROM invite_counts_by_inviter c USING (SELECT DISTINCT event_id, inviter_kind, inviter_id FROM changed_rows) d
    WHERE direction < 0 AND c.sent = 0 AND c.event_id = d.event_id AND c.inviter_kind = d.inviter_kind AND c.inviter_id = d.inviter_id;
    INSERT INTO invite_counts_by_issuer AS c
    SELECT event_id, issued_by_user_id, direction * count(*), direction * count(viewed_at), direction * count(*) FILTER (WHERE credited_acceptance),
           direction * count(*) FILTER (WHERE status = 'declined'), direction * count(*) FILTER (WHERE status = 'closed_duplicate'),
           direction * count(*) FILTER (WHERE status IN ('pending', 'viewed')), direction * count(*) FILTER (WHERE status = 'expired'),
           direction * count(*) FILTER (WHERE attendance = 'confirmed')
    FROM changed_rows GROUP BY event_id, issued_by_user_id ORDER BY event_id, issued_by_user_id
    ON CONFLICT (event_id, issued_by_user_id) DO UPDATE SET
            sent = c.sent + excluded.sent, viewed = c.viewed + excluded.viewed, accepted = c.accepted + excluded.accepted,
            declined = c.declined + excluded.declined, closed_duplicate = c.closed_duplicate + excluded.closed_duplicate,
            open = c.open + excluded.open, expired = c.expired + excluded.expired, attended = c.attended + excluded.attended;
    DELETE FROM invite_counts_by_issuer c USING (SELECT DISTINCT event_id, issued_by_user_id FROM changed_rows) d
    WHERE direction < 0 AND c.sent = 0 AND c.event_id = d.event_id AND c.issued_by_user_id = d.issued_by_user_id;
    INSERT INTO invite_counts_by_partner_inviter AS c
    SELECT partner_id, inviter_kind, inviter_id, direction * count(*), direction * count(viewed_at), direction * count(*) FILTER (WHERE credited_acceptance),
           direction * count(*) FILTER (WHERE status = 'declined'), direction * count(*) FILTER (WHERE status = 'closed_duplicate'),
           direction * count(*) FILTER (WHERE status IN ('pending', 'viewed')), direction * count(*) FILTER (WHERE status = 'expired'),
           direction * count(*) FILTER (WHERE attendance = 'confirmed')
    FROM (SELECT m.partner_id, r.* FROM changed_rows r CROSS JOIN LATERAL (
              SELECT host_partner_id AS partner_id FROM events WHERE id = r.event_id
              UNION SELECT partner_id FROM event_managers WHERE event_id = r.event_id) m) managed GROUP BY partner_id, inviter_kind, inviter_id ORDER BY partner_id, inviter_kind, inviter_id
    ON CONFLICT (partner_id, inviter_kind, inviter_id) DO UPDATE SET
            sent = c.sent + excluded.sent, viewed = c.viewed + excluded.viewed, accepted = c.accepted + excluded.accepted,
            declined = c.declined + excluded.declined, closed_duplicate = c.closed_duplicate + excluded.closed_duplicate,
            open = c.open + excluded.open, expired = c.expired + excluded.expired, attended = c.attended + excluded.attended;
    DELETE FROM invite_counts_by_partner_inviter c USING (SELECT DISTINCT partner_id, inviter_kind, inviter_id FROM (SELECT m.partner_id, r.* FROM changed_rows r CROSS JOIN LATERAL (
              SELECT host_partner_id AS partner_id FROM events WHERE id = r.event_id
              UNION SELECT partner_id FROM event_managers WHERE event_id = r.event_id) m) managed) d
    WHERE direction < 0 AND c.sent = 0 AND c.partner_id = d.partner_id AND c.inviter_kind = d.inviter_kind AND c.inviter_id = d.inviter_id;
    INSERT INTO invite_counts_by_partner_issuer AS c
    SELECT partner_id, issued_by_user_id, direction * count(*), direction * count(viewed_at), direction * count(*) FILTER (WHERE credited_acceptance),
           direction * count(*) FILTER (WHERE status = 'declined'), direction * count(*) FILTER (WHERE status = 'closed_duplicate'),
           direction * count(*) FILTER (WHERE status IN ('pending', 'viewed')), direction * count(*) FILTER (WHERE status = 'expired'),
           direction * count(*) FILTER (WHERE attendance = 'confirmed')
    FROM (SELECT m.partner_id, r.* FROM changed_rows r CROSS JOIN LATERAL (
              SELECT host_partner_id AS partner_id FROM events WHERE id = r.event_id
              UNION SELECT partner_id FROM event_managers WHERE event_id = r.event_id) m) managed GROUP BY partner_id, issued_by_user_id ORDER BY partner_id, issued_by_user_id
    ON CONFLICT (partner_id, issued_by_user_id) DO UPDATE SET
            sent = c.sent + excluded.sent, viewed = c.viewed + excluded.viewed, accepted = c.accepted + excluded.accepted,
            declined = c.declined + excluded.declined, closed_duplicate = c.closed_duplicate + excluded.closed_duplicate,
            open = c.open + excluded.open, expired = c.expired + excluded.expired, attended = c.attended + excluded.attended;
    DELETE FROM invite_counts_by_partner_issuer c USING (SELECT DISTINCT partner_id, issued_by_user_id FROM (SELECT m.partner_id, r.* FROM changed_rows r CROSS JOIN LATERAL (
              SELECT host_partner_id AS partner_id FROM events WHERE id = r.event_id
              UNION SELECT partner_id FROM event_managers WHERE event_id = r.event_id) m) managed) d
    WHERE direction < 0 AND c.sent = 0 AND c.partner_id = d.partner_id AND c.issued_by_user_id = d.issued_by_user_id;
    RETURN NULL;
END
$$;

CREATE TRIGGER invites_count_insert AFTER INSERT ON invites
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION invite_counts_change('1');
CREATE TRIGGER invites_count_update_new AFTER UPDATE ON invites
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION invite_counts_change('1');
CREATE TRIGGER invites_count_update_old AFTER UPDATE ON invites
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION invite_counts_change('-1');
CREATE TRIGGER invites_count_delete AFTER DELETE ON invites
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION invite_counts_change('-1');

-- An event's counts, moved into (direction +1) or out of (-1) one partner's
-- rollups: the one place for a change of who manages an event.
CREATE FUNCTION partner_counts_move(direction BIGINT, moved_event TEXT, partner TEXT) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN

    INSERT INTO invite_counts_by_partner_inviter AS c
    SELECT partner, inviter_kind, inviter_id, direction * sent, direction * viewed, direction * accepted, direction * declined, direction * closed_duplicate, direction * open, direction * expired, direction * attended
    FROM invite_counts_by_inviter WHERE event_id = moved_event ORDER BY inviter_kind, inviter_id
    ON CONFLICT (partner_id, inviter_kind, inviter_id) DO UPDATE SET
            sent = c.sent + excluded.sent, viewed = c.viewed + excluded.viewed, accepted = c.accepted + excluded.accepted,
            declined = c.declined + excluded.declined, closed_duplicate = c.closed_duplicate + excluded.closed_duplicate,
            open = c.open + excluded.open, expired = c.expired + excluded.expired, attended = c.attended + excluded.attended;
    DELETE FROM invite_counts_by_partner_inviter c WHERE direction < 0 AND c.partner_id = partner AND c.sent = 0;

    INSERT INTO invite_counts_by_partner_issuer AS c
    SELECT partner, issued_by_user_id, direction * sent, direction * viewed, direction * accepted, direction * declined, direction * closed_duplicate, direction * open, direction * expired, direction * attended
    FROM invite_counts_by_issuer WHERE event_id = moved_event ORDER BY issued_by_user_id
    ON CONFLICT (partner_id, issued_by_user_id) DO UPDATE SET
            sent = c.sent + excluded.sent, viewed = c.viewed + excluded.viewed, accepted = c.accepted + excluded.accepted,
            declined = c.declined + excluded.declined, closed_duplicate = c.closed_duplicate + excluded.closed_duplicate,
            open = c.open + excluded.open, expired = c.expired + excluded.expired, attended = c.attended + excluded.attended;
    DELETE FROM invite_counts_by_partner_issuer c WHERE direction < 0 AND c.partner_id = partner AND c.sent = 0;

END
$$;

-- A co-manager that is also the host changes nothing: the host counts once.
CREATE FUNCTION event_managers_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.partner_id IS DISTINCT FROM (SELECT host_partner_id FROM events WHERE id = NEW.event_id) THEN
            PERFORM partner_counts_move(1, NEW.event_id, NEW.partner_id);
        END IF;
    ELSIF OLD.partner_id IS DISTINCT FROM (SELECT host_partner_id FROM events WHERE id = OLD.event_id) THEN
        PERFORM partner_counts_move(-1, OLD.event_id, OLD.partner_id);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER event_managers_count AFTER INSERT OR DELETE ON event_managers
    FOR EACH ROW EXECUTE FUNCTION event_managers_count();

CREATE FUNCTION events_count_host() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM event_managers WHERE event_id = OLD.id AND partner_id = OLD.host_partner_id) THEN
        PERFORM partner_counts_move(-1, OLD.id, OLD.host_partner_id);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM event_managers WHERE event_id = NEW.id AND partner_id = NEW.host_partner_id) THEN
        PERFORM partner_counts_move(1, NEW.id, NEW.host_partner_id);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER events_count_host AFTER UPDATE OF host_partner_id ON events
    FOR EACH ROW WHEN (OLD.host_partner_id IS DISTINCT FROM NEW.host_partner_id) EXECUTE FUNCTION events_count_host();


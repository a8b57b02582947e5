-- partnerctl schema, version 7: the invite counters of migration 0003
-- summed per host, for `metrics leaderboard`, as SQLite's migration 0005
-- (its comment says why per host and not per managing partner). A
-- leaderboard adds the counter rows of the events a partner co-manages to
-- its sums over the events it hosts, and takes the top N (`metrics.rs`);
-- summing every counter row of its events instead read 87,266 rows for the
-- benchmark's partner of 1,000 events (89 ms).
-- Statement triggers on the invites keep them, rows locked in key order,
-- and a host changed by hand moves its event's counter rows. A row exists
-- while it counts at least one invite. An `invite import` and a bulk load
-- set the triggers aside (`partnerctl.host_counts_deferred`) and recount
-- the hosts of the events they wrote, once, at their end. `db check`
-- compares the rows with the sums of the counter rows.

CREATE TABLE host_counts_by_inviter (
    host_partner_id    TEXT COLLATE "C" NOT NULL,
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
    PRIMARY KEY (host_partner_id, inviter_kind, inviter_id)
);

-- SPEC §2.5's order: accepted desc, sent desc, then id.
CREATE INDEX host_counts_by_inviter_rank
    ON host_counts_by_inviter (host_partner_id, accepted DESC, sent DESC, inviter_id, inviter_kind);

CREATE TABLE host_counts_by_issuer (
    host_partner_id    TEXT COLLATE "C" NOT NULL,
    issued_by_user_id  TEXT COLLATE "C" NOT NULL,
    sent               BIGINT NOT NULL,
    viewed             BIGINT NOT NULL,
    accepted           BIGINT NOT NULL,
    declined           BIGINT NOT NULL,
    closed_duplicate   BIGINT NOT NULL,
    open               BIGINT NOT NULL,
    expired            BIGINT NOT NULL,
    attended           BIGINT NOT NULL,
    PRIMARY KEY (host_partner_id, issued_by_user_id)
);

CREATE INDEX host_counts_by_issuer_rank
    ON host_counts_by_issuer (host_partner_id, accepted DESC, sent DESC, issued_by_user_id);

-- The sums of the counters already there (an existing database).
INSERT INTO host_counts_by_inviter
SELECT e.host_partner_id, c.inviter_kind, c.inviter_id, sum(c.sent), sum(c.viewed), sum(c.accepted), sum(c.declined), sum(c.closed_duplicate), sum(c.open), sum(c.expired), sum(c.attended)
FROM invite_counts_by_inviter c JOIN events e ON e.id = c.event_id
GROUP BY e.host_partner_id, c.inviter_kind, c.inviter_id;

INSERT INTO host_counts_by_issuer
SELECT e.host_partner_id, c.issued_by_user_id, sum(c.sent), sum(c.viewed), sum(c.accepted), sum(c.declined), sum(c.closed_duplicate), sum(c.open), sum(c.expired), sum(c.attended)
FROM invite_counts_by_issuer c JOIN events e ON e.id = c.event_id
GROUP BY e.host_partner_id, c.issued_by_user_id;

-- The invites' changes, one aggregate per statement over its transition
-- table, as migration 0003 first counted: a statement of many invites
-- (`invite expire`, a COPY run by hand) updates each host row once. Row
-- triggers would update a host's row once per invite, and inside one
-- transaction each update leaves a version that the next one steps over.
-- TG_ARGV[0] is the direction: +1 for an INSERT's rows, -1 for a DELETE's.
CREATE FUNCTION host_counts_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    direction CONSTANT BIGINT := TG_ARGV[0]::BIGINT;
BEGIN
    IF current_setting('partnerctl.host_counts_deferred', true) = 'on' THEN
        RETURN NULL;
    END IF;
    INSERT INTO host_counts_by_inviter AS h
    SELECT e.host_partner_id, r.inviter_kind, r.inviter_id, direction * count(*), direction * count(r.viewed_at),
           direction * count(*) FILTER (WHERE r.credited_acceptance), direction * count(*) FILTER (WHERE r.status = 'declined'),
           direction * count(*) FILTER (WHERE r.status = 'closed_duplicate'),
           direction * count(*) FILTER (WHERE r.status IN ('pending', 'viewed')),
           direction * count(*) FILTER (WHERE r.status = 'expired'), direction * count(*) FILTER (WHERE r.attendance = 'confirmed')
    FROM changed_rows r JOIN events e ON e.id = r.event_id
    GROUP BY e.host_partner_id, r.inviter_kind, r.inviter_id ORDER BY e.host_partner_id, r.inviter_kind, r.inviter_id
    ON CONFLICT (host_partner_id, inviter_kind, inviter_id) DO UPDATE SET
            sent = h.sent + excluded.sent, viewed = h.viewed + excluded.viewed, accepted = h.accepted + excluded.accepted,
            declined = h.declined + excluded.declined, closed_duplicate = h.closed_duplicate + excluded.closed_duplicate, open = h.open + excluded.open,
            expired = h.expired + excluded.expired, attended = h.attended + excluded.attended;
    DELETE FROM host_counts_by_inviter h
    USING (SELECT DISTINCT e.host_partner_id, r.inviter_kind, r.inviter_id FROM changed_rows r JOIN events e ON e.id = r.event_id) d
    WHERE direction < 0 AND h.sent = 0 AND h.host_partner_id = d.host_partner_id AND h.inviter_kind = d.inviter_kind AND h.inviter_id = d.inviter_id;
    INSERT INTO host_counts_by_issuer AS h
    SELECT e.host_partner_id, r.issued_by_user_id, direction * count(*), direction * count(r.viewed_at),
           direction * count(*) FILTER (WHERE r.credited_acceptance), direction * count(*) FILTER (WHERE r.status = 'declined'),
           direction * count(*) FILTER (WHERE r.status = 'closed_duplicate'),
           direction * count(*) FILTER (WHERE r.status IN ('pending', 'viewed')),
           direction * count(*) FILTER (WHERE r.status = 'expired'), direction * count(*) FILTER (WHERE r.attendance = 'confirmed')
    FROM changed_rows r JOIN events e ON e.id = r.event_id
    GROUP BY e.host_partner_id, r.issued_by_user_id ORDER BY e.host_partner_id, r.issued_by_user_id
    ON CONFLICT (host_partner_id, issued_by_user_id) DO UPDATE SET
            sent = h.sent + excluded.sent, viewed = h.viewed + excluded.viewed, accepted = h.accepted + excluded.accepted,
            declined = h.declined + excluded.declined, closed_duplicate = h.closed_duplicate + excluded.closed_duplicate, open = h.open + excluded.open,
            expired = h.expired + excluded.expired, attended = h.attended + excluded.attended;
    DELETE FROM host_counts_by_issuer h
    USING (SELECT DISTINCT e.host_partner_id, r.issued_by_user_id FROM changed_rows r JOIN events e ON e.id = r.event_id) d
    WHERE direction < 0 AND h.sent = 0 AND h.host_partner_id = d.host_partner_id AND h.issued_by_user_id = d.issued_by_user_id;
    RETURN NULL;
END
$$;

-- An UPDATE's net change: each changed invite's new contribution in, its
-- old one out; rows left at zero only when an invite left its group.
CREATE FUNCTION host_counts_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('partnerctl.host_counts_deferred', true) = 'on' THEN
        RETURN NULL;
    END IF;
    INSERT INTO host_counts_by_inviter AS h
    SELECT * FROM (
        SELECT e.host_partner_id, r.inviter_kind, r.inviter_id, sum(r.d) AS sent, sum(r.d * (r.viewed_at IS NOT NULL)::int) AS viewed,
               sum(r.d * r.credited_acceptance::int) AS accepted, sum(r.d * (r.status = 'declined')::int) AS declined,
               sum(r.d * (r.status = 'closed_duplicate')::int) AS closed_duplicate,
               sum(r.d * (r.status IN ('pending', 'viewed'))::int) AS open, sum(r.d * (r.status = 'expired')::int) AS expired,
               sum(r.d * (r.attendance = 'confirmed')::int) AS attended
        FROM (SELECT 1 AS d, * FROM new_rows UNION ALL SELECT -1, * FROM old_rows) r JOIN events e ON e.id = r.event_id
        GROUP BY e.host_partner_id, r.inviter_kind, r.inviter_id) g
    WHERE (sent, viewed, accepted, declined, closed_duplicate, open, expired, attended) <> (0, 0, 0, 0, 0, 0, 0, 0)
    ORDER BY 1, 2, 3
    ON CONFLICT (host_partner_id, inviter_kind, inviter_id) DO UPDATE SET
            sent = h.sent + excluded.sent, viewed = h.viewed + excluded.viewed, accepted = h.accepted + excluded.accepted,
            declined = h.declined + excluded.declined, closed_duplicate = h.closed_duplicate + excluded.closed_duplicate, open = h.open + excluded.open,
            expired = h.expired + excluded.expired, attended = h.attended + excluded.attended;
    INSERT INTO host_counts_by_issuer AS h
    SELECT * FROM (
        SELECT e.host_partner_id, r.issued_by_user_id, sum(r.d) AS sent, sum(r.d * (r.viewed_at IS NOT NULL)::int) AS viewed,
               sum(r.d * r.credited_acceptance::int) AS accepted, sum(r.d * (r.status = 'declined')::int) AS declined,
               sum(r.d * (r.status = 'closed_duplicate')::int) AS closed_duplicate,
               sum(r.d * (r.status IN ('pending', 'viewed'))::int) AS open, sum(r.d * (r.status = 'expired')::int) AS expired,
               sum(r.d * (r.attendance = 'confirmed')::int) AS attended
        FROM (SELECT 1 AS d, * FROM new_rows UNION ALL SELECT -1, * FROM old_rows) r JOIN events e ON e.id = r.event_id
        GROUP BY e.host_partner_id, r.issued_by_user_id) g
    WHERE (sent, viewed, accepted, declined, closed_duplicate, open, expired, attended) <> (0, 0, 0, 0, 0, 0, 0, 0)
    ORDER BY 1, 2
    ON CONFLICT (host_partner_id, issued_by_user_id) DO UPDATE SET
            sent = h.sent + excluded.sent, viewed = h.viewed + excluded.viewed, accepted = h.accepted + excluded.accepted,
            declined = h.declined + excluded.declined, closed_duplicate = h.closed_duplicate + excluded.closed_duplicate, open = h.open + excluded.open,
            expired = h.expired + excluded.expired, attended = h.attended + excluded.attended;
    IF EXISTS (SELECT 1 FROM old_rows o LEFT JOIN new_rows n ON n.id = o.id
               WHERE n.id IS NULL OR (n.event_id, n.inviter_kind, n.inviter_id, n.issued_by_user_id)
                                     <> (o.event_id, o.inviter_kind, o.inviter_id, o.issued_by_user_id)) THEN
        DELETE FROM host_counts_by_inviter h
        USING (SELECT DISTINCT e.host_partner_id, r.inviter_kind, r.inviter_id FROM old_rows r JOIN events e ON e.id = r.event_id) d
        WHERE h.sent = 0 AND h.host_partner_id = d.host_partner_id AND h.inviter_kind = d.inviter_kind AND h.inviter_id = d.inviter_id;
        DELETE FROM host_counts_by_issuer h
        USING (SELECT DISTINCT e.host_partner_id, r.issued_by_user_id FROM old_rows r JOIN events e ON e.id = r.event_id) d
        WHERE h.sent = 0 AND h.host_partner_id = d.host_partner_id AND h.issued_by_user_id = d.issued_by_user_id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER invites_host_counts_insert AFTER INSERT ON invites
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION host_counts_change('1');
CREATE TRIGGER invites_host_counts_update AFTER UPDATE ON invites
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION host_counts_update();
CREATE TRIGGER invites_host_counts_delete AFTER DELETE ON invites
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION host_counts_change('-1');

-- A host changed by hand: the event's counter rows leave the old host's
-- sums for the new host's.
CREATE FUNCTION host_counts_event_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('partnerctl.host_counts_deferred', true) = 'on' THEN
        RETURN NULL;
    END IF;
    INSERT INTO host_counts_by_inviter AS h
    SELECT moved.host, c.inviter_kind, c.inviter_id, moved.sign * c.sent, moved.sign * c.viewed, moved.sign * c.accepted, moved.sign * c.declined, moved.sign * c.closed_duplicate, moved.sign * c.open, moved.sign * c.expired, moved.sign * c.attended
    FROM invite_counts_by_inviter c, (VALUES (OLD.host_partner_id, -1), (NEW.host_partner_id, 1)) moved (host, sign)
    WHERE c.event_id = NEW.id
    ORDER BY moved.host, c.inviter_kind, c.inviter_id
    ON CONFLICT (host_partner_id, inviter_kind, inviter_id) DO UPDATE SET
            sent = h.sent + excluded.sent, viewed = h.viewed + excluded.viewed, accepted = h.accepted + excluded.accepted,
            declined = h.declined + excluded.declined, closed_duplicate = h.closed_duplicate + excluded.closed_duplicate, open = h.open + excluded.open,
            expired = h.expired + excluded.expired, attended = h.attended + excluded.attended;
    DELETE FROM host_counts_by_inviter WHERE host_partner_id = OLD.host_partner_id AND sent = 0;
    INSERT INTO host_counts_by_issuer AS h
    SELECT moved.host, c.issued_by_user_id, moved.sign * c.sent, moved.sign * c.viewed, moved.sign * c.accepted, moved.sign * c.declined, moved.sign * c.closed_duplicate, moved.sign * c.open, moved.sign * c.expired, moved.sign * c.attended
    FROM invite_counts_by_issuer c, (VALUES (OLD.host_partner_id, -1), (NEW.host_partner_id, 1)) moved (host, sign)
    WHERE c.event_id = NEW.id
    ORDER BY moved.host, c.issued_by_user_id
    ON CONFLICT (host_partner_id, issued_by_user_id) DO UPDATE SET
            sent = h.sent + excluded.sent, viewed = h.viewed + excluded.viewed, accepted = h.accepted + excluded.accepted,
            declined = h.declined + excluded.declined, closed_duplicate = h.closed_duplicate + excluded.closed_duplicate, open = h.open + excluded.open,
            expired = h.expired + excluded.expired, attended = h.attended + excluded.attended;
    DELETE FROM host_counts_by_issuer WHERE host_partner_id = OLD.host_partner_id AND sent = 0;
    RETURN NULL;
END
$$;

CREATE TRIGGER events_host_counts AFTER UPDATE OF host_partner_id ON events
    FOR EACH ROW WHEN (OLD.host_partner_id IS DISTINCT FROM NEW.host_partner_id)
    EXECUTE FUNCTION host_counts_event_moved();

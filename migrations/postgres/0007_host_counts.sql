-- partnerctl schema, version 7: the invite counters of migration 0003
-- summed per host, for `metrics leaderboard`, as SQLite's migration 0005
-- (its comment says why per host and not per managing partner). A
-- leaderboard adds the counter rows of the events a partner co-manages to
-- its sums over the events it hosts, and takes the top N (`metrics.rs`);
-- summing every counter row of its events instead read 87,266 rows for the
-- benchmark's partner of 1,000 events (89 ms).
-- Row triggers on the counter tables keep them, rows locked in key order,
-- and a host changed by hand moves its event's counter rows. A row exists
-- while it counts at least one invite. An `invite import` and a bulk load
-- set the triggers aside (`partnerctl.host_counts_deferred`) and recount
-- the hosts of the events they wrote, once: within one transaction each
-- update of a row leaves a version that the next one steps over, and a
-- host's row sums many events (20,000 imported invites into one partner's
-- 10 events took minutes counted row by row). `db check` compares them
-- with the sums of the counter rows.

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

-- A counter row's change (new row in, old row out, an update's net
-- change) reaches its event's host.
CREATE FUNCTION host_counts_by_inviter_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('partnerctl.host_counts_deferred', true) = 'on' THEN
        RETURN NULL;
    END IF;
    INSERT INTO host_counts_by_inviter AS h
    SELECT e.host_partner_id, c.inviter_kind, c.inviter_id, sum(c.sent), sum(c.viewed), sum(c.accepted), sum(c.declined), sum(c.closed_duplicate), sum(c.open), sum(c.expired), sum(c.attended)
    FROM (SELECT NEW.event_id, NEW.inviter_kind, NEW.inviter_id, NEW.sent, NEW.viewed, NEW.accepted, NEW.declined, NEW.closed_duplicate, NEW.open, NEW.expired, NEW.attended WHERE TG_OP <> 'DELETE'
          UNION ALL SELECT OLD.event_id, OLD.inviter_kind, OLD.inviter_id, -OLD.sent, -OLD.viewed, -OLD.accepted, -OLD.declined, -OLD.closed_duplicate, -OLD.open, -OLD.expired, -OLD.attended WHERE TG_OP <> 'INSERT')
         c (event_id, inviter_kind, inviter_id, sent, viewed, accepted, declined, closed_duplicate, open, expired, attended)
    JOIN events e ON e.id = c.event_id
    GROUP BY e.host_partner_id, c.inviter_kind, c.inviter_id
    HAVING (sum(c.sent), sum(c.viewed), sum(c.accepted), sum(c.declined), sum(c.closed_duplicate), sum(c.open), sum(c.expired), sum(c.attended)) <> (0, 0, 0, 0, 0, 0, 0, 0)
    ORDER BY e.host_partner_id, c.inviter_kind, c.inviter_id
    ON CONFLICT (host_partner_id, inviter_kind, inviter_id) DO UPDATE SET
            sent = h.sent + excluded.sent, viewed = h.viewed + excluded.viewed, accepted = h.accepted + excluded.accepted,
            declined = h.declined + excluded.declined, closed_duplicate = h.closed_duplicate + excluded.closed_duplicate, open = h.open + excluded.open,
            expired = h.expired + excluded.expired, attended = h.attended + excluded.attended;
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM host_counts_by_inviter h WHERE h.sent = 0 AND h.inviter_kind = OLD.inviter_kind AND h.inviter_id = OLD.inviter_id
            AND h.host_partner_id = (SELECT host_partner_id FROM events WHERE id = OLD.event_id);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER invite_counts_by_inviter_hosts AFTER INSERT OR UPDATE OR DELETE ON invite_counts_by_inviter
    FOR EACH ROW EXECUTE FUNCTION host_counts_by_inviter_follow();

CREATE FUNCTION host_counts_by_issuer_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('partnerctl.host_counts_deferred', true) = 'on' THEN
        RETURN NULL;
    END IF;
    INSERT INTO host_counts_by_issuer AS h
    SELECT e.host_partner_id, c.issued_by_user_id, sum(c.sent), sum(c.viewed), sum(c.accepted), sum(c.declined), sum(c.closed_duplicate), sum(c.open), sum(c.expired), sum(c.attended)
    FROM (SELECT NEW.event_id, NEW.issued_by_user_id, NEW.sent, NEW.viewed, NEW.accepted, NEW.declined, NEW.closed_duplicate, NEW.open, NEW.expired, NEW.attended WHERE TG_OP <> 'DELETE'
          UNION ALL SELECT OLD.event_id, OLD.issued_by_user_id, -OLD.sent, -OLD.viewed, -OLD.accepted, -OLD.declined, -OLD.closed_duplicate, -OLD.open, -OLD.expired, -OLD.attended WHERE TG_OP <> 'INSERT')
         c (event_id, issued_by_user_id, sent, viewed, accepted, declined, closed_duplicate, open, expired, attended)
    JOIN events e ON e.id = c.event_id
    GROUP BY e.host_partner_id, c.issued_by_user_id
    HAVING (sum(c.sent), sum(c.viewed), sum(c.accepted), sum(c.declined), sum(c.closed_duplicate), sum(c.open), sum(c.expired), sum(c.attended)) <> (0, 0, 0, 0, 0, 0, 0, 0)
    ORDER BY e.host_partner_id, c.issued_by_user_id
    ON CONFLICT (host_partner_id, issued_by_user_id) DO UPDATE SET
            sent = h.sent + excluded.sent, viewed = h.viewed + excluded.viewed, accepted = h.accepted + excluded.accepted,
            declined = h.declined + excluded.declined, closed_duplicate = h.closed_duplicate + excluded.closed_duplicate, open = h.open + excluded.open,
            expired = h.expired + excluded.expired, attended = h.attended + excluded.attended;
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM host_counts_by_issuer h WHERE h.sent = 0 AND h.issued_by_user_id = OLD.issued_by_user_id
            AND h.host_partner_id = (SELECT host_partner_id FROM events WHERE id = OLD.event_id);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER invite_counts_by_issuer_hosts AFTER INSERT OR UPDATE OR DELETE ON invite_counts_by_issuer
    FOR EACH ROW EXECUTE FUNCTION host_counts_by_issuer_follow();

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

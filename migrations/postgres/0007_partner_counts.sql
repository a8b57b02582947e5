-- partnerctl schema, version 7: the invite counters of migration 0003
-- summed per partner, for `metrics leaderboard`, as SQLite's migration
-- 0005. A leaderboard ranks the inviters (or issuers) of all the events a
-- partner manages by `accepted`, then `sent`; summing the counter rows of
-- those events on each request read 87,266 rows for the benchmark's
-- partner of 1,000 events (89 ms). These tables hold the sums per
-- (partner, inviter principal) and (partner, issuing user), and their
-- second index is the leaderboard's order, so the top N are the first N
-- entries.
-- Row triggers on the counter tables keep them (a change in an event
-- reaches every partner managing it: its host and its managers, a host
-- listed as its own manager once), as do the managers of an event (a
-- partner that starts or stops managing one gains or loses its counter
-- rows). Rows are locked in key order. A row exists while it counts at
-- least one invite. An `invite import` and a bulk load set them aside
-- (`partnerctl.partner_counts_deferred`) and recount the partners managing
-- the events they wrote, once: within one transaction, each update of a row
-- leaves a version that the next one steps over, and a partner's row sums
-- many events (20,000 imported invites into one partner's 10 events took
-- 176 s counted row by row). `db check` compares them with the sums of
-- their events' counters.

CREATE TABLE partner_counts_by_inviter (
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

-- SPEC §2.5's order: accepted desc, sent desc, then id.
CREATE INDEX partner_counts_by_inviter_rank
    ON partner_counts_by_inviter (partner_id, accepted DESC, sent DESC, inviter_id, inviter_kind);

CREATE TABLE partner_counts_by_issuer (
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

CREATE INDEX partner_counts_by_issuer_rank
    ON partner_counts_by_issuer (partner_id, accepted DESC, sent DESC, issued_by_user_id);

-- The sums of the counters already there (an existing database).
INSERT INTO partner_counts_by_inviter
SELECT m.partner_id, c.inviter_kind, c.inviter_id, sum(c.sent), sum(c.viewed), sum(c.accepted), sum(c.declined), sum(c.closed_duplicate), sum(c.open), sum(c.expired), sum(c.attended)
FROM invite_counts_by_inviter c
     JOIN (SELECT id AS event_id, host_partner_id AS partner_id FROM events
           UNION SELECT event_id, partner_id FROM event_managers) m USING (event_id)
GROUP BY m.partner_id, c.inviter_kind, c.inviter_id;

INSERT INTO partner_counts_by_issuer
SELECT m.partner_id, c.issued_by_user_id, sum(c.sent), sum(c.viewed), sum(c.accepted), sum(c.declined), sum(c.closed_duplicate), sum(c.open), sum(c.expired), sum(c.attended)
FROM invite_counts_by_issuer c
     JOIN (SELECT id AS event_id, host_partner_id AS partner_id FROM events
           UNION SELECT event_id, partner_id FROM event_managers) m USING (event_id)
GROUP BY m.partner_id, c.issued_by_user_id;

-- A counter row's change (new row in, old row out, an update's net
-- change) reaches the partners managing its event.
CREATE FUNCTION partner_counts_by_inviter_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('partnerctl.partner_counts_deferred', true) = 'on' THEN
        RETURN NULL;
    END IF;
    INSERT INTO partner_counts_by_inviter AS p
    SELECT m.partner_id, c.inviter_kind, c.inviter_id, sum(c.sent), sum(c.viewed), sum(c.accepted), sum(c.declined), sum(c.closed_duplicate), sum(c.open), sum(c.expired), sum(c.attended)
    FROM (SELECT NEW.event_id, NEW.inviter_kind, NEW.inviter_id, NEW.sent, NEW.viewed, NEW.accepted, NEW.declined, NEW.closed_duplicate, NEW.open, NEW.expired, NEW.attended WHERE TG_OP <> 'DELETE'
          UNION ALL SELECT OLD.event_id, OLD.inviter_kind, OLD.inviter_id, -OLD.sent, -OLD.viewed, -OLD.accepted, -OLD.declined, -OLD.closed_duplicate, -OLD.open, -OLD.expired, -OLD.attended WHERE TG_OP <> 'INSERT')
         c (event_id, inviter_kind, inviter_id, sent, viewed, accepted, declined, closed_duplicate, open, expired, attended)
    CROSS JOIN LATERAL (SELECT host_partner_id FROM events WHERE id = c.event_id
                             UNION SELECT partner_id FROM event_managers WHERE event_id = c.event_id) m(partner_id)
    GROUP BY m.partner_id, c.inviter_kind, c.inviter_id
    HAVING (sum(c.sent), sum(c.viewed), sum(c.accepted), sum(c.declined), sum(c.closed_duplicate), sum(c.open), sum(c.expired), sum(c.attended)) <> (0, 0, 0, 0, 0, 0, 0, 0)
    ORDER BY m.partner_id, c.inviter_kind, c.inviter_id
    ON CONFLICT (partner_id, inviter_kind, inviter_id) DO UPDATE SET
            sent = p.sent + excluded.sent, viewed = p.viewed + excluded.viewed, accepted = p.accepted + excluded.accepted,
            declined = p.declined + excluded.declined, closed_duplicate = p.closed_duplicate + excluded.closed_duplicate, open = p.open + excluded.open,
            expired = p.expired + excluded.expired, attended = p.attended + excluded.attended;
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM partner_counts_by_inviter p WHERE p.sent = 0 AND p.inviter_kind = OLD.inviter_kind AND p.inviter_id = OLD.inviter_id
            AND p.partner_id IN (SELECT host_partner_id FROM events WHERE id = OLD.event_id
                                 UNION SELECT partner_id FROM event_managers WHERE event_id = OLD.event_id);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER invite_counts_by_inviter_partners AFTER INSERT OR UPDATE OR DELETE ON invite_counts_by_inviter
    FOR EACH ROW EXECUTE FUNCTION partner_counts_by_inviter_follow();

CREATE FUNCTION partner_counts_by_issuer_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('partnerctl.partner_counts_deferred', true) = 'on' THEN
        RETURN NULL;
    END IF;
    INSERT INTO partner_counts_by_issuer AS p
    SELECT m.partner_id, c.issued_by_user_id, sum(c.sent), sum(c.viewed), sum(c.accepted), sum(c.declined), sum(c.closed_duplicate), sum(c.open), sum(c.expired), sum(c.attended)
    FROM (SELECT NEW.event_id, NEW.issued_by_user_id, NEW.sent, NEW.viewed, NEW.accepted, NEW.declined, NEW.closed_duplicate, NEW.open, NEW.expired, NEW.attended WHERE TG_OP <> 'DELETE'
          UNION ALL SELECT OLD.event_id, OLD.issued_by_user_id, -OLD.sent, -OLD.viewed, -OLD.accepted, -OLD.declined, -OLD.closed_duplicate, -OLD.open, -OLD.expired, -OLD.attended WHERE TG_OP <> 'INSERT')
         c (event_id, issued_by_user_id, sent, viewed, accepted, declined, closed_duplicate, open, expired, attended)
    CROSS JOIN LATERAL (SELECT host_partner_id FROM events WHERE id = c.event_id
                             UNION SELECT partner_id FROM event_managers WHERE event_id = c.event_id) m(partner_id)
    GROUP BY m.partner_id, c.issued_by_user_id
    HAVING (sum(c.sent), sum(c.viewed), sum(c.accepted), sum(c.declined), sum(c.closed_duplicate), sum(c.open), sum(c.expired), sum(c.attended)) <> (0, 0, 0, 0, 0, 0, 0, 0)
    ORDER BY m.partner_id, c.issued_by_user_id
    ON CONFLICT (partner_id, issued_by_user_id) DO UPDATE SET
            sent = p.sent + excluded.sent, viewed = p.viewed + excluded.viewed, accepted = p.accepted + excluded.accepted,
            declined = p.declined + excluded.declined, closed_duplicate = p.closed_duplicate + excluded.closed_duplicate, open = p.open + excluded.open,
            expired = p.expired + excluded.expired, attended = p.attended + excluded.attended;
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM partner_counts_by_issuer p WHERE p.sent = 0 AND p.issued_by_user_id = OLD.issued_by_user_id
            AND p.partner_id IN (SELECT host_partner_id FROM events WHERE id = OLD.event_id
                                 UNION SELECT partner_id FROM event_managers WHERE event_id = OLD.event_id);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER invite_counts_by_issuer_partners AFTER INSERT OR UPDATE OR DELETE ON invite_counts_by_issuer
    FOR EACH ROW EXECUTE FUNCTION partner_counts_by_issuer_follow();

-- Partner `partner` starts (sign 1) or stops (-1) managing event `event`:
-- the event's counter rows in or out.
CREATE FUNCTION partner_counts_event(partner TEXT, event TEXT, sign BIGINT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO partner_counts_by_inviter AS p
    SELECT partner, c.inviter_kind, c.inviter_id, sign * c.sent, sign * c.viewed, sign * c.accepted, sign * c.declined, sign * c.closed_duplicate, sign * c.open, sign * c.expired, sign * c.attended FROM invite_counts_by_inviter c WHERE c.event_id = event
    ORDER BY c.inviter_kind, c.inviter_id
    ON CONFLICT (partner_id, inviter_kind, inviter_id) DO UPDATE SET
            sent = p.sent + excluded.sent, viewed = p.viewed + excluded.viewed, accepted = p.accepted + excluded.accepted,
            declined = p.declined + excluded.declined, closed_duplicate = p.closed_duplicate + excluded.closed_duplicate, open = p.open + excluded.open,
            expired = p.expired + excluded.expired, attended = p.attended + excluded.attended;
    DELETE FROM partner_counts_by_inviter WHERE sign < 0 AND partner_id = partner AND sent = 0;
    INSERT INTO partner_counts_by_issuer AS p
    SELECT partner, c.issued_by_user_id, sign * c.sent, sign * c.viewed, sign * c.accepted, sign * c.declined, sign * c.closed_duplicate, sign * c.open, sign * c.expired, sign * c.attended FROM invite_counts_by_issuer c WHERE c.event_id = event
    ORDER BY c.issued_by_user_id
    ON CONFLICT (partner_id, issued_by_user_id) DO UPDATE SET
            sent = p.sent + excluded.sent, viewed = p.viewed + excluded.viewed, accepted = p.accepted + excluded.accepted,
            declined = p.declined + excluded.declined, closed_duplicate = p.closed_duplicate + excluded.closed_duplicate, open = p.open + excluded.open,
            expired = p.expired + excluded.expired, attended = p.attended + excluded.attended;
    DELETE FROM partner_counts_by_issuer WHERE sign < 0 AND partner_id = partner AND sent = 0;
END
$$;

-- A manager added or removed, unless it is the event's host; a host
-- changed by hand, unless the partner is also a manager. AFTER triggers:
-- what they look up is the state once the change is made.
CREATE FUNCTION partner_counts_managers() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('partnerctl.partner_counts_deferred', true) = 'on' THEN
        RETURN NULL;
    END IF;
    IF TG_TABLE_NAME = 'events' THEN
        IF NOT EXISTS (SELECT 1 FROM event_managers WHERE event_id = NEW.id AND partner_id = OLD.host_partner_id) THEN
            PERFORM partner_counts_event(OLD.host_partner_id, NEW.id, -1);
        END IF;
        IF NOT EXISTS (SELECT 1 FROM event_managers WHERE event_id = NEW.id AND partner_id = NEW.host_partner_id) THEN
            PERFORM partner_counts_event(NEW.host_partner_id, NEW.id, 1);
        END IF;
    ELSIF TG_OP = 'INSERT' THEN
        IF NEW.partner_id IS DISTINCT FROM (SELECT host_partner_id FROM events WHERE id = NEW.event_id) THEN
            PERFORM partner_counts_event(NEW.partner_id, NEW.event_id, 1);
        END IF;
    ELSIF OLD.partner_id IS DISTINCT FROM (SELECT host_partner_id FROM events WHERE id = OLD.event_id) THEN
        PERFORM partner_counts_event(OLD.partner_id, OLD.event_id, -1);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER event_managers_partner_counts AFTER INSERT OR DELETE ON event_managers
    FOR EACH ROW EXECUTE FUNCTION partner_counts_managers();
CREATE TRIGGER events_host_partner_counts AFTER UPDATE OF host_partner_id ON events
    FOR EACH ROW WHEN (OLD.host_partner_id IS DISTINCT FROM NEW.host_partner_id)
    EXECUTE FUNCTION partner_counts_managers();

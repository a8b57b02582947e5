-- partnerctl schema, version 5: the invite counters of migration 0003
-- summed per host, for `metrics leaderboard`. A leaderboard ranks the
-- inviters (or issuers) of all the events a partner manages (hosts, or
-- co-manages) by `accepted`, then `sent`. Summing the counter rows of those
-- events on each request read 87,266 rows for the benchmark's partner of
-- 1,000 events (57 ms). These tables hold the sums over the events each
-- partner hosts, per (host, inviter principal) and (host, issuing user),
-- and their second index is the leaderboard's order. A leaderboard adds
-- the counter rows of the events the partner co-manages to its own sums
-- and takes the top N of the result (`metrics.rs`).
-- Sums per host and not per managing partner: an event has one host but
-- any number of managers, and the benchmark's largest event has 200 (sums
-- per managing partner made 4.2 million rows of 87,266 counter rows, grew
-- the file by 64 % and took 22 s of a 1M-invite import).
-- Triggers on the counter tables keep them, and a host changed by hand
-- moves its event's counter rows. A row exists while it counts at least
-- one invite. `db check` compares them with the sums of the counter rows.

CREATE TABLE host_counts_by_inviter (
    host_partner_id   TEXT NOT NULL,
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
    PRIMARY KEY (host_partner_id, inviter_kind, inviter_id)
) WITHOUT ROWID;

-- SPEC §2.5's order: accepted desc, sent desc, then id.
CREATE INDEX host_counts_by_inviter_rank
    ON host_counts_by_inviter (host_partner_id, accepted DESC, sent DESC, inviter_id, inviter_kind);

CREATE TABLE host_counts_by_issuer (
    host_partner_id   TEXT NOT NULL,
    issued_by_user_id TEXT NOT NULL,
    sent              INTEGER NOT NULL,
    viewed            INTEGER NOT NULL,
    accepted          INTEGER NOT NULL,
    declined          INTEGER NOT NULL,
    closed_duplicate  INTEGER NOT NULL,
    open              INTEGER NOT NULL,
    expired           INTEGER NOT NULL,
    attended          INTEGER NOT NULL,
    PRIMARY KEY (host_partner_id, issued_by_user_id)
) WITHOUT ROWID;

CREATE INDEX host_counts_by_issuer_rank
    ON host_counts_by_issuer (host_partner_id, accepted DESC, sent DESC, issued_by_user_id);

-- The counter rows' changes, each an upsert of its host's row: new rows
-- in, net changes of updated rows (rows moved to other keys by hand: out
-- of the old, into the new), removed rows out. Rows left at zero go.
CREATE TRIGGER invite_counts_by_inviter_host_insert AFTER INSERT ON invite_counts_by_inviter BEGIN
    INSERT INTO host_counts_by_inviter (host_partner_id, inviter_kind, inviter_id, sent, viewed, accepted, declined, closed_duplicate, open, expired, attended)
    SELECT host_partner_id, NEW.inviter_kind, NEW.inviter_id, NEW.sent, NEW.viewed, NEW.accepted, NEW.declined, NEW.closed_duplicate, NEW.open, NEW.expired, NEW.attended FROM events WHERE id = NEW.event_id
    ON CONFLICT DO UPDATE SET
        sent = sent + excluded.sent, viewed = viewed + excluded.viewed, accepted = accepted + excluded.accepted,
        declined = declined + excluded.declined, closed_duplicate = closed_duplicate + excluded.closed_duplicate, open = open + excluded.open,
        expired = expired + excluded.expired, attended = attended + excluded.attended;
END;
CREATE TRIGGER invite_counts_by_inviter_host_update AFTER UPDATE OF sent, viewed, accepted, declined, closed_duplicate, open, expired, attended ON invite_counts_by_inviter
    WHEN (NEW.event_id, NEW.inviter_kind, NEW.inviter_id) = (OLD.event_id, OLD.inviter_kind, OLD.inviter_id)
     AND (NEW.sent, NEW.viewed, NEW.accepted, NEW.declined, NEW.closed_duplicate, NEW.open, NEW.expired, NEW.attended)
         <> (OLD.sent, OLD.viewed, OLD.accepted, OLD.declined, OLD.closed_duplicate, OLD.open, OLD.expired, OLD.attended) BEGIN
    INSERT INTO host_counts_by_inviter (host_partner_id, inviter_kind, inviter_id, sent, viewed, accepted, declined, closed_duplicate, open, expired, attended)
    SELECT host_partner_id, NEW.inviter_kind, NEW.inviter_id, NEW.sent - OLD.sent, NEW.viewed - OLD.viewed, NEW.accepted - OLD.accepted, NEW.declined - OLD.declined, NEW.closed_duplicate - OLD.closed_duplicate, NEW.open - OLD.open, NEW.expired - OLD.expired, NEW.attended - OLD.attended FROM events WHERE id = NEW.event_id
    ON CONFLICT DO UPDATE SET
        sent = sent + excluded.sent, viewed = viewed + excluded.viewed, accepted = accepted + excluded.accepted,
        declined = declined + excluded.declined, closed_duplicate = closed_duplicate + excluded.closed_duplicate, open = open + excluded.open,
        expired = expired + excluded.expired, attended = attended + excluded.attended;
    DELETE FROM host_counts_by_inviter WHERE NEW.sent < OLD.sent AND sent = 0
        AND host_partner_id = (SELECT host_partner_id FROM events WHERE id = OLD.event_id) AND inviter_kind = OLD.inviter_kind AND inviter_id = OLD.inviter_id;
END;
CREATE TRIGGER invite_counts_by_inviter_host_move AFTER UPDATE OF event_id, inviter_kind, inviter_id ON invite_counts_by_inviter
    WHEN (NEW.event_id, NEW.inviter_kind, NEW.inviter_id) <> (OLD.event_id, OLD.inviter_kind, OLD.inviter_id) BEGIN
    INSERT INTO host_counts_by_inviter (host_partner_id, inviter_kind, inviter_id, sent, viewed, accepted, declined, closed_duplicate, open, expired, attended)
    SELECT host_partner_id, OLD.inviter_kind, OLD.inviter_id, -OLD.sent, -OLD.viewed, -OLD.accepted, -OLD.declined, -OLD.closed_duplicate, -OLD.open, -OLD.expired, -OLD.attended FROM events WHERE id = OLD.event_id
    ON CONFLICT DO UPDATE SET
        sent = sent + excluded.sent, viewed = viewed + excluded.viewed, accepted = accepted + excluded.accepted,
        declined = declined + excluded.declined, closed_duplicate = closed_duplicate + excluded.closed_duplicate, open = open + excluded.open,
        expired = expired + excluded.expired, attended = attended + excluded.attended;
    DELETE FROM host_counts_by_inviter WHERE 1 AND sent = 0
        AND host_partner_id = (SELECT host_partner_id FROM events WHERE id = OLD.event_id) AND inviter_kind = OLD.inviter_kind AND inviter_id = OLD.inviter_id;
    INSERT INTO host_counts_by_inviter (host_partner_id, inviter_kind, inviter_id, sent, viewed, accepted, declined, closed_duplicate, open, expired, attended)
    SELECT host_partner_id, NEW.inviter_kind, NEW.inviter_id, NEW.sent, NEW.viewed, NEW.accepted, NEW.declined, NEW.closed_duplicate, NEW.open, NEW.expired, NEW.attended FROM events WHERE id = NEW.event_id
    ON CONFLICT DO UPDATE SET
        sent = sent + excluded.sent, viewed = viewed + excluded.viewed, accepted = accepted + excluded.accepted,
        declined = declined + excluded.declined, closed_duplicate = closed_duplicate + excluded.closed_duplicate, open = open + excluded.open,
        expired = expired + excluded.expired, attended = attended + excluded.attended;
END;
CREATE TRIGGER invite_counts_by_inviter_host_delete AFTER DELETE ON invite_counts_by_inviter
    WHEN OLD.sent <> 0 BEGIN
    INSERT INTO host_counts_by_inviter (host_partner_id, inviter_kind, inviter_id, sent, viewed, accepted, declined, closed_duplicate, open, expired, attended)
    SELECT host_partner_id, OLD.inviter_kind, OLD.inviter_id, -OLD.sent, -OLD.viewed, -OLD.accepted, -OLD.declined, -OLD.closed_duplicate, -OLD.open, -OLD.expired, -OLD.attended FROM events WHERE id = OLD.event_id
    ON CONFLICT DO UPDATE SET
        sent = sent + excluded.sent, viewed = viewed + excluded.viewed, accepted = accepted + excluded.accepted,
        declined = declined + excluded.declined, closed_duplicate = closed_duplicate + excluded.closed_duplicate, open = open + excluded.open,
        expired = expired + excluded.expired, attended = attended + excluded.attended;
    DELETE FROM host_counts_by_inviter WHERE 1 AND sent = 0
        AND host_partner_id = (SELECT host_partner_id FROM events WHERE id = OLD.event_id) AND inviter_kind = OLD.inviter_kind AND inviter_id = OLD.inviter_id;
END;

CREATE TRIGGER invite_counts_by_issuer_host_insert AFTER INSERT ON invite_counts_by_issuer BEGIN
    INSERT INTO host_counts_by_issuer (host_partner_id, issued_by_user_id, sent, viewed, accepted, declined, closed_duplicate, open, expired, attended)
    SELECT host_partner_id, NEW.issued_by_user_id, NEW.sent, NEW.viewed, NEW.accepted, NEW.declined, NEW.closed_duplicate, NEW.open, NEW.expired, NEW.attended FROM events WHERE id = NEW.event_id
    ON CONFLICT DO UPDATE SET
        sent = sent + excluded.sent, viewed = viewed + excluded.viewed, accepted = accepted + excluded.accepted,
        declined = declined + excluded.declined, closed_duplicate = closed_duplicate + excluded.closed_duplicate, open = open + excluded.open,
        expired = expired + excluded.expired, attended = attended + excluded.attended;
END;
CREATE TRIGGER invite_counts_by_issuer_host_update AFTER UPDATE OF sent, viewed, accepted, declined, closed_duplicate, open, expired, attended ON invite_counts_by_issuer
    WHEN (NEW.event_id, NEW.issued_by_user_id) = (OLD.event_id, OLD.issued_by_user_id)
     AND (NEW.sent, NEW.viewed, NEW.accepted, NEW.declined, NEW.closed_duplicate, NEW.open, NEW.expired, NEW.attended)
         <> (OLD.sent, OLD.viewed, OLD.accepted, OLD.declined, OLD.closed_duplicate, OLD.open, OLD.expired, OLD.attended) BEGIN
    INSERT INTO host_counts_by_issuer (host_partner_id, issued_by_user_id, sent, viewed, accepted, declined, closed_duplicate, open, expired, attended)
    SELECT host_partner_id, NEW.issued_by_user_id, NEW.sent - OLD.sent, NEW.viewed - OLD.viewed, NEW.accepted - OLD.accepted, NEW.declined - OLD.declined, NEW.closed_duplicate - OLD.closed_duplicate, NEW.open - OLD.open, NEW.expired - OLD.expired, NEW.attended - OLD.attended FROM events WHERE id = NEW.event_id
    ON CONFLICT DO UPDATE SET
        sent = sent + excluded.sent, viewed = viewed + excluded.viewed, accepted = accepted + excluded.accepted,
        declined = declined + excluded.declined, closed_duplicate = closed_duplicate + excluded.closed_duplicate, open = open + excluded.open,
        expired = expired + excluded.expired, attended = attended + excluded.attended;
    DELETE FROM host_counts_by_issuer WHERE NEW.sent < OLD.sent AND sent = 0
        AND host_partner_id = (SELECT host_partner_id FROM events WHERE id = OLD.event_id) AND issued_by_user_id = OLD.issued_by_user_id;
END;
CREATE TRIGGER invite_counts_by_issuer_host_move AFTER UPDATE OF event_id, issued_by_user_id ON invite_counts_by_issuer
    WHEN (NEW.event_id, NEW.issued_by_user_id) <> (OLD.event_id, OLD.issued_by_user_id) BEGIN
    INSERT INTO host_counts_by_issuer (host_partner_id, issued_by_user_id, sent, viewed, accepted, declined, closed_duplicate, open, expired, attended)
    SELECT host_partner_id, OLD.issued_by_user_id, -OLD.sent, -OLD.viewed, -OLD.accepted, -OLD.declined, -OLD.closed_duplicate, -OLD.open, -OLD.expired, -OLD.attended FROM events WHERE id = OLD.event_id
    ON CONFLICT DO UPDATE SET
        sent = sent + excluded.sent, viewed = viewed + excluded.viewed, accepted = accepted + excluded.accepted,
        declined = declined + excluded.declined, closed_duplicate = closed_duplicate + excluded.closed_duplicate, open = open + excluded.open,
        expired = expired + excluded.expired, attended = attended + excluded.attended;
    DELETE FROM host_counts_by_issuer WHERE 1 AND sent = 0
        AND host_partner_id = (SELECT host_partner_id FROM events WHERE id = OLD.event_id) AND issued_by_user_id = OLD.issued_by_user_id;
    INSERT INTO host_counts_by_issuer (host_partner_id, issued_by_user_id, sent, viewed, accepted, declined, closed_duplicate, open, expired, attended)
    SELECT host_partner_id, NEW.issued_by_user_id, NEW.sent, NEW.viewed, NEW.accepted, NEW.declined, NEW.closed_duplicate, NEW.open, NEW.expired, NEW.attended FROM events WHERE id = NEW.event_id
    ON CONFLICT DO UPDATE SET
        sent = sent + excluded.sent, viewed = viewed + excluded.viewed, accepted = accepted + excluded.accepted,
        declined = declined + excluded.declined, closed_duplicate = closed_duplicate + excluded.closed_duplicate, open = open + excluded.open,
        expired = expired + excluded.expired, attended = attended + excluded.attended;
END;
CREATE TRIGGER invite_counts_by_issuer_host_delete AFTER DELETE ON invite_counts_by_issuer
    WHEN OLD.sent <> 0 BEGIN
    INSERT INTO host_counts_by_issuer (host_partner_id, issued_by_user_id, sent, viewed, accepted, declined, closed_duplicate, open, expired, attended)
    SELECT host_partner_id, OLD.issued_by_user_id, -OLD.sent, -OLD.viewed, -OLD.accepted, -OLD.declined, -OLD.closed_duplicate, -OLD.open, -OLD.expired, -OLD.attended FROM events WHERE id = OLD.event_id
    ON CONFLICT DO UPDATE SET
        sent = sent + excluded.sent, viewed = viewed + excluded.viewed, accepted = accepted + excluded.accepted,
        declined = declined + excluded.declined, closed_duplicate = closed_duplicate + excluded.closed_duplicate, open = open + excluded.open,
        expired = expired + excluded.expired, attended = attended + excluded.attended;
    DELETE FROM host_counts_by_issuer WHERE 1 AND sent = 0
        AND host_partner_id = (SELECT host_partner_id FROM events WHERE id = OLD.event_id) AND issued_by_user_id = OLD.issued_by_user_id;
END;

-- A host changed by hand: the event's counter rows leave the old host's
-- sums for the new host's.
CREATE VIEW host_event_changes AS SELECT '' AS host_partner_id, '' AS event_id, 0 AS sign WHERE 0;

CREATE TRIGGER host_event_changes_apply INSTEAD OF INSERT ON host_event_changes BEGIN
    INSERT INTO host_counts_by_inviter (host_partner_id, inviter_kind, inviter_id, sent, viewed, accepted, declined, closed_duplicate, open, expired, attended)
    SELECT NEW.host_partner_id, inviter_kind, inviter_id, NEW.sign * sent, NEW.sign * viewed, NEW.sign * accepted, NEW.sign * declined, NEW.sign * closed_duplicate, NEW.sign * open, NEW.sign * expired, NEW.sign * attended
    FROM invite_counts_by_inviter WHERE event_id = NEW.event_id
    ON CONFLICT DO UPDATE SET
        sent = sent + excluded.sent, viewed = viewed + excluded.viewed, accepted = accepted + excluded.accepted,
        declined = declined + excluded.declined, closed_duplicate = closed_duplicate + excluded.closed_duplicate, open = open + excluded.open,
        expired = expired + excluded.expired, attended = attended + excluded.attended;
    INSERT INTO host_counts_by_issuer (host_partner_id, issued_by_user_id, sent, viewed, accepted, declined, closed_duplicate, open, expired, attended)
    SELECT NEW.host_partner_id, issued_by_user_id, NEW.sign * sent, NEW.sign * viewed, NEW.sign * accepted, NEW.sign * declined, NEW.sign * closed_duplicate, NEW.sign * open, NEW.sign * expired, NEW.sign * attended
    FROM invite_counts_by_issuer WHERE event_id = NEW.event_id
    ON CONFLICT DO UPDATE SET
        sent = sent + excluded.sent, viewed = viewed + excluded.viewed, accepted = accepted + excluded.accepted,
        declined = declined + excluded.declined, closed_duplicate = closed_duplicate + excluded.closed_duplicate, open = open + excluded.open,
        expired = expired + excluded.expired, attended = attended + excluded.attended;
    DELETE FROM host_counts_by_inviter WHERE NEW.sign < 0 AND host_partner_id = NEW.host_partner_id AND sent = 0;
    DELETE FROM host_counts_by_issuer WHERE NEW.sign < 0 AND host_partner_id = NEW.host_partner_id AND sent = 0;
END;

CREATE TRIGGER events_host_counts AFTER UPDATE OF host_partner_id ON events
    WHEN NEW.host_partner_id <> OLD.host_partner_id BEGIN
    INSERT INTO host_event_changes VALUES (OLD.host_partner_id, NEW.id, -1);
    INSERT INTO host_event_changes VALUES (NEW.host_partner_id, NEW.id, 1);
END;

-- The sums of the counters already there (an existing database).
INSERT INTO host_counts_by_inviter
SELECT e.host_partner_id, c.inviter_kind, c.inviter_id, sum(c.sent), sum(c.viewed), sum(c.accepted), sum(c.declined), sum(c.closed_duplicate), sum(c.open), sum(c.expired), sum(c.attended)
FROM invite_counts_by_inviter c JOIN events e ON e.id = c.event_id
GROUP BY e.host_partner_id, c.inviter_kind, c.inviter_id;

INSERT INTO host_counts_by_issuer
SELECT e.host_partner_id, c.issued_by_user_id, sum(c.sent), sum(c.viewed), sum(c.accepted), sum(c.declined), sum(c.closed_duplicate), sum(c.open), sum(c.expired), sum(c.attended)
FROM invite_counts_by_issuer c JOIN events e ON e.id = c.event_id
GROUP BY e.host_partner_id, c.issued_by_user_id;

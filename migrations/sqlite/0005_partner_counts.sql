-- partnerctl schema, version 5: the invite counters of migration 0003
-- summed per partner, for `metrics leaderboard`. A leaderboard ranks the
-- inviters (or issuers) of all the events a partner manages by `accepted`,
-- then `sent`. Summing the counter rows of those events on each request
-- read 87,266 rows for the benchmark's partner of 1,000 events (57 ms).
-- These tables hold the sums per (partner, inviter principal) and
-- (partner, issuing user), and their second index is the leaderboard's
-- order, so the top N are the first N entries.
-- Triggers keep them from the counter rows (a change in an event reaches
-- every partner managing it: its host and its managers, a host listed as
-- its own manager once) and from the managers of an event (a partner that
-- starts or stops managing one gains or loses its counter rows). A row
-- exists while it counts at least one invite. `db check` recounts them.

CREATE TABLE partner_counts_by_inviter (
    partner_id        TEXT NOT NULL,
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
    PRIMARY KEY (partner_id, inviter_kind, inviter_id)
) WITHOUT ROWID;

-- SPEC §2.5's order: accepted desc, sent desc, then id. It also finds the
-- rows left at zero (accepted <= sent).
CREATE INDEX partner_counts_by_inviter_rank
    ON partner_counts_by_inviter (partner_id, accepted DESC, sent DESC, inviter_id, inviter_kind);

CREATE TABLE partner_counts_by_issuer (
    partner_id        TEXT NOT NULL,
    issued_by_user_id TEXT NOT NULL,
    sent              INTEGER NOT NULL,
    viewed            INTEGER NOT NULL,
    accepted          INTEGER NOT NULL,
    declined          INTEGER NOT NULL,
    closed_duplicate  INTEGER NOT NULL,
    open              INTEGER NOT NULL,
    expired           INTEGER NOT NULL,
    attended          INTEGER NOT NULL,
    PRIMARY KEY (partner_id, issued_by_user_id)
) WITHOUT ROWID;

CREATE INDEX partner_counts_by_issuer_rank
    ON partner_counts_by_issuer (partner_id, accepted DESC, sent DESC, issued_by_user_id);

-- One change of an event's counter row, counted in by writing it here (a
-- NULL inviter id or issuer says which table): every partner managing the
-- event gets it. Rows left at zero go.
CREATE VIEW partner_count_changes AS
SELECT '' AS event_id, '' AS inviter_kind, '' AS inviter_id, '' AS issued_by_user_id, 0 AS sent, 0 AS viewed, 0 AS accepted, 0 AS declined, 0 AS closed_duplicate, 0 AS open, 0 AS expired, 0 AS attended WHERE 0;

CREATE TRIGGER partner_count_changes_apply INSTEAD OF INSERT ON partner_count_changes BEGIN
    INSERT INTO partner_counts_by_inviter (partner_id, inviter_kind, inviter_id, sent, viewed, accepted, declined, closed_duplicate, open, expired, attended)
    SELECT partner_id, NEW.inviter_kind, NEW.inviter_id, NEW.sent, NEW.viewed, NEW.accepted, NEW.declined, NEW.closed_duplicate, NEW.open, NEW.expired, NEW.attended
    FROM (SELECT host_partner_id AS partner_id FROM events WHERE id = NEW.event_id
          UNION SELECT partner_id FROM event_managers WHERE event_id = NEW.event_id)
    WHERE NEW.inviter_id IS NOT NULL
    ON CONFLICT DO UPDATE SET
        sent = sent + excluded.sent, viewed = viewed + excluded.viewed, accepted = accepted + excluded.accepted,
        declined = declined + excluded.declined, closed_duplicate = closed_duplicate + excluded.closed_duplicate, open = open + excluded.open,
        expired = expired + excluded.expired, attended = attended + excluded.attended;
    INSERT INTO partner_counts_by_issuer (partner_id, issued_by_user_id, sent, viewed, accepted, declined, closed_duplicate, open, expired, attended)
    SELECT partner_id, NEW.issued_by_user_id, NEW.sent, NEW.viewed, NEW.accepted, NEW.declined, NEW.closed_duplicate, NEW.open, NEW.expired, NEW.attended
    FROM (SELECT host_partner_id AS partner_id FROM events WHERE id = NEW.event_id
          UNION SELECT partner_id FROM event_managers WHERE event_id = NEW.event_id)
    WHERE NEW.issued_by_user_id IS NOT NULL
    ON CONFLICT DO UPDATE SET
        sent = sent + excluded.sent, viewed = viewed + excluded.viewed, accepted = accepted + excluded.accepted,
        declined = declined + excluded.declined, closed_duplicate = closed_duplicate + excluded.closed_duplicate, open = open + excluded.open,
        expired = expired + excluded.expired, attended = attended + excluded.attended;
    DELETE FROM partner_counts_by_inviter WHERE NEW.sent < 0 AND accepted = 0 AND sent = 0
        AND partner_id IN (SELECT host_partner_id AS partner_id FROM events WHERE id = NEW.event_id
                           UNION SELECT partner_id FROM event_managers WHERE event_id = NEW.event_id)
        AND inviter_id = NEW.inviter_id AND inviter_kind = NEW.inviter_kind;
    DELETE FROM partner_counts_by_issuer WHERE NEW.sent < 0 AND accepted = 0 AND sent = 0
        AND partner_id IN (SELECT host_partner_id AS partner_id FROM events WHERE id = NEW.event_id
                           UNION SELECT partner_id FROM event_managers WHERE event_id = NEW.event_id)
        AND issued_by_user_id = NEW.issued_by_user_id;
END;

-- The counter rows' changes: new rows in, net changes of updated rows
-- (rows moved to other keys by hand: out of the old, into the new), and
-- removed rows out.
CREATE TRIGGER invite_counts_by_inviter_partner_insert AFTER INSERT ON invite_counts_by_inviter BEGIN
    INSERT INTO partner_count_changes VALUES (NEW.event_id, NEW.inviter_kind, NEW.inviter_id, NULL, NEW.sent, NEW.viewed, NEW.accepted, NEW.declined, NEW.closed_duplicate, NEW.open, NEW.expired, NEW.attended);
END;
CREATE TRIGGER invite_counts_by_inviter_partner_update AFTER UPDATE OF sent, viewed, accepted, declined, closed_duplicate, open, expired, attended ON invite_counts_by_inviter
    WHEN (NEW.event_id, NEW.inviter_kind, NEW.inviter_id) = (OLD.event_id, OLD.inviter_kind, OLD.inviter_id)
     AND (NEW.sent, NEW.viewed, NEW.accepted, NEW.declined, NEW.closed_duplicate, NEW.open, NEW.expired, NEW.attended)
         <> (OLD.sent, OLD.viewed, OLD.accepted, OLD.declined, OLD.closed_duplicate, OLD.open, OLD.expired, OLD.attended) BEGIN
    INSERT INTO partner_count_changes VALUES (NEW.event_id, NEW.inviter_kind, NEW.inviter_id, NULL,
        NEW.sent - OLD.sent, NEW.viewed - OLD.viewed, NEW.accepted - OLD.accepted, NEW.declined - OLD.declined, NEW.closed_duplicate - OLD.closed_duplicate, NEW.open - OLD.open, NEW.expired - OLD.expired, NEW.attended - OLD.attended);
END;
CREATE TRIGGER invite_counts_by_inviter_partner_move AFTER UPDATE OF event_id, inviter_kind, inviter_id
    ON invite_counts_by_inviter
    WHEN (NEW.event_id, NEW.inviter_kind, NEW.inviter_id) <> (OLD.event_id, OLD.inviter_kind, OLD.inviter_id) BEGIN
    INSERT INTO partner_count_changes VALUES (OLD.event_id, OLD.inviter_kind, OLD.inviter_id, NULL, -OLD.sent, -OLD.viewed, -OLD.accepted, -OLD.declined, -OLD.closed_duplicate, -OLD.open, -OLD.expired, -OLD.attended);
    INSERT INTO partner_count_changes VALUES (NEW.event_id, NEW.inviter_kind, NEW.inviter_id, NULL, NEW.sent, NEW.viewed, NEW.accepted, NEW.declined, NEW.closed_duplicate, NEW.open, NEW.expired, NEW.attended);
END;
CREATE TRIGGER invite_counts_by_inviter_partner_delete AFTER DELETE ON invite_counts_by_inviter
    WHEN OLD.sent <> 0 BEGIN
    INSERT INTO partner_count_changes VALUES (OLD.event_id, OLD.inviter_kind, OLD.inviter_id, NULL, -OLD.sent, -OLD.viewed, -OLD.accepted, -OLD.declined, -OLD.closed_duplicate, -OLD.open, -OLD.expired, -OLD.attended);
END;

CREATE TRIGGER invite_counts_by_issuer_partner_insert AFTER INSERT ON invite_counts_by_issuer BEGIN
    INSERT INTO partner_count_changes VALUES (NEW.event_id, NULL, NULL, NEW.issued_by_user_id, NEW.sent, NEW.viewed, NEW.accepted, NEW.declined, NEW.closed_duplicate, NEW.open, NEW.expired, NEW.attended);
END;
CREATE TRIGGER invite_counts_by_issuer_partner_update AFTER UPDATE OF sent, viewed, accepted, declined, closed_duplicate, open, expired, attended ON invite_counts_by_issuer
    WHEN (NEW.event_id, NEW.issued_by_user_id) = (OLD.event_id, OLD.issued_by_user_id)
     AND (NEW.sent, NEW.viewed, NEW.accepted, NEW.declined, NEW.closed_duplicate, NEW.open, NEW.expired, NEW.attended)
         <> (OLD.sent, OLD.viewed, OLD.accepted, OLD.declined, OLD.closed_duplicate, OLD.open, OLD.expired, OLD.attended) BEGIN
    INSERT INTO partner_count_changes VALUES (NEW.event_id, NULL, NULL, NEW.issued_by_user_id,
        NEW.sent - OLD.sent, NEW.viewed - OLD.viewed, NEW.accepted - OLD.accepted, NEW.declined - OLD.declined, NEW.closed_duplicate - OLD.closed_duplicate, NEW.open - OLD.open, NEW.expired - OLD.expired, NEW.attended - OLD.attended);
END;
CREATE TRIGGER invite_counts_by_issuer_partner_move AFTER UPDATE OF event_id, issued_by_user_id ON invite_counts_by_issuer
    WHEN (NEW.event_id, NEW.issued_by_user_id) <> (OLD.event_id, OLD.issued_by_user_id) BEGIN
    INSERT INTO partner_count_changes VALUES (OLD.event_id, NULL, NULL, OLD.issued_by_user_id, -OLD.sent, -OLD.viewed, -OLD.accepted, -OLD.declined, -OLD.closed_duplicate, -OLD.open, -OLD.expired, -OLD.attended);
    INSERT INTO partner_count_changes VALUES (NEW.event_id, NULL, NULL, NEW.issued_by_user_id, NEW.sent, NEW.viewed, NEW.accepted, NEW.declined, NEW.closed_duplicate, NEW.open, NEW.expired, NEW.attended);
END;
CREATE TRIGGER invite_counts_by_issuer_partner_delete AFTER DELETE ON invite_counts_by_issuer
    WHEN OLD.sent <> 0 BEGIN
    INSERT INTO partner_count_changes VALUES (OLD.event_id, NULL, NULL, OLD.issued_by_user_id, -OLD.sent, -OLD.viewed, -OLD.accepted, -OLD.declined, -OLD.closed_duplicate, -OLD.open, -OLD.expired, -OLD.attended);
END;

-- A partner that starts or stops managing an event (as a manager, or as its
-- host when the host is changed by hand) gains or loses the event's counter
-- rows, unless it manages the event the other way too (the callers' WHERE).
CREATE VIEW partner_event_changes AS SELECT '' AS partner_id, '' AS event_id, 0 AS sign WHERE 0;

CREATE TRIGGER partner_event_changes_apply INSTEAD OF INSERT ON partner_event_changes BEGIN
    INSERT INTO partner_counts_by_inviter (partner_id, inviter_kind, inviter_id, sent, viewed, accepted, declined, closed_duplicate, open, expired, attended)
    SELECT NEW.partner_id, inviter_kind, inviter_id, NEW.sign * sent, NEW.sign * viewed, NEW.sign * accepted, NEW.sign * declined, NEW.sign * closed_duplicate, NEW.sign * open, NEW.sign * expired, NEW.sign * attended
    FROM invite_counts_by_inviter WHERE event_id = NEW.event_id
    ON CONFLICT DO UPDATE SET
        sent = sent + excluded.sent, viewed = viewed + excluded.viewed, accepted = accepted + excluded.accepted,
        declined = declined + excluded.declined, closed_duplicate = closed_duplicate + excluded.closed_duplicate, open = open + excluded.open,
        expired = expired + excluded.expired, attended = attended + excluded.attended;
    INSERT INTO partner_counts_by_issuer (partner_id, issued_by_user_id, sent, viewed, accepted, declined, closed_duplicate, open, expired, attended)
    SELECT NEW.partner_id, issued_by_user_id, NEW.sign * sent, NEW.sign * viewed, NEW.sign * accepted, NEW.sign * declined, NEW.sign * closed_duplicate, NEW.sign * open, NEW.sign * expired, NEW.sign * attended
    FROM invite_counts_by_issuer WHERE event_id = NEW.event_id
    ON CONFLICT DO UPDATE SET
        sent = sent + excluded.sent, viewed = viewed + excluded.viewed, accepted = accepted + excluded.accepted,
        declined = declined + excluded.declined, closed_duplicate = closed_duplicate + excluded.closed_duplicate, open = open + excluded.open,
        expired = expired + excluded.expired, attended = attended + excluded.attended;
    DELETE FROM partner_counts_by_inviter WHERE NEW.sign < 0 AND partner_id = NEW.partner_id AND accepted = 0 AND sent = 0;
    DELETE FROM partner_counts_by_issuer WHERE NEW.sign < 0 AND partner_id = NEW.partner_id AND accepted = 0 AND sent = 0;
END;

CREATE TRIGGER event_managers_partner_insert AFTER INSERT ON event_managers BEGIN
    INSERT INTO partner_event_changes SELECT NEW.partner_id, NEW.event_id, 1
    WHERE NEW.partner_id IS NOT (SELECT host_partner_id FROM events WHERE id = NEW.event_id);
END;
CREATE TRIGGER event_managers_partner_delete AFTER DELETE ON event_managers BEGIN
    INSERT INTO partner_event_changes SELECT OLD.partner_id, OLD.event_id, -1
    WHERE OLD.partner_id IS NOT (SELECT host_partner_id FROM events WHERE id = OLD.event_id);
END;
CREATE TRIGGER events_partner_host AFTER UPDATE OF host_partner_id ON events
    WHEN NEW.host_partner_id <> OLD.host_partner_id BEGIN
    INSERT INTO partner_event_changes SELECT OLD.host_partner_id, NEW.id, -1
    WHERE NOT EXISTS (SELECT 1 FROM event_managers WHERE event_id = NEW.id AND partner_id = OLD.host_partner_id);
    INSERT INTO partner_event_changes SELECT NEW.host_partner_id, NEW.id, 1
    WHERE NOT EXISTS (SELECT 1 FROM event_managers WHERE event_id = NEW.id AND partner_id = NEW.host_partner_id);
END;

-- The sums of the counters already there (an existing database).
INSERT INTO partner_counts_by_inviter
SELECT m.partner_id, c.inviter_kind, c.inviter_id, sum(c.sent), sum(c.viewed), sum(c.accepted), sum(c.declined), sum(c.closed_duplicate), sum(c.open), sum(c.expired), sum(c.attended)
FROM invite_counts_by_inviter c
     JOIN (SELECT id AS event_id, host_partner_id AS partner_id FROM events
           UNION SELECT event_id, partner_id FROM event_managers) m ON m.event_id = c.event_id
GROUP BY m.partner_id, c.inviter_kind, c.inviter_id;

INSERT INTO partner_counts_by_issuer
SELECT m.partner_id, c.issued_by_user_id, sum(c.sent), sum(c.viewed), sum(c.accepted), sum(c.declined), sum(c.closed_duplicate), sum(c.open), sum(c.expired), sum(c.attended)
FROM invite_counts_by_issuer c
     JOIN (SELECT id AS event_id, host_partner_id AS partner_id FROM events
           UNION SELECT event_id, partner_id FROM event_managers) m ON m.event_id = c.event_id
GROUP BY m.partner_id, c.issued_by_user_id;

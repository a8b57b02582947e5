-- partnerctl schema, version 7: less schema for every process to parse,
-- and less trigger code for an invite's INSERT to compile. SQLite parses the
-- whole schema when a process first uses the file and compiles a
-- statement's triggers into it, so both costs are paid per process: an
-- `invite send` took 8.36 million instructions, 8.03 with this schema, and
-- `partner show` 5.11 and 4.91 million (callgrind).
-- 1. A counter row left counting nothing is deleted by a trigger of its
--    own, reached only when an invite leaves its counts (an update or a
--    delete): an INSERT no longer compiles those four deletes.
-- 2. A host change (by hand only: no command changes a host) takes its
--    event's invites out of the old host's sums before the update and puts
--    them into the new host's after it, through the triggers every invite
--    change goes through. Migration 0005's view and trigger that moved the
--    event's counter rows instead (2 KB of schema) go. The price is paid by
--    that rare edit: 8.3 s for an event of 200,000 invites.

DROP TRIGGER events_host_counts;
DROP TRIGGER host_event_changes_apply;
DROP VIEW host_event_changes;

-- Migration 0006's trigger without its deletes.
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
    -- The same contribution to the sums of the event's host.
    INSERT INTO host_counts_by_inviter (host_partner_id, inviter_kind, inviter_id, sent, viewed, accepted, declined,
                                        closed_duplicate, open, expired, attended)
    SELECT host_partner_id, NEW.inviter_kind, NEW.inviter_id,
        NEW.sign, NEW.sign * (NEW.viewed_at IS NOT NULL), NEW.sign * NEW.credited_acceptance,
        NEW.sign * (NEW.status = 'declined'), NEW.sign * (NEW.status = 'closed_duplicate'),
        NEW.sign * (NEW.status IN ('pending', 'viewed')), NEW.sign * (NEW.status = 'expired'),
        NEW.sign * (NEW.attendance = 'confirmed') FROM events WHERE id = NEW.event_id
    ON CONFLICT DO UPDATE SET
        sent = sent + excluded.sent, viewed = viewed + excluded.viewed, accepted = accepted + excluded.accepted,
        declined = declined + excluded.declined, closed_duplicate = closed_duplicate + excluded.closed_duplicate,
        open = open + excluded.open, expired = expired + excluded.expired, attended = attended + excluded.attended;
    INSERT INTO host_counts_by_issuer (host_partner_id, issued_by_user_id, sent, viewed, accepted, declined,
                                       closed_duplicate, open, expired, attended)
    SELECT host_partner_id, NEW.issued_by_user_id,
        NEW.sign, NEW.sign * (NEW.viewed_at IS NOT NULL), NEW.sign * NEW.credited_acceptance,
        NEW.sign * (NEW.status = 'declined'), NEW.sign * (NEW.status = 'closed_duplicate'),
        NEW.sign * (NEW.status IN ('pending', 'viewed')), NEW.sign * (NEW.status = 'expired'),
        NEW.sign * (NEW.attendance = 'confirmed') FROM events WHERE id = NEW.event_id
    ON CONFLICT DO UPDATE SET
        sent = sent + excluded.sent, viewed = viewed + excluded.viewed, accepted = accepted + excluded.accepted,
        declined = declined + excluded.declined, closed_duplicate = closed_duplicate + excluded.closed_duplicate,
        open = open + excluded.open, expired = expired + excluded.expired, attended = attended + excluded.attended;
END;

-- An invite that stops counting where it counted: its contribution taken
-- out, then the rows that now count nothing deleted, as a recount would
-- find them.
CREATE VIEW invite_count_leaves AS
SELECT event_id, inviter_kind, inviter_id, issued_by_user_id, status, credited_acceptance, attendance, viewed_at FROM invites WHERE 0;

CREATE TRIGGER invite_count_leaves_apply INSTEAD OF INSERT ON invite_count_leaves BEGIN
    INSERT INTO invite_count_changes VALUES (-1, NEW.event_id, NEW.inviter_kind, NEW.inviter_id, NEW.issued_by_user_id, NEW.status, NEW.credited_acceptance, NEW.attendance, NEW.viewed_at);
    DELETE FROM invite_counts_by_inviter WHERE sent = 0
        AND event_id = NEW.event_id AND inviter_kind = NEW.inviter_kind AND inviter_id = NEW.inviter_id;
    DELETE FROM invite_counts_by_issuer WHERE sent = 0
        AND event_id = NEW.event_id AND issued_by_user_id = NEW.issued_by_user_id;
    DELETE FROM host_counts_by_inviter WHERE sent = 0
        AND host_partner_id = (SELECT host_partner_id FROM events WHERE id = NEW.event_id)
        AND inviter_kind = NEW.inviter_kind AND inviter_id = NEW.inviter_id;
    DELETE FROM host_counts_by_issuer WHERE sent = 0
        AND host_partner_id = (SELECT host_partner_id FROM events WHERE id = NEW.event_id)
        AND issued_by_user_id = NEW.issued_by_user_id;
END;

DROP TRIGGER invites_count_update;
CREATE TRIGGER invites_count_update AFTER UPDATE OF event_id, inviter_kind, inviter_id, issued_by_user_id, status, credited_acceptance, attendance, viewed_at ON invites BEGIN
    INSERT INTO invite_count_leaves VALUES (OLD.event_id, OLD.inviter_kind, OLD.inviter_id, OLD.issued_by_user_id, OLD.status, OLD.credited_acceptance, OLD.attendance, OLD.viewed_at);
    INSERT INTO invite_count_changes VALUES (1, NEW.event_id, NEW.inviter_kind, NEW.inviter_id, NEW.issued_by_user_id, NEW.status, NEW.credited_acceptance, NEW.attendance, NEW.viewed_at);
END;

DROP TRIGGER invites_count_delete;
CREATE TRIGGER invites_count_delete AFTER DELETE ON invites BEGIN
    INSERT INTO invite_count_leaves VALUES (OLD.event_id, OLD.inviter_kind, OLD.inviter_id, OLD.issued_by_user_id, OLD.status, OLD.credited_acceptance, OLD.attendance, OLD.viewed_at);
END;

-- BEFORE: the counters' host lookup still finds the old host.
CREATE TRIGGER events_host_leaves BEFORE UPDATE OF host_partner_id ON events
    WHEN NEW.host_partner_id <> OLD.host_partner_id BEGIN
    INSERT INTO invite_count_leaves SELECT event_id, inviter_kind, inviter_id, issued_by_user_id, status, credited_acceptance, attendance, viewed_at FROM invites WHERE event_id = OLD.id;
END;

CREATE TRIGGER events_host_arrives AFTER UPDATE OF host_partner_id ON events
    WHEN NEW.host_partner_id <> OLD.host_partner_id BEGIN
    INSERT INTO invite_count_changes SELECT 1, event_id, inviter_kind, inviter_id, issued_by_user_id, status, credited_acceptance, attendance, viewed_at FROM invites WHERE event_id = NEW.id;
END;

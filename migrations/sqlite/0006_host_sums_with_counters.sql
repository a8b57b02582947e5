-- partnerctl schema, version 6: the host sums of migration 0005 kept by
-- the trigger that keeps the event counters, not by triggers on the
-- counter tables. Each invite's contribution (migration 0003's view) now
-- goes to its event's counter rows and to its host's sums in one trigger.
-- Why: a statement that writes an invite compiled 0005's triggers as
-- sub-programs of the counter upserts, inside the write lock, and every
-- process parsed their 14 KB of schema when it opened the file. One
-- `invite send` process took 13.4 million instructions (callgrind), 9.0
-- million before 0005; with this form, 10.7 million.
-- Counter rows written by hand no longer move the host sums: these follow
-- the invites, as on PostgreSQL, and `db check` recounts both from them.

DROP TRIGGER invite_counts_by_inviter_host_insert;
DROP TRIGGER invite_counts_by_inviter_host_update;
DROP TRIGGER invite_counts_by_inviter_host_move;
DROP TRIGGER invite_counts_by_inviter_host_delete;
DROP TRIGGER invite_counts_by_issuer_host_insert;
DROP TRIGGER invite_counts_by_issuer_host_update;
DROP TRIGGER invite_counts_by_issuer_host_move;
DROP TRIGGER invite_counts_by_issuer_host_delete;

-- Migration 0004's trigger, with the host sums beside the counter rows.
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
    -- A row counts at least one invite, as a recount would find.
    DELETE FROM invite_counts_by_inviter WHERE NEW.sign < 0 AND sent = 0
        AND event_id = NEW.event_id AND inviter_kind = NEW.inviter_kind AND inviter_id = NEW.inviter_id;
    DELETE FROM invite_counts_by_issuer WHERE NEW.sign < 0 AND sent = 0
        AND event_id = NEW.event_id AND issued_by_user_id = NEW.issued_by_user_id;
    DELETE FROM host_counts_by_inviter WHERE NEW.sign < 0 AND sent = 0
        AND host_partner_id = (SELECT host_partner_id FROM events WHERE id = NEW.event_id)
        AND inviter_kind = NEW.inviter_kind AND inviter_id = NEW.inviter_id;
    DELETE FROM host_counts_by_issuer WHERE NEW.sign < 0 AND sent = 0
        AND host_partner_id = (SELECT host_partner_id FROM events WHERE id = NEW.event_id)
        AND issued_by_user_id = NEW.issued_by_user_id;
END;

-- partnerctl schema, version 4: cheaper counter upkeep (migration 0003).
-- * An UPDATE fires one trigger that sees its old and new rows together:
--   one upsert per counter table of the net change (groups that did not
--   change are left alone, so no row is locked for nothing), where two
--   triggers took the old contribution out and put the new one in.
-- * An INSERT counts each row as it is written (a row trigger: a send is
--   one row, and a statement trigger's transition table and aggregate cost
--   it about a millisecond inside the tenant's lock); it never leaves a row
--   at zero. Rows left at zero can appear only when invites leave a group
--   (DELETE, or an UPDATE of a key column).
-- * A bulk load (`invite import` past 20,000 rows, `db copy`) sets
--   `partnerctl.counts_deferred` to `on` in its own transaction (SET LOCAL)
--   and recounts the events it wrote before it ends, once, instead of
--   upserting the counter rows of every COPY chunk.

-- Migration 0003's statement function, now fired by DELETE alone (its
-- TG_ARGV is '-1'): the removed rows' contributions out, then the rows
-- left at zero removed.
CREATE OR REPLACE FUNCTION invite_counts_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('partnerctl.counts_deferred', true) = 'on' THEN
        RETURN NULL;
    END IF;
    INSERT INTO invite_counts_by_inviter AS c
    SELECT event_id, inviter_kind, inviter_id, -count(*), -count(viewed_at), -count(*) FILTER (WHERE credited_acceptance),
           -count(*) FILTER (WHERE status = 'declined'), -count(*) FILTER (WHERE status = 'closed_duplicate'),
           -count(*) FILTER (WHERE status IN ('pending', 'viewed')), -count(*) FILTER (WHERE status = 'expired'),
           -count(*) FILTER (WHERE attendance = 'confirmed')
    FROM changed_rows GROUP BY event_id, inviter_kind, inviter_id ORDER BY event_id, inviter_kind, inviter_id
    ON CONFLICT (event_id, inviter_kind, inviter_id) DO UPDATE SET
            sent = c.sent + excluded.sent, viewed = c.viewed + excluded.viewed, accepted = c.accepted + excluded.accepted,
            declined = c.declined + excluded.declined, closed_duplicate = c.closed_duplicate + excluded.closed_duplicate,
            open = c.open + excluded.open, expired = c.expired + excluded.expired, attended = c.attended + excluded.attended;
    INSERT INTO invite_counts_by_issuer AS c
    SELECT event_id, issued_by_user_id, -count(*), -count(viewed_at), -count(*) FILTER (WHERE credited_acceptance),
           -count(*) FILTER (WHERE status = 'declined'), -count(*) FILTER (WHERE status = 'closed_duplicate'),
           -count(*) FILTER (WHERE status IN ('pending', 'viewed')), -count(*) FILTER (WHERE status = 'expired'),
           -count(*) FILTER (WHERE attendance = 'confirmed')
    FROM changed_rows GROUP BY event_id, issued_by_user_id ORDER BY event_id, issued_by_user_id
    ON CONFLICT (event_id, issued_by_user_id) DO UPDATE SET
            sent = c.sent + excluded.sent, viewed = c.viewed + excluded.viewed, accepted = c.accepted + excluded.accepted,
            declined = c.declined + excluded.declined, closed_duplicate = c.closed_duplicate + excluded.closed_duplicate,
            open = c.open + excluded.open, expired = c.expired + excluded.expired, attended = c.attended + excluded.attended;
    DELETE FROM invite_counts_by_inviter c USING (SELECT DISTINCT event_id, inviter_kind, inviter_id FROM changed_rows) d
    WHERE c.sent = 0 AND c.event_id = d.event_id AND c.inviter_kind = d.inviter_kind AND c.inviter_id = d.inviter_id;
    DELETE FROM invite_counts_by_issuer c USING (SELECT DISTINCT event_id, issued_by_user_id FROM changed_rows) d
    WHERE c.sent = 0 AND c.event_id = d.event_id AND c.issued_by_user_id = d.issued_by_user_id;
    RETURN NULL;
END
$$;

-- One written invite's contribution.
CREATE FUNCTION invite_counts_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('partnerctl.counts_deferred', true) = 'on' THEN
        RETURN NULL;
    END IF;
    INSERT INTO invite_counts_by_inviter AS c VALUES (NEW.event_id, NEW.inviter_kind, NEW.inviter_id, 1,
           (NEW.viewed_at IS NOT NULL)::int, NEW.credited_acceptance::int, (NEW.status = 'declined')::int,
           (NEW.status = 'closed_duplicate')::int, (NEW.status IN ('pending', 'viewed'))::int,
           (NEW.status = 'expired')::int, (NEW.attendance = 'confirmed')::int)
    ON CONFLICT (event_id, inviter_kind, inviter_id) DO UPDATE SET
            sent = c.sent + excluded.sent, viewed = c.viewed + excluded.viewed, accepted = c.accepted + excluded.accepted,
            declined = c.declined + excluded.declined, closed_duplicate = c.closed_duplicate + excluded.closed_duplicate,
            open = c.open + excluded.open, expired = c.expired + excluded.expired, attended = c.attended + excluded.attended;
    INSERT INTO invite_counts_by_issuer AS c VALUES (NEW.event_id, NEW.issued_by_user_id, 1,
           (NEW.viewed_at IS NOT NULL)::int, NEW.credited_acceptance::int, (NEW.status = 'declined')::int,
           (NEW.status = 'closed_duplicate')::int, (NEW.status IN ('pending', 'viewed'))::int,
           (NEW.status = 'expired')::int, (NEW.attendance = 'confirmed')::int)
    ON CONFLICT (event_id, issued_by_user_id) DO UPDATE SET
            sent = c.sent + excluded.sent, viewed = c.viewed + excluded.viewed, accepted = c.accepted + excluded.accepted,
            declined = c.declined + excluded.declined, closed_duplicate = c.closed_duplicate + excluded.closed_duplicate,
            open = c.open + excluded.open, expired = c.expired + excluded.expired, attended = c.attended + excluded.attended;
    RETURN NULL;
END
$$;

-- An UPDATE's net change: each changed invite's new contribution in, its
-- old one out, in one aggregate over both transition tables.
CREATE FUNCTION invite_counts_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('partnerctl.counts_deferred', true) = 'on' THEN
        RETURN NULL;
    END IF;
    INSERT INTO invite_counts_by_inviter AS c
    SELECT * FROM (SELECT event_id, inviter_kind, inviter_id, sum(d) AS sent, sum(d * (viewed_at IS NOT NULL)::int) AS viewed,
           sum(d * credited_acceptance::int) AS accepted, sum(d * (status = 'declined')::int) AS declined,
           sum(d * (status = 'closed_duplicate')::int) AS closed_duplicate, sum(d * (status IN ('pending', 'viewed'))::int) AS open,
           sum(d * (status = 'expired')::int) AS expired, sum(d * (attendance = 'confirmed')::int) AS attended
        FROM (SELECT 1 AS d, * FROM new_rows UNION ALL SELECT -1, * FROM old_rows) r
        GROUP BY event_id, inviter_kind, inviter_id) g
    WHERE (sent, viewed, accepted, declined, closed_duplicate, open, expired, attended) <> (0, 0, 0, 0, 0, 0, 0, 0)
    ORDER BY event_id, inviter_kind, inviter_id
    ON CONFLICT (event_id, inviter_kind, inviter_id) DO UPDATE SET
            sent = c.sent + excluded.sent, viewed = c.viewed + excluded.viewed, accepted = c.accepted + excluded.accepted,
            declined = c.declined + excluded.declined, closed_duplicate = c.closed_duplicate + excluded.closed_duplicate,
            open = c.open + excluded.open, expired = c.expired + excluded.expired, attended = c.attended + excluded.attended;
    INSERT INTO invite_counts_by_issuer AS c
    SELECT * FROM (SELECT event_id, issued_by_user_id, sum(d) AS sent, sum(d * (viewed_at IS NOT NULL)::int) AS viewed,
           sum(d * credited_acceptance::int) AS accepted, sum(d * (status = 'declined')::int) AS declined,
           sum(d * (status = 'closed_duplicate')::int) AS closed_duplicate, sum(d * (status IN ('pending', 'viewed'))::int) AS open,
           sum(d * (status = 'expired')::int) AS expired, sum(d * (attendance = 'confirmed')::int) AS attended
        FROM (SELECT 1 AS d, * FROM new_rows UNION ALL SELECT -1, * FROM old_rows) r
        GROUP BY event_id, issued_by_user_id) g
    WHERE (sent, viewed, accepted, declined, closed_duplicate, open, expired, attended) <> (0, 0, 0, 0, 0, 0, 0, 0)
    ORDER BY event_id, issued_by_user_id
    ON CONFLICT (event_id, issued_by_user_id) DO UPDATE SET
            sent = c.sent + excluded.sent, viewed = c.viewed + excluded.viewed, accepted = c.accepted + excluded.accepted,
            declined = c.declined + excluded.declined, closed_duplicate = c.closed_duplicate + excluded.closed_duplicate,
            open = c.open + excluded.open, expired = c.expired + excluded.expired, attended = c.attended + excluded.attended;
    -- Only an invite that left its group can leave a row at zero.
    IF EXISTS (SELECT 1 FROM old_rows o LEFT JOIN new_rows n ON n.id = o.id
               WHERE n.id IS NULL OR (n.event_id, n.inviter_kind, n.inviter_id, n.issued_by_user_id)
                                     <> (o.event_id, o.inviter_kind, o.inviter_id, o.issued_by_user_id)) THEN
        DELETE FROM invite_counts_by_inviter c USING (SELECT DISTINCT event_id, inviter_kind, inviter_id FROM old_rows) d
        WHERE c.sent = 0 AND c.event_id = d.event_id AND c.inviter_kind = d.inviter_kind AND c.inviter_id = d.inviter_id;
        DELETE FROM invite_counts_by_issuer c USING (SELECT DISTINCT event_id, issued_by_user_id FROM old_rows) d
        WHERE c.sent = 0 AND c.event_id = d.event_id AND c.issued_by_user_id = d.issued_by_user_id;
    END IF;
    RETURN NULL;
END
$$;

DROP TRIGGER invites_count_insert ON invites;
CREATE TRIGGER invites_count_insert AFTER INSERT ON invites
    FOR EACH ROW EXECUTE FUNCTION invite_counts_insert();
DROP TRIGGER invites_count_update_new ON invites;
DROP TRIGGER invites_count_update_old ON invites;
CREATE TRIGGER invites_count_update AFTER UPDATE ON invites
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION invite_counts_update();

-- partnerctl schema, version 3: invite counters (SPEC §2.5) kept by triggers.
-- Per (event, inviter principal) and per (event, issuing user): each invite
-- adds its contribution; a change takes the old contribution out and puts
-- the new one in, so every writer (send, view, accept and the duplicates it
-- closes, decline, expire, attendance, import through COPY, db copy, and any
-- SQL run by hand) keeps them in its own transaction. The triggers run once
-- per statement over its transition table, so a COPY of thousands of rows
-- costs one aggregate, not one call per row. Rows are locked in key order
-- (ORDER BY), so two writers never wait on each other in a cycle.
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

-- TG_ARGV[0] is the direction: +1 for the rows a statement wrote (`changed_rows`
-- is its NEW TABLE), -1 for the rows it replaced or removed (its OLD TABLE).
-- An UPDATE fires both. A row counts at least one invite, as a recount
-- would find: rows left at zero are removed.
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

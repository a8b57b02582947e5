-- partnerctl schema for PostgreSQL, version 1: the tables, keys, checks and
-- indexes of migrations/sqlite/0001_init.sql. Shipped migrations are
-- append-only: never edit this file once released; add 0002_….sql instead.
-- Times are TEXT in fixed-width RFC 3339 UTC ("YYYY-MM-DDTHH:MM:SSZ"), as on
-- SQLite, so text order is time order and copies between backends keep them
-- byte for byte. Every text key is COLLATE "C" so that orders match SQLite's
-- byte order; booleans are BOOLEAN, integers BIGINT.

CREATE TABLE tenants (
    id          TEXT COLLATE "C" PRIMARY KEY,
    slug        TEXT COLLATE "C" NOT NULL UNIQUE,
    name        TEXT COLLATE "C" NOT NULL,
    timezone    TEXT COLLATE "C" NOT NULL DEFAULT 'UTC',
    created_at  TEXT COLLATE "C" NOT NULL
);

CREATE TABLE tenant_settings (
    tenant_id   TEXT COLLATE "C" NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    key         TEXT COLLATE "C" NOT NULL CHECK (key IN (
                    'default_plan', 'member_invitation_ttl',
                    'invites_per_event_per_inviter', 'invites_per_day_per_partner',
                    'invites_per_day_per_user', 'pending_invites_per_receiver',
                    'invites_to_same_receiver_per_30d', 'members_per_partner')),
    value       TEXT COLLATE "C",
    PRIMARY KEY (tenant_id, key)
);

CREATE TABLE users (
    id            TEXT COLLATE "C" PRIMARY KEY,
    tenant_id     TEXT COLLATE "C" NOT NULL REFERENCES tenants(id),
    email         TEXT COLLATE "C" NOT NULL CHECK (email = lower(email) AND email LIKE '%_@_%'),
    display_name  TEXT COLLATE "C" NOT NULL,
    landlord      BOOLEAN NOT NULL DEFAULT FALSE,
    created_at    TEXT COLLATE "C" NOT NULL,
    UNIQUE (tenant_id, email)
);

CREATE TABLE plans (
    tenant_id   TEXT COLLATE "C" NOT NULL REFERENCES tenants(id),
    key         TEXT COLLATE "C" NOT NULL,
    name        TEXT COLLATE "C" NOT NULL,
    created_at  TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (tenant_id, key)
);

CREATE TABLE plan_limits (
    tenant_id   TEXT COLLATE "C" NOT NULL,
    plan_key    TEXT COLLATE "C" NOT NULL,
    limit_key   TEXT COLLATE "C" NOT NULL CHECK (limit_key IN (
                    'invites_per_event_per_inviter', 'invites_per_day_per_partner',
                    'invites_per_day_per_user', 'pending_invites_per_receiver',
                    'invites_to_same_receiver_per_30d', 'members_per_partner')),
    value       BIGINT CHECK (value IS NULL OR value >= 0),
    PRIMARY KEY (tenant_id, plan_key, limit_key),
    FOREIGN KEY (tenant_id, plan_key) REFERENCES plans(tenant_id, key) ON DELETE CASCADE
);

CREATE TABLE partners (
    id          TEXT COLLATE "C" PRIMARY KEY,
    tenant_id   TEXT COLLATE "C" NOT NULL REFERENCES tenants(id),
    slug        TEXT COLLATE "C" NOT NULL,
    name        TEXT COLLATE "C" NOT NULL,
    kind        TEXT COLLATE "C" NOT NULL CHECK (kind IN ('artist', 'venue', 'experience_provider',
                    'influencer', 'curator', 'organizer')),
    plan_key    TEXT COLLATE "C" NOT NULL,
    status      TEXT COLLATE "C" NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
    created_at  TEXT COLLATE "C" NOT NULL,
    updated_at  TEXT COLLATE "C" NOT NULL,
    UNIQUE (tenant_id, slug),
    FOREIGN KEY (tenant_id, plan_key) REFERENCES plans(tenant_id, key)
);

CREATE TABLE partner_memberships (
    id                  TEXT COLLATE "C" PRIMARY KEY,
    tenant_id           TEXT COLLATE "C" NOT NULL REFERENCES tenants(id),
    partner_id          TEXT COLLATE "C" NOT NULL REFERENCES partners(id),
    user_id             TEXT COLLATE "C" NOT NULL REFERENCES users(id),
    role                TEXT COLLATE "C" NOT NULL CHECK (role IN ('owner', 'admin', 'manager', 'analyst', 'staff')),
    can_invite          BOOLEAN NOT NULL,
    can_manage_events   BOOLEAN NOT NULL,
    can_view_metrics    BOOLEAN NOT NULL,
    can_manage_members  BOOLEAN NOT NULL,
    can_manage_billing  BOOLEAN NOT NULL,
    status              TEXT COLLATE "C" NOT NULL CHECK (status IN ('invited', 'active', 'suspended')),
    invited_by          TEXT COLLATE "C",
    invited_at          TEXT COLLATE "C",
    accepted_at         TEXT COLLATE "C",
    expires_at          TEXT COLLATE "C",
    invite_code_hash    TEXT COLLATE "C" UNIQUE,
    created_at          TEXT COLLATE "C" NOT NULL,
    updated_at          TEXT COLLATE "C" NOT NULL,
    UNIQUE (partner_id, user_id),
    -- An owner always holds every flag.
    CHECK (role <> 'owner' OR (can_invite AND can_manage_events AND can_view_metrics
                               AND can_manage_members AND can_manage_billing))
);
CREATE INDEX memberships_by_user ON partner_memberships (user_id, status);

CREATE TABLE events (
    id               TEXT COLLATE "C" PRIMARY KEY,
    tenant_id        TEXT COLLATE "C" NOT NULL REFERENCES tenants(id),
    slug             TEXT COLLATE "C" NOT NULL,
    title            TEXT COLLATE "C" NOT NULL,
    starts_at        TEXT COLLATE "C" NOT NULL,
    ends_at          TEXT COLLATE "C" NOT NULL,
    host_partner_id  TEXT COLLATE "C" NOT NULL REFERENCES partners(id),
    created_at       TEXT COLLATE "C" NOT NULL,
    updated_at       TEXT COLLATE "C" NOT NULL,
    UNIQUE (tenant_id, slug),
    CHECK (ends_at > starts_at)
);
CREATE INDEX events_by_host ON events (host_partner_id, starts_at);

CREATE TABLE event_managers (
    event_id    TEXT COLLATE "C" NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    partner_id  TEXT COLLATE "C" NOT NULL REFERENCES partners(id),
    PRIMARY KEY (event_id, partner_id)
);
CREATE INDEX event_managers_by_partner ON event_managers (partner_id, event_id);

CREATE TABLE invites (
    id                   TEXT COLLATE "C" PRIMARY KEY,
    tenant_id            TEXT COLLATE "C" NOT NULL REFERENCES tenants(id),
    event_id             TEXT COLLATE "C" NOT NULL REFERENCES events(id),
    receiver_user_id     TEXT COLLATE "C" NOT NULL REFERENCES users(id),
    inviter_kind         TEXT COLLATE "C" NOT NULL CHECK (inviter_kind IN ('user', 'partner')),
    inviter_id           TEXT COLLATE "C" NOT NULL,
    issued_by_user_id    TEXT COLLATE "C" NOT NULL REFERENCES users(id),
    status               TEXT COLLATE "C" NOT NULL CHECK (status IN ('pending', 'viewed', 'accepted',
                             'declined', 'closed_duplicate', 'expired')),
    credited_acceptance  BOOLEAN NOT NULL DEFAULT FALSE,
    attendance           TEXT COLLATE "C" NOT NULL DEFAULT 'unknown' CHECK (attendance IN ('unknown', 'confirmed', 'no_show')),
    channel              TEXT COLLATE "C" NOT NULL DEFAULT 'in_app' CHECK (channel IN ('in_app', 'whatsapp', 'link', 'qr', 'share_url')),
    created_at           TEXT COLLATE "C" NOT NULL,
    viewed_at            TEXT COLLATE "C",
    responded_at         TEXT COLLATE "C",
    updated_at           TEXT COLLATE "C" NOT NULL,
    -- Accepting always credits; nothing else does.
    CHECK (credited_acceptance = (status = 'accepted')),
    CHECK (inviter_kind <> 'user' OR inviter_id = issued_by_user_id),
    -- No self-invite (rule 5): the issuing user is never the receiver.
    CHECK (issued_by_user_id <> receiver_user_id)
);
-- Rule 1: one invite per (event, receiver, inviter principal).
CREATE UNIQUE INDEX invites_unique_per_inviter
    ON invites (event_id, receiver_user_id, inviter_kind, inviter_id);
-- Rule 2: exactly one credited acceptance per (event, receiver).
CREATE UNIQUE INDEX invites_one_credited
    ON invites (event_id, receiver_user_id) WHERE credited_acceptance;
-- Covering indexes for the metrics groupings: the group keys, then the counted columns.
CREATE INDEX invites_metrics_by_inviter
    ON invites (event_id, inviter_kind, inviter_id)
    INCLUDE (status, credited_acceptance, attendance, viewed_at, created_at);
CREATE INDEX invites_metrics_by_issuer
    ON invites (event_id, issued_by_user_id)
    INCLUDE (status, credited_acceptance, attendance, viewed_at, created_at);
-- Drill-down keyset paging.
CREATE INDEX invites_drill ON invites (event_id, created_at, id);
-- Limits: open invites per receiver, per-principal and per-issuer day windows,
-- same inviter → same receiver over 30 days.
CREATE INDEX invites_by_receiver ON invites (receiver_user_id, status);
CREATE INDEX invites_by_inviter_time ON invites (inviter_kind, inviter_id, created_at);
CREATE INDEX invites_by_inviter_receiver ON invites (inviter_kind, inviter_id, receiver_user_id, created_at);
CREATE INDEX invites_by_issuer_time ON invites (issued_by_user_id, created_at);

-- `details` stays the JSON text as written (jsonb would reorder its keys).
CREATE TABLE audit_log (
    id             BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    tenant_id      TEXT COLLATE "C",
    at             TEXT COLLATE "C" NOT NULL,
    actor          TEXT COLLATE "C" NOT NULL,
    actor_user_id  TEXT COLLATE "C",
    action         TEXT COLLATE "C" NOT NULL,
    target_kind    TEXT COLLATE "C" NOT NULL,
    target_id      TEXT COLLATE "C",
    partner_id     TEXT COLLATE "C",
    details        TEXT COLLATE "C" NOT NULL DEFAULT '{}' CHECK (details::jsonb IS NOT NULL)
);
CREATE INDEX audit_by_tenant ON audit_log (tenant_id, id);
CREATE INDEX audit_by_partner ON audit_log (partner_id, id);

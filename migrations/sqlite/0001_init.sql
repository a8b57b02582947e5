-- partnerctl schema, version 1. Shipped migrations are append-only: never edit
-- this file once released; add 0002_….sql instead.
-- Times are TEXT in fixed-width RFC 3339 UTC ("YYYY-MM-DDTHH:MM:SSZ"), so text
-- order is time order. Booleans are INTEGER 0/1.

CREATE TABLE tenants (
    id          TEXT PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    timezone    TEXT NOT NULL DEFAULT 'UTC',
    created_at  TEXT NOT NULL
);

-- Tenant-wide settings: default_plan, member_invitation_ttl and the limit
-- defaults of SPEC §1.7 (value NULL = unlimited).
CREATE TABLE tenant_settings (
    tenant_id   TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    key         TEXT NOT NULL CHECK (key IN (
                    'default_plan', 'member_invitation_ttl',
                    'invites_per_event_per_inviter', 'invites_per_day_per_partner',
                    'invites_per_day_per_user', 'pending_invites_per_receiver',
                    'invites_to_same_receiver_per_30d', 'members_per_partner')),
    value       TEXT,
    PRIMARY KEY (tenant_id, key)
) WITHOUT ROWID;

CREATE TABLE users (
    id            TEXT PRIMARY KEY,
    tenant_id     TEXT NOT NULL REFERENCES tenants(id),
    email         TEXT NOT NULL CHECK (email = lower(email) AND email LIKE '%_@_%'),
    display_name  TEXT NOT NULL,
    landlord      INTEGER NOT NULL DEFAULT 0 CHECK (landlord IN (0, 1)),
    created_at    TEXT NOT NULL,
    UNIQUE (tenant_id, email)
);

CREATE TABLE plans (
    tenant_id   TEXT NOT NULL REFERENCES tenants(id),
    key         TEXT NOT NULL,
    name        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (tenant_id, key)
) WITHOUT ROWID;

-- A row is an override of the tenant default; value NULL = unlimited.
CREATE TABLE plan_limits (
    tenant_id   TEXT NOT NULL,
    plan_key    TEXT NOT NULL,
    limit_key   TEXT NOT NULL CHECK (limit_key IN (
                    'invites_per_event_per_inviter', 'invites_per_day_per_partner',
                    'invites_per_day_per_user', 'pending_invites_per_receiver',
                    'invites_to_same_receiver_per_30d', 'members_per_partner')),
    value       INTEGER CHECK (value IS NULL OR value >= 0),
    PRIMARY KEY (tenant_id, plan_key, limit_key),
    FOREIGN KEY (tenant_id, plan_key) REFERENCES plans(tenant_id, key) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE partners (
    id          TEXT PRIMARY KEY,
    tenant_id   TEXT NOT NULL REFERENCES tenants(id),
    slug        TEXT NOT NULL,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('artist', 'venue', 'experience_provider',
                    'influencer', 'curator', 'organizer')),
    plan_key    TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (tenant_id, slug),
    FOREIGN KEY (tenant_id, plan_key) REFERENCES plans(tenant_id, key)
);

CREATE TABLE partner_memberships (
    id                  TEXT PRIMARY KEY,
    tenant_id           TEXT NOT NULL REFERENCES tenants(id),
    partner_id          TEXT NOT NULL REFERENCES partners(id),
    user_id             TEXT NOT NULL REFERENCES users(id),
    role                TEXT NOT NULL CHECK (role IN ('owner', 'admin', 'manager', 'analyst', 'staff')),
    can_invite          INTEGER NOT NULL CHECK (can_invite IN (0, 1)),
    can_manage_events   INTEGER NOT NULL CHECK (can_manage_events IN (0, 1)),
    can_view_metrics    INTEGER NOT NULL CHECK (can_view_metrics IN (0, 1)),
    can_manage_members  INTEGER NOT NULL CHECK (can_manage_members IN (0, 1)),
    can_manage_billing  INTEGER NOT NULL CHECK (can_manage_billing IN (0, 1)),
    status              TEXT NOT NULL CHECK (status IN ('invited', 'active', 'suspended')),
    invited_by          TEXT,
    invited_at          TEXT,
    accepted_at         TEXT,
    expires_at          TEXT,
    invite_code_hash    TEXT UNIQUE,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    UNIQUE (partner_id, user_id),
    -- An owner always holds every flag.
    CHECK (role <> 'owner' OR (can_invite AND can_manage_events AND can_view_metrics
                               AND can_manage_members AND can_manage_billing))
);
CREATE INDEX memberships_by_user ON partner_memberships (user_id, status);

CREATE TABLE events (
    id               TEXT PRIMARY KEY,
    tenant_id        TEXT NOT NULL REFERENCES tenants(id),
    slug             TEXT NOT NULL,
    title            TEXT NOT NULL,
    starts_at        TEXT NOT NULL,
    ends_at          TEXT NOT NULL,
    host_partner_id  TEXT NOT NULL REFERENCES partners(id),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    UNIQUE (tenant_id, slug),
    CHECK (ends_at > starts_at)
);
CREATE INDEX events_by_host ON events (host_partner_id, starts_at);

-- Co-managing partners of an event (the host is not listed here).
CREATE TABLE event_managers (
    event_id    TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    partner_id  TEXT NOT NULL REFERENCES partners(id),
    PRIMARY KEY (event_id, partner_id)
) WITHOUT ROWID;
CREATE INDEX event_managers_by_partner ON event_managers (partner_id, event_id);

CREATE TABLE invites (
    id                   TEXT PRIMARY KEY,
    tenant_id            TEXT NOT NULL REFERENCES tenants(id),
    event_id             TEXT NOT NULL REFERENCES events(id),
    receiver_user_id     TEXT NOT NULL REFERENCES users(id),
    inviter_kind         TEXT NOT NULL CHECK (inviter_kind IN ('user', 'partner')),
    inviter_id           TEXT NOT NULL,
    issued_by_user_id    TEXT NOT NULL REFERENCES users(id),
    status               TEXT NOT NULL CHECK (status IN ('pending', 'viewed', 'accepted',
                             'declined', 'closed_duplicate', 'expired')),
    credited_acceptance  INTEGER NOT NULL DEFAULT 0 CHECK (credited_acceptance IN (0, 1)),
    attendance           TEXT NOT NULL DEFAULT 'unknown' CHECK (attendance IN ('unknown', 'confirmed', 'no_show')),
    channel              TEXT NOT NULL DEFAULT 'in_app' CHECK (channel IN ('in_app', 'whatsapp', 'link', 'qr', 'share_url')),
    created_at           TEXT NOT NULL,
    viewed_at            TEXT,
    responded_at         TEXT,
    updated_at           TEXT NOT NULL,
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
    ON invites (event_id, receiver_user_id) WHERE credited_acceptance = 1;
-- Covering indexes for the metrics groupings (SPEC §3).
CREATE INDEX invites_metrics_by_inviter
    ON invites (event_id, inviter_kind, inviter_id, status, credited_acceptance, attendance, viewed_at, created_at);
CREATE INDEX invites_metrics_by_issuer
    ON invites (event_id, issued_by_user_id, status, credited_acceptance, attendance, viewed_at, created_at);
-- Drill-down keyset paging.
CREATE INDEX invites_drill ON invites (event_id, created_at, id);
-- Limits: open invites per receiver, per-principal and per-issuer day windows,
-- same inviter → same receiver over 30 days.
CREATE INDEX invites_by_receiver ON invites (receiver_user_id, status);
CREATE INDEX invites_by_inviter_time ON invites (inviter_kind, inviter_id, created_at);
CREATE INDEX invites_by_inviter_receiver ON invites (inviter_kind, inviter_id, receiver_user_id, created_at);
CREATE INDEX invites_by_issuer_time ON invites (issued_by_user_id, created_at);

CREATE TABLE audit_log (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id      TEXT,
    at             TEXT NOT NULL,
    actor          TEXT NOT NULL,
    actor_user_id  TEXT,
    action         TEXT NOT NULL,
    target_kind    TEXT NOT NULL,
    target_id      TEXT,
    partner_id     TEXT,
    details        TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details))
);
CREATE INDEX audit_by_tenant ON audit_log (tenant_id, id);
CREATE INDEX audit_by_partner ON audit_log (partner_id, id);

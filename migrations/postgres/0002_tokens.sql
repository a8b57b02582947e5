-- partnerctl schema, version 2: API tokens of the HTTP API (SPEC §5).
-- A token's secret is stored only as its SHA-256 hash (hex); the hash is
-- how a request's bearer secret finds its token, in any tenant.

CREATE TABLE api_tokens (
    id            TEXT COLLATE "C" PRIMARY KEY,
    tenant_id     TEXT COLLATE "C" NOT NULL REFERENCES tenants(id),
    user_id       TEXT COLLATE "C" NOT NULL REFERENCES users(id),
    name          TEXT COLLATE "C",
    secret_hash   TEXT COLLATE "C" NOT NULL UNIQUE CHECK (length(secret_hash) = 64),
    created_at    TEXT COLLATE "C" NOT NULL,
    expires_at    TEXT COLLATE "C",
    last_used_at  TEXT COLLATE "C",
    revoked_at    TEXT COLLATE "C"
);
CREATE INDEX api_tokens_by_user ON api_tokens (tenant_id, user_id, created_at);

-- partnerctl schema, version 2: API tokens of the HTTP API (SPEC §5).
-- A token's secret is stored only as its SHA-256 hash (hex); the hash is
-- how a request's bearer secret finds its token, in any tenant.

CREATE TABLE api_tokens (
    id            TEXT PRIMARY KEY,
    tenant_id     TEXT NOT NULL REFERENCES tenants(id),
    user_id       TEXT NOT NULL REFERENCES users(id),
    name          TEXT,
    secret_hash   TEXT NOT NULL UNIQUE CHECK (length(secret_hash) = 64),
    created_at    TEXT NOT NULL,
    expires_at    TEXT,
    last_used_at  TEXT,
    revoked_at    TEXT
);
CREATE INDEX api_tokens_by_user ON api_tokens (tenant_id, user_id, created_at);

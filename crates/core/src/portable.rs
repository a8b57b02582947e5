//! The portable form of a whole database, which `db copy` moves between
//! backends (SPEC §3.3): every table in an order that satisfies its foreign
//! keys, every column with a backend-neutral type, rows in primary-key
//! order. Both stores keep tables of these names and columns; each maps
//! the types to its own (SQLite: INTEGER 0/1 booleans; PostgreSQL: BOOLEAN,
//! BIGINT), and a test of each store checks its schema against this list.

use crate::error::Result;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnType {
    Text,
    Bool,
    Int,
}

/// One value of a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    Null,
    Text(String),
    Bool(bool),
    Int(i64),
}

pub struct Table {
    pub name: &'static str,
    pub columns: &'static [(&'static str, ColumnType)],
    /// The columns of the primary key, the order rows are copied in.
    pub key: &'static [&'static str],
}

impl Table {
    pub fn column_names(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.columns.iter().map(|(name, _)| *name)
    }
}

use ColumnType::{Bool, Int, Text};

/// Tables each store derives from the invites (the counters of migration
/// 0003 and their sums per host, kept by triggers): never copied, since the
/// target's triggers count the copied invites in as they arrive.
pub const DERIVED: &[&str] =
    &["invite_counts_by_inviter", "invite_counts_by_issuer", "host_counts_by_inviter", "host_counts_by_issuer"];

/// Every table, parents before children.
pub const TABLES: &[Table] = &[
    Table {
        name: "tenants",
        columns: &[("id", Text), ("slug", Text), ("name", Text), ("timezone", Text), ("created_at", Text)],
        key: &["id"],
    },
    Table {
        name: "tenant_settings",
        columns: &[("tenant_id", Text), ("key", Text), ("value", Text)],
        key: &["tenant_id", "key"],
    },
    Table {
        name: "users",
        columns: &[
            ("id", Text),
            ("tenant_id", Text),
            ("email", Text),
            ("display_name", Text),
            ("landlord", Bool),
            ("created_at", Text),
        ],
        key: &["id"],
    },
    Table {
        name: "plans",
        columns: &[("tenant_id", Text), ("key", Text), ("name", Text), ("created_at", Text)],
        key: &["tenant_id", "key"],
    },
    Table {
        name: "plan_limits",
        columns: &[("tenant_id", Text), ("plan_key", Text), ("limit_key", Text), ("value", Int)],
        key: &["tenant_id", "plan_key", "limit_key"],
    },
    Table {
        name: "partners",
        columns: &[
            ("id", Text),
            ("tenant_id", Text),
            ("slug", Text),
            ("name", Text),
            ("kind", Text),
            ("plan_key", Text),
            ("status", Text),
            ("created_at", Text),
            ("updated_at", Text),
        ],
        key: &["id"],
    },
    Table {
        name: "partner_memberships",
        columns: &[
            ("id", Text),
            ("tenant_id", Text),
            ("partner_id", Text),
            ("user_id", Text),
            ("role", Text),
            ("can_invite", Bool),
            ("can_manage_events", Bool),
            ("can_view_metrics", Bool),
            ("can_manage_members", Bool),
            ("can_manage_billing", Bool),
            ("status", Text),
            ("invited_by", Text),
            ("invited_at", Text),
            ("accepted_at", Text),
            ("expires_at", Text),
            ("invite_code_hash", Text),
            ("created_at", Text),
            ("updated_at", Text),
        ],
        key: &["id"],
    },
    Table {
        name: "events",
        columns: &[
            ("id", Text),
            ("tenant_id", Text),
            ("slug", Text),
            ("title", Text),
            ("starts_at", Text),
            ("ends_at", Text),
            ("host_partner_id", Text),
            ("created_at", Text),
            ("updated_at", Text),
        ],
        key: &["id"],
    },
    Table {
        name: "event_managers",
        columns: &[("event_id", Text), ("partner_id", Text)],
        key: &["event_id", "partner_id"],
    },
    Table {
        name: "invites",
        columns: &[
            ("id", Text),
            ("tenant_id", Text),
            ("event_id", Text),
            ("receiver_user_id", Text),
            ("inviter_kind", Text),
            ("inviter_id", Text),
            ("issued_by_user_id", Text),
            ("status", Text),
            ("credited_acceptance", Bool),
            ("attendance", Text),
            ("channel", Text),
            ("created_at", Text),
            ("viewed_at", Text),
            ("responded_at", Text),
            ("updated_at", Text),
        ],
        key: &["id"],
    },
    Table {
        name: "audit_log",
        columns: &[
            ("id", Int),
            ("tenant_id", Text),
            ("at", Text),
            ("actor", Text),
            ("actor_user_id", Text),
            ("action", Text),
            ("target_kind", Text),
            ("target_id", Text),
            ("partner_id", Text),
            ("details", Text),
        ],
        key: &["id"],
    },
    Table {
        name: "api_tokens",
        columns: &[
            ("id", Text),
            ("tenant_id", Text),
            ("user_id", Text),
            ("name", Text),
            ("secret_hash", Text),
            ("created_at", Text),
            ("expires_at", Text),
            ("last_used_at", Text),
            ("revoked_at", Text),
        ],
        key: &["id"],
    },
];

/// A consistent snapshot of a whole database, read table by table.
pub trait Export {
    /// How many rows `table` holds (for progress).
    fn count(&self, table: &Table) -> Result<u64>;
    /// Hands every row of `table` to `row`, in key order, its cells in the
    /// order of `table.columns`.
    fn rows(&self, table: &Table, row: &mut dyn FnMut(&[Cell]) -> Result<()>) -> Result<()>;
}

/// One write transaction that fills an empty database, table by table.
pub trait Import {
    /// Whether the database holds no row in any table.
    fn is_empty(&self) -> Result<bool>;
    /// Starts loading `table`; rows follow, then `end_table`.
    fn begin_table(&mut self, table: &'static Table) -> Result<()>;
    /// One row of the current table, its cells in the order of its columns.
    fn row(&mut self, cells: &[Cell]) -> Result<()>;
    fn end_table(&mut self) -> Result<()>;
    /// Commits what was loaded; dropping an `Import` rolls it back.
    fn commit(self: Box<Self>) -> Result<()>;
}

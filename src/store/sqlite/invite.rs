use super::SqliteTx;
use crate::store::InviteStore;

impl InviteStore for SqliteTx<'_> {}

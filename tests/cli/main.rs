//! One integration-test binary driving the real `partnerctl` against
//! temporary SQLite files.

mod support;

mod foundation;
mod import;

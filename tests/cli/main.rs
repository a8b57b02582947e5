//! One integration-test binary driving the real `partnerctl` against
//! temporary SQLite files, or with `PARTNERCTL_TEST_BACKEND=postgres`
//! against databases on a PostgreSQL server (support.rs).

mod support;

mod apply;
mod backup;
mod completion;
mod copy;
mod corruption;
mod counters;
#[cfg(target_os = "linux")]
mod crash;
mod demo;
mod event;
mod foundation;
mod help;
mod hostile;
mod http;
mod identity;
mod import;
mod invite;
mod invite_races;
mod limits;
mod man;
mod member;
mod member_races;
mod messages;
mod metrics;
mod output;
mod paging;
mod permissions;
mod plan_home;
mod postgres;
mod readme;
mod regressions;
mod reliability_races;
mod round_trip;
mod scripts;
mod tables;
mod times;
mod token;
mod who;

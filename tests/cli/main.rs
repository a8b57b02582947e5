//! One integration-test binary driving the real `partnerctl` against
//! temporary SQLite files.

mod support;

mod backup;
mod corruption;
#[cfg(target_os = "linux")]
mod crash;
mod demo;
mod event;
mod foundation;
mod hostile;
mod identity;
mod import;
mod invite;
mod invite_races;
mod limits;
mod member;
mod member_races;
mod metrics;
mod permissions;
mod plan_home;
mod readme;
mod regressions;
mod reliability_races;

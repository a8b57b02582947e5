//! Actors fail closed: a use case called without an actor is refused, even
//! where the operator would be allowed everything.

use chrono::{TimeZone, Utc};
use partnerctl_core::error::Kind;
use partnerctl_core::service::{tenant, user, Acting, Ctx};
use partnerctl_store_sqlite::SqliteStore;

#[test]
fn a_use_case_called_without_an_actor_is_refused() {
    let store = SqliteStore::open_in_memory().unwrap();
    let now = Utc.with_ymd_and_hms(2026, 11, 24, 10, 0, 0).unwrap();
    let operator = Ctx { store: &store, now, tenant: None, actor: Some(Acting::Operator { name: "ops".into() }) };
    tenant::create(&operator, tenant::NewTenant { slug: "acme".into(), name: "Acme".into(), timezone: None }).unwrap();

    let nobody = Ctx { store: &store, now, tenant: None, actor: None };
    let add = || user::NewUser { email: "a@example.com".into(), display_name: "A".into(), landlord: false, id: None };
    let err = user::add(&nobody, add()).unwrap_err();
    assert_eq!(err.kind, Kind::PermissionDenied, "{err}");
    assert!(user::list(&nobody, false, None).is_err(), "reads are refused too");
    let err = tenant::create(&nobody, tenant::NewTenant { slug: "other".into(), name: "Other".into(), timezone: None })
        .unwrap_err();
    assert_eq!(err.kind, Kind::PermissionDenied, "{err}");

    // Named explicitly, the operator may.
    user::add(&operator, add()).unwrap();
}

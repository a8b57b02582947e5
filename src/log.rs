//! Diagnostics on stderr, enabled by `-v` or `PARTNERCTL_LOG`.

use std::sync::atomic::{AtomicBool, Ordering};

static VERBOSE: AtomicBool = AtomicBool::new(false);

pub fn enable(on: bool) {
    VERBOSE.store(on, Ordering::Relaxed);
}

pub fn debug(msg: &str) {
    if VERBOSE.load(Ordering::Relaxed) {
        eprintln!("debug: {msg}");
    }
}

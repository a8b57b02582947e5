//! Diagnostics on stderr, enabled by `-v` or `PARTNERCTL_LOG`: a `log`
//! logger, so that the stores' `log::debug!` lines show up beside ours.

struct Stderr;

impl log::Log for Stderr {
    fn enabled(&self, _: &log::Metadata) -> bool {
        true
    }
    fn log(&self, record: &log::Record) {
        eprintln!("debug: {}", record.args());
    }
    fn flush(&self) {}
}

static STDERR: Stderr = Stderr;

pub fn enable(on: bool) {
    if on && log::set_logger(&STDERR).is_ok() {
        log::set_max_level(log::LevelFilter::Debug);
    }
}

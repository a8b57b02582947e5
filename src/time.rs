//! Time handling: the clock (`PARTNERCTL_NOW`), RFC 3339 / plain-date parsing
//! in the tenant timezone, durations like `30m`, `48h`, `7d`, and the one
//! storage/output format (RFC 3339 UTC with `Z`, whole seconds).

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, SecondsFormat, TimeZone, Utc};
use chrono_tz::Tz;

use crate::error::{Error, Result};

pub type Timestamp = DateTime<Utc>;

/// Formats a timestamp the way it is stored and printed.
pub fn fmt(t: Timestamp) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// Reads a stored timestamp back.
pub fn parse_stored(s: &str) -> Result<Timestamp> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| Error::database(format!("stored time {s:?} is malformed: {e}")))
}

/// The current time: `PARTNERCTL_NOW` when set, else the system clock,
/// truncated to whole seconds like every stored time.
pub fn now_from_env() -> Result<Timestamp> {
    match std::env::var("PARTNERCTL_NOW") {
        Ok(v) if !v.is_empty() => DateTime::parse_from_rfc3339(&v)
            .map(|t| truncate(t.with_timezone(&Utc)))
            .map_err(|e| Error::invalid_input(format!("PARTNERCTL_NOW={v:?} is not RFC 3339: {e}"))),
        _ => Ok(truncate(Utc::now())),
    }
}

fn truncate(t: Timestamp) -> Timestamp {
    Utc.timestamp_opt(t.timestamp(), 0).single().unwrap_or(t)
}

pub fn parse_timezone(name: &str) -> Result<Tz> {
    name.parse::<Tz>().map_err(|_| {
        Error::invalid_input(format!("unknown timezone {name:?} (use an IANA name such as Europe/Berlin)"))
    })
}

/// RFC 3339, or a plain `YYYY-MM-DD` meaning local midnight in `tz`.
pub fn parse_time(input: &str, tz: Tz) -> Result<Timestamp> {
    let s = input.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Ok(truncate(t.with_timezone(&Utc)));
    }
    if let Ok(date) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Ok(local_midnight(date, tz));
    }
    Err(Error::invalid_input(format!(
        "invalid time {input:?}: use RFC 3339 (2026-05-01T18:00:00Z) or a date (2026-05-01)"
    )))
}

/// The UTC instant of local midnight starting `date` in `tz`. Where midnight
/// does not exist (a DST gap) the first instant of the day is used.
pub fn local_midnight(date: NaiveDate, tz: Tz) -> Timestamp {
    let naive = date.and_time(NaiveTime::MIN);
    match tz.from_local_datetime(&naive) {
        chrono::LocalResult::Single(t) => t.with_timezone(&Utc),
        chrono::LocalResult::Ambiguous(first, _) => first.with_timezone(&Utc),
        chrono::LocalResult::None => {
            // Walk forward to the first valid local time of the day.
            (1..=180)
                .find_map(|m| tz.from_local_datetime(&(naive + Duration::minutes(m))).earliest())
                .map(|t| t.with_timezone(&Utc))
                .unwrap_or_else(|| Utc.from_utc_datetime(&naive))
        }
    }
}

/// `[start, end)` of the tenant-local day containing `now`, as UTC.
pub fn local_day_bounds(now: Timestamp, tz: Tz) -> (Timestamp, Timestamp) {
    let today = now.with_timezone(&tz).date_naive();
    let tomorrow = today.succ_opt().unwrap_or(today);
    (local_midnight(today, tz), local_midnight(tomorrow, tz))
}

/// `30m`, `48h`, `7d` (also `s` and `w`), a positive whole number and a unit.
pub fn parse_duration(input: &str) -> Result<Duration> {
    let s = input.trim();
    let bad = || Error::invalid_input(format!("invalid duration {input:?}: use e.g. 30m, 48h, 7d"));
    let unit = s.chars().last().ok_or_else(bad)?;
    let number: i64 = s[..s.len() - unit.len_utf8()].parse().map_err(|_| bad())?;
    if number <= 0 {
        return Err(bad());
    }
    let d = match unit {
        's' => Duration::try_seconds(number),
        'm' => Duration::try_minutes(number),
        'h' => Duration::try_hours(number),
        'd' => Duration::try_days(number),
        'w' => Duration::try_weeks(number),
        _ => None,
    };
    d.filter(|d| *d <= Duration::days(365 * 100)).ok_or_else(bad)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_date_is_local_midnight() {
        let tz: Tz = "Europe/Berlin".parse().unwrap();
        assert_eq!(fmt(parse_time("2026-07-01", tz).unwrap()), "2026-06-30T22:00:00Z");
        assert_eq!(fmt(parse_time("2026-12-01", tz).unwrap()), "2026-11-30T23:00:00Z");
        assert_eq!(fmt(parse_time("2026-12-01T10:00:00+01:00", tz).unwrap()), "2026-12-01T09:00:00Z");
    }

    #[test]
    fn day_bounds_follow_the_timezone() {
        let tz: Tz = "America/New_York".parse().unwrap();
        let now = parse_time("2026-11-24T03:30:00Z", tz).unwrap();
        let (start, end) = local_day_bounds(now, tz);
        assert_eq!(fmt(start), "2026-11-23T05:00:00Z");
        assert_eq!(fmt(end), "2026-11-24T05:00:00Z");
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("30m").unwrap(), Duration::minutes(30));
        assert_eq!(parse_duration("48h").unwrap(), Duration::hours(48));
        assert_eq!(parse_duration("7d").unwrap(), Duration::days(7));
        for bad in ["", "7", "d", "-1d", "0h", "7y", "1.5h", "99999999999d"] {
            assert!(parse_duration(bad).is_err(), "{bad}");
        }
    }
}

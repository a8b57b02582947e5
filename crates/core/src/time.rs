//! Time handling: the clock (`PARTNERCTL_NOW`), the TIME forms of SPEC §2.1
//! in the tenant timezone, durations like `30m`, `48h`, `7d`, and the one
//! storage/output format (RFC 3339 UTC with `Z`, whole seconds).

use chrono::{
    DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, SecondsFormat, TimeZone, Timelike, Utc,
};
use chrono_tz::Tz;

use crate::error::{Error, Result};

/// Every constructor here (the clock, `parse_time`, `add`, `parse_stored`)
/// yields whole seconds within the years 0000-9999, so `fmt` is exact.
pub type Timestamp = DateTime<Utc>;

/// Formats a timestamp the way it is stored and printed.
pub fn fmt(t: Timestamp) -> String {
    Stamp::of(t).as_str().to_string()
}

/// `fmt`'s text on the stack (`2026-11-24T10:00:00Z`): streams of hundreds
/// of thousands of rows write three times per row without allocating.
#[derive(Clone, Copy)]
pub struct Stamp([u8; 20]);

impl Stamp {
    pub fn of(t: Timestamp) -> Stamp {
        // UTC's own fields: `DateTime`'s getters add the offset on each call.
        let t = t.naive_utc();
        // The constructors keep years in 0000-9999 (see `Timestamp`).
        let year = u32::try_from(t.year()).unwrap_or(0).min(9999);
        let mut b = *b"0000-00-00T00:00:00Z";
        let mut put = |at: usize, digits: usize, mut v: u32| {
            for i in (at..at + digits).rev() {
                b[i] = b'0' + (v % 10) as u8;
                v /= 10;
            }
        };
        put(0, 4, year);
        put(5, 2, t.month());
        put(8, 2, t.day());
        put(11, 2, t.hour());
        put(14, 2, t.minute());
        // A leap second (chrono keeps it in the nanoseconds) prints as :60.
        put(17, 2, t.second() + u32::from(t.nanosecond() >= 1_000_000_000));
        Stamp(b)
    }

    pub fn as_str(&self) -> &str {
        // Only ASCII digits and separators are ever written.
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

/// `fmt`'s exact shape read without the general RFC 3339 parser; `None`
/// for anything else (the slow path then decides).
fn parse_exact(s: &str) -> Option<Timestamp> {
    let b = s.as_bytes();
    if b.len() != 20
        || &b[4..5] != b"-"
        || &b[7..8] != b"-"
        || &b[10..11] != b"T"
        || &b[13..14] != b":"
        || &b[16..17] != b":"
        || &b[19..20] != b"Z"
    {
        return None;
    }
    let num = |from: usize, to: usize| -> Option<u32> {
        b[from..to].iter().try_fold(0, |n, &c| c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0')))
    };
    let date = NaiveDate::from_ymd_opt(i32::try_from(num(0, 4)?).ok()?, num(5, 7)?, num(8, 10)?)?;
    Some(date.and_hms_opt(num(11, 13)?, num(14, 16)?, num(17, 19)?)?.and_utc())
}

/// Reads a stored timestamp back: only the text `fmt` writes is accepted,
/// since the store orders and compares times as that fixed-width text.
/// Anything else means a corrupt database (exit 8).
pub fn parse_stored(s: &str) -> Result<Timestamp> {
    if let Some(t) = parse_exact(s) {
        return Ok(t);
    }
    let malformed = |why: &dyn std::fmt::Display| Error::database(format!("stored time {s:?} is malformed: {why}"));
    let t = DateTime::parse_from_rfc3339(s).map_err(|e| malformed(&e))?.with_timezone(&Utc);
    if t.to_rfc3339_opts(SecondsFormat::Secs, true) != s {
        return Err(malformed(&"expected UTC with Z and whole seconds, such as 2026-11-24T10:00:00Z"));
    }
    Ok(t)
}

/// Serde for record fields that are times: `fmt`'s text (`null` when absent
/// through `option`), so every output format prints times as they are stored.
pub mod serde_rfc3339 {
    use serde::Serializer;

    use super::Timestamp;

    pub fn serialize<S: Serializer>(t: &Timestamp, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(super::Stamp::of(*t).as_str())
    }

    pub mod option {
        use serde::Serializer;

        use super::Timestamp;

        pub fn serialize<S: Serializer>(t: &Option<Timestamp>, s: S) -> Result<S::Ok, S::Error> {
            match t {
                Some(t) => super::serialize(t, s),
                None => s.serialize_none(),
            }
        }
    }
}

/// The current time: `PARTNERCTL_NOW` when set, else the system clock,
/// truncated to whole seconds like every stored time.
pub fn now_from_env() -> Result<Timestamp> {
    let now = match std::env::var("PARTNERCTL_NOW") {
        Ok(v) if !v.is_empty() => DateTime::parse_from_rfc3339(&v)
            .map(|t| truncate(t.with_timezone(&Utc)))
            .map_err(|e| Error::invalid_input(format!("PARTNERCTL_NOW={v:?} is not RFC 3339: {e}")))?,
        _ => truncate(Utc::now()),
    };
    in_range(now)
        .map_err(|_| Error::invalid_input(format!("the clock ({}) is outside the years 0000-9999", now.to_rfc3339())))
}

/// Every stored or printed time is RFC 3339, which has four-digit years:
/// a time outside 0000-9999 is refused rather than written as `+10000-…`.
pub fn in_range(t: Timestamp) -> Result<Timestamp> {
    if (0..=9999).contains(&t.year()) {
        Ok(t)
    } else {
        Err(Error::invalid_input(format!("time {} is outside the years 0000-9999", t.to_rfc3339())))
    }
}

/// `t + d`, refused (exit 2) when the result leaves the years 0000-9999.
pub fn add(t: Timestamp, d: Duration) -> Result<Timestamp> {
    t.checked_add_signed(d)
        .ok_or_else(|| Error::invalid_input(format!("{} plus {d} is outside the years 0000-9999", fmt(t))))
        .and_then(in_range)
}

fn truncate(t: Timestamp) -> Timestamp {
    Utc.timestamp_opt(t.timestamp(), 0).single().unwrap_or(t)
}

pub fn parse_timezone(name: &str) -> Result<Tz> {
    name.parse::<Tz>().map_err(|_| {
        Error::invalid_input(format!("unknown timezone {name:?} (use an IANA name such as Europe/Berlin)"))
    })
}

/// A TIME of SPEC §2.1, with `tz` the tenant's zone and `now` the clock:
/// RFC 3339; a date `YYYY-MM-DD` (local midnight); a local date-time without
/// offset (`2026-11-25T10:00`, `2026-11-25 10:00`, seconds optional);
/// `today` / `yesterday` (local midnight); or a duration back from now
/// (`7d`, `48h`, `30m`). Errors quote the input as typed.
pub fn parse_time(input: &str, tz: Tz, now: Timestamp) -> Result<Timestamp> {
    let s = input.trim();
    // The stored form (every exported time): what the RFC 3339 branch
    // below makes of it, without the general parser.
    if let Some(t) = parse_exact(s) {
        return Ok(t);
    }
    let invalid = |why: &str| Error::invalid_input(format!("invalid time {input:?}: {why}"));
    let parsed = if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        truncate(t.with_timezone(&Utc))
    } else if let Ok(date) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        local_midnight(date, tz)
    } else if let Some(local) = parse_local_date_time(s) {
        match tz.from_local_datetime(&local) {
            chrono::LocalResult::Single(t) => t.with_timezone(&Utc),
            // A repeated hour (DST ends): its first occurrence.
            chrono::LocalResult::Ambiguous(first, _) => first.with_timezone(&Utc),
            chrono::LocalResult::None => {
                return Err(invalid(&format!("{s} does not exist in {tz} (the clocks skip it); give an offset")))
            }
        }
    } else if let Some(date) = relative_day(s, now.with_timezone(&tz).date_naive()) {
        local_midnight(date, tz)
    } else if let Ok(back) = parse_duration(s) {
        now.checked_sub_signed(back).ok_or_else(|| invalid("outside the years 0000-9999"))?
    } else {
        return Err(invalid(
            "use RFC 3339 (2026-05-01T18:00:00Z), a date (2026-05-01), a local date-time (2026-05-01 18:00), \
             today, yesterday, or a duration back from now (7d, 48h, 30m)",
        ));
    };
    in_range(parsed).map_err(|_| invalid("outside the years 0000-9999"))
}

/// `2026-11-25T10:00`, `2026-11-25 10:00`, either with `:SS`.
fn parse_local_date_time(s: &str) -> Option<NaiveDateTime> {
    ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S"]
        .iter()
        .find_map(|format| NaiveDateTime::parse_from_str(s, format).ok())
}

/// `today` and `yesterday`, from the local date `today`.
fn relative_day(s: &str, today: NaiveDate) -> Option<NaiveDate> {
    match s.to_ascii_lowercase().as_str() {
        "today" => Some(today),
        "yesterday" => today.pred_opt(),
        _ => None,
    }
}

/// The UTC instant of local midnight starting `date` in `tz`. Where midnight
/// does not exist (a DST gap, or a whole skipped date such as 2011-12-30 in
/// Pacific/Apia) it is the first instant whose local date is `date` or later.
pub fn local_midnight(date: NaiveDate, tz: Tz) -> Timestamp {
    let naive = date.and_time(NaiveTime::MIN);
    match tz.from_local_datetime(&naive) {
        chrono::LocalResult::Single(t) => t.with_timezone(&Utc),
        chrono::LocalResult::Ambiguous(first, _) => first.with_timezone(&Utc),
        chrono::LocalResult::None => first_instant_on_or_after(date, tz),
    }
}

/// Binary search over UTC seconds: UTC offsets stay within ±26 hours, so the
/// answer lies within a day and a bit of `date`'s midnight read as UTC.
fn first_instant_on_or_after(date: NaiveDate, tz: Tz) -> Timestamp {
    let midnight_utc = Utc.from_utc_datetime(&date.and_time(NaiveTime::MIN)).timestamp();
    let reached =
        |secs: i64| Utc.timestamp_opt(secs, 0).single().is_some_and(|t| t.with_timezone(&tz).date_naive() >= date);
    let (mut lo, mut hi) = (midnight_utc - 27 * 3600, midnight_utc + 27 * 3600);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if reached(mid) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Utc.timestamp_opt(lo, 0).single().unwrap_or_else(|| Utc.from_utc_datetime(&date.and_time(NaiveTime::MIN)))
}

/// `[start, end)` of the tenant-local day containing `now`, as UTC; refused
/// when the day's end leaves the years 0000-9999.
pub fn local_day_bounds(now: Timestamp, tz: Tz) -> Result<(Timestamp, Timestamp)> {
    let today = now.with_timezone(&tz).date_naive();
    let tomorrow = today.succ_opt().unwrap_or(today);
    Ok((in_range(local_midnight(today, tz))?, in_range(local_midnight(tomorrow, tz))?))
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

    /// The clock of these tests.
    fn clock() -> Timestamp {
        parse_stored("2026-11-25T09:30:00Z").unwrap()
    }

    #[test]
    fn every_time_form_of_spec_2_1() {
        let berlin: Tz = "Europe/Berlin".parse().unwrap();
        let cases = [
            ("2026-11-25T10:00:00Z", "2026-11-25T10:00:00Z"),
            ("2026-11-25", "2026-11-24T23:00:00Z"),
            ("2026-11-25T10:00", "2026-11-25T09:00:00Z"),
            ("2026-11-25 10:00", "2026-11-25T09:00:00Z"),
            ("2026-11-25T10:00:30", "2026-11-25T09:00:30Z"),
            (" 2026-11-25 10:00:30 ", "2026-11-25T09:00:30Z"),
            ("2026-07-01 10:00", "2026-07-01T08:00:00Z"),
            ("today", "2026-11-24T23:00:00Z"),
            ("Yesterday", "2026-11-23T23:00:00Z"),
            ("7d", "2026-11-18T09:30:00Z"),
            ("48h", "2026-11-23T09:30:00Z"),
            ("30m", "2026-11-25T09:00:00Z"),
            // The repeated hour at the end of DST: its first occurrence.
            ("2026-10-25 02:30", "2026-10-25T00:30:00Z"),
        ];
        for (input, expected) in cases {
            assert_eq!(parse_time(input, berlin, clock()).map(fmt).ok().as_deref(), Some(expected), "{input:?}");
        }
        // `today` is the tenant's date: 00:30 in Tokyo is still yesterday in UTC.
        let tokyo: Tz = "Asia/Tokyo".parse().unwrap();
        let late = parse_stored("2026-11-24T15:30:00Z").unwrap();
        assert_eq!(fmt(parse_time("today", tokyo, late).unwrap()), "2026-11-24T15:00:00Z");
    }

    #[test]
    fn a_bad_time_is_refused_quoting_what_was_typed() {
        let berlin: Tz = "Europe/Berlin".parse().unwrap();
        for bad in ["2026-11-25T25:00", "tomorrow", "7y", "2026/11/25", "2026-11-25 10", "-7d", "0d", ""] {
            let err = parse_time(bad, berlin, clock()).unwrap_err();
            assert_eq!(err.kind, crate::error::Kind::InvalidInput, "{bad:?}");
            assert!(err.message.starts_with(&format!("invalid time {bad:?}: ")), "{bad:?}: {}", err.message);
        }
        let gap = parse_time("2026-03-29 02:30", berlin, clock()).unwrap_err();
        assert_eq!(
            gap.message,
            "invalid time \"2026-03-29 02:30\": 2026-03-29 02:30 does not exist in Europe/Berlin (the clocks skip it); give an offset"
        );
    }

    #[test]
    fn plain_date_is_local_midnight() {
        let tz: Tz = "Europe/Berlin".parse().unwrap();
        assert_eq!(fmt(parse_time("2026-07-01", tz, clock()).unwrap()), "2026-06-30T22:00:00Z");
        assert_eq!(fmt(parse_time("2026-12-01", tz, clock()).unwrap()), "2026-11-30T23:00:00Z");
        assert_eq!(fmt(parse_time("2026-12-01T10:00:00+01:00", tz, clock()).unwrap()), "2026-12-01T09:00:00Z");
    }

    #[test]
    fn day_bounds_follow_the_timezone() {
        let tz: Tz = "America/New_York".parse().unwrap();
        let now = parse_time("2026-11-24T03:30:00Z", tz, clock()).unwrap();
        let (start, end) = local_day_bounds(now, tz).unwrap();
        assert_eq!(fmt(start), "2026-11-23T05:00:00Z");
        assert_eq!(fmt(end), "2026-11-24T05:00:00Z");
    }

    #[test]
    fn a_skipped_date_ends_at_the_first_instant_of_the_next_one() {
        // Samoa skipped 2011-12-30: 2011-12-29T23:59:59-10:00 was followed by 2011-12-31T00:00:00+14:00.
        let tz: Tz = "Pacific/Apia".parse().unwrap();
        let now = parse_time("2011-12-30T05:00:00Z", tz, clock()).unwrap();
        let (start, end) = local_day_bounds(now, tz).unwrap();
        assert_eq!(fmt(start), "2011-12-29T10:00:00Z");
        assert_eq!(fmt(end), "2011-12-30T10:00:00Z");
        // A one-hour DST gap at midnight (Havana, 2013-03-10): the day starts at 01:00 local.
        let havana: Tz = "America/Havana".parse().unwrap();
        assert_eq!(fmt(local_midnight(NaiveDate::from_ymd_opt(2013, 3, 10).unwrap(), havana)), "2013-03-10T05:00:00Z");
    }

    #[test]
    fn times_outside_four_digit_years_are_refused() {
        let tz: Tz = "UTC".parse().unwrap();
        let late = parse_time("9999-12-30T00:00:00Z", tz, clock()).unwrap();
        assert!(add(late, Duration::days(7)).is_err());
        assert!(add(late, Duration::hours(4)).is_ok());
        assert!(local_day_bounds(parse_time("9999-12-31T12:00:00Z", tz, clock()).unwrap(), tz).is_err());
        let tokyo: Tz = "Asia/Tokyo".parse().unwrap();
        assert!(
            parse_time("0000-01-01", tokyo, clock()).is_err(),
            "local midnight of 0000-01-01 in Tokyo is in year -1 UTC"
        );
    }

    #[test]
    fn record_times_serialize_as_stored_text_or_null() {
        #[derive(serde::Serialize)]
        struct Times {
            #[serde(with = "serde_rfc3339")]
            at: Timestamp,
            #[serde(with = "serde_rfc3339::option")]
            seen: Option<Timestamp>,
            #[serde(with = "serde_rfc3339::option")]
            gone: Option<Timestamp>,
        }
        let tz: Tz = "Europe/Berlin".parse().unwrap();
        let times = Times {
            // Parsed input loses its fraction and offset: whole seconds, UTC, `Z`.
            at: parse_time("2026-11-24T11:00:00.750+01:00", tz, clock()).unwrap(),
            seen: Some(parse_stored("0000-01-01T00:00:00Z").unwrap()),
            gone: None,
        };
        assert_eq!(
            serde_json::to_string(&times).unwrap(),
            r#"{"at":"2026-11-24T10:00:00Z","seen":"0000-01-01T00:00:00Z","gone":null}"#
        );
    }

    #[test]
    fn the_stack_stamp_is_chronos_rfc3339_text() {
        let mut t = parse_stored("0000-01-01T00:00:00Z").unwrap();
        let end = parse_stored("9999-12-31T23:59:59Z").unwrap();
        // Steps of a prime number of seconds walk every field through its range.
        while t < end {
            let text = t.to_rfc3339_opts(SecondsFormat::Secs, true);
            assert_eq!(fmt(t), text);
            assert_eq!(parse_stored(&text).unwrap(), t);
            assert_eq!(parse_time(&text, chrono_tz::Asia::Tokyo, clock()).unwrap(), t, "the zone plays no part");
            t += Duration::seconds(7_919_993);
        }
        let leap = DateTime::parse_from_rfc3339("2016-12-31T23:59:60Z").unwrap().with_timezone(&Utc);
        assert_eq!(fmt(leap), leap.to_rfc3339_opts(SecondsFormat::Secs, true));
    }

    #[test]
    fn stored_text_reads_back_only_in_the_stored_format() {
        for ok in ["2026-11-24T10:00:00Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z"] {
            assert_eq!(fmt(parse_stored(ok).unwrap()), ok);
        }
        let malformed = [
            "",
            "x",
            "2026-11-24",
            "2026-11-24T10:00:00",
            "2026-11-24T10:00:00+01:00",
            "2026-11-24T10:00:00+00:00",
            "2026-11-24T10:00:00.5Z",
            "2026-11-24t10:00:00z",
            "2026-11-24 10:00:00Z",
            " 2026-11-24T10:00:00Z",
            "2026-02-30T10:00:00Z",
        ];
        for bad in malformed {
            let err = parse_stored(bad).unwrap_err();
            assert!(matches!(err.kind, crate::error::Kind::Database(_)), "{bad:?}");
            assert!(err.message.contains(&format!("{bad:?}")), "{bad:?}: {}", err.message);
        }
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

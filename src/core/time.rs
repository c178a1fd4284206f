//! Time in the plan. Changes are stamped with UTC instants passed in by the shell (the
//! core reads no clock); target, review and visit dates are calendar dates with no time
//! zone, so "review on 3 March" stays on 3 March wherever the plan is read.

use super::json::{FromJson, JsonResult, Reader};
use serde::{Serialize, Serializer};
use std::fmt;

/// Milliseconds since the Unix epoch, UTC.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Timestamp(pub i64);

impl Timestamp {
    /// The last millisecond of the year 9999: no real change is later, and every date
    /// up to it reads as a date a person knows.
    pub const LATEST: Timestamp = Timestamp(253_402_300_799_999);
}

/// Read only within 1970..=9999: a stamp outside any real date is damage (or a hostile
/// file), refused where it is read rather than shown as "16 May -292275055".
impl FromJson for Timestamp {
    fn read(r: &mut Reader) -> JsonResult<Self> {
        let ms = r.integer()?;
        if (0..=Timestamp::LATEST.0).contains(&ms) {
            Ok(Timestamp(ms))
        } else {
            Err(r.invalid(format!("a time stamp outside any real date ({ms})")))
        }
    }
}

impl Timestamp {
    /// Hours, minutes and seconds of the UTC day (for stamps in exported files).
    pub fn utc_time_of_day(self) -> (i64, i64, i64) {
        let secs = self.0.div_euclid(1000).rem_euclid(86_400);
        (secs / 3600, secs % 3600 / 60, secs % 60)
    }
}

/// A calendar date, stored as `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CalendarDate {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl CalendarDate {
    pub fn new(year: i32, month: u8, day: u8) -> Option<Self> {
        let valid = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(CalendarDate { year, month, day })
    }

    /// Parses the ISO form used by `<input type="date">` and by our files.
    pub fn parse(s: &str) -> Option<Self> {
        let mut parts = s.trim().splitn(3, '-');
        let y = parts.next()?;
        let m = parts.next()?;
        let d = parts.next()?;
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        Self::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    /// The date `days` later (or earlier, if negative).
    pub fn add_days(self, days: i64) -> Self {
        Self::from_days(self.to_days() + days)
    }

    /// Days since 1970-01-01 (Howard Hinnant's days-from-civil).
    fn to_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The UTC calendar date of an instant (used by the shell for "today").
    pub fn from_timestamp(t: Timestamp) -> Self {
        Self::from_days(t.0.div_euclid(86_400_000))
    }

    fn from_days(days: i64) -> Self {
        // Civil-from-days (Howard Hinnant's algorithm).
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        CalendarDate { year, month, day }
    }
}

/// 1 January 1970: only a starting value for forms, which always set a real date.
impl Default for CalendarDate {
    fn default() -> Self {
        CalendarDate {
            year: 1970,
            month: 1,
            day: 1,
        }
    }
}

impl CalendarDate {
    /// Days from `self` to `other` (negative if `other` is earlier).
    pub fn days_until(self, other: CalendarDate) -> i64 {
        other.to_days() - self.to_days()
    }

    /// Day of the week, 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (3).
        ((self.to_days() + 3).rem_euclid(7)) as u8
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

impl fmt::Display for CalendarDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for CalendarDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl FromJson for CalendarDate {
    fn read(r: &mut Reader) -> JsonResult<Self> {
        let s = r.string()?;
        CalendarDate::parse(&s).ok_or_else(|| r.invalid("not a YYYY-MM-DD date"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_iso_dates() {
        let d = CalendarDate::parse("2027-03-03").unwrap();
        assert_eq!((d.year, d.month, d.day), (2027, 3, 3));
        assert_eq!(d.to_string(), "2027-03-03");
    }

    #[test]
    fn refuses_impossible_dates() {
        for s in [
            "2027-02-29",
            "2027-13-01",
            "2027-00-10",
            "27-1-1",
            "2027-04-31",
            "soon",
        ] {
            assert!(CalendarDate::parse(s).is_none(), "{s}");
        }
        assert!(CalendarDate::parse("2028-02-29").is_some());
    }

    #[test]
    fn timestamp_to_utc_date() {
        assert_eq!(
            CalendarDate::from_timestamp(Timestamp(0)).to_string(),
            "1970-01-01"
        );
        // 2026-11-24T18:00:00Z
        let t = Timestamp(1_795_543_200_000);
        assert_eq!(CalendarDate::from_timestamp(t).to_string(), "2026-11-24");
        assert_eq!(
            CalendarDate::from_timestamp(Timestamp(-1)).to_string(),
            "1969-12-31"
        );
    }

    #[test]
    fn adding_days_crosses_months_years_and_leap_days() {
        let d = CalendarDate::parse("2027-12-30").unwrap();
        assert_eq!(d.add_days(3).to_string(), "2028-01-02");
        assert_eq!(
            CalendarDate::parse("2028-02-28")
                .unwrap()
                .add_days(1)
                .to_string(),
            "2028-02-29"
        );
        assert_eq!(
            CalendarDate::parse("2028-03-01")
                .unwrap()
                .add_days(-1)
                .to_string(),
            "2028-02-29"
        );
        assert_eq!(d.add_days(56).add_days(-56), d);
    }
}

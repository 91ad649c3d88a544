//! Collecting a fine after the decision: the payment term, default, statutory interest and
//! limitation, by country. Only the Netherlands has rows (the Awb's title 4.4 on
//! administrative debts, with the Burgerlijk Wetboek's statutory interest and the Algemene
//! termijnenwet's working days); a case of another country gets no dates and a finding that
//! its collection rules are not modelled. The Dutch rules are never applied elsewhere.
//!
//! Sources (LAW.md §4a), each row below naming its own:
//! - Awb 4:87(1), 4:92(1), 4:97, 4:98, 4:104(1): the text at pgawb.nl (Parlementaire
//!   geschiedenis Awb) and wetten.legaltools.nl, read 2026-12.
//! - Algemene termijnenwet art. 1(1) and 3(1)-(2): the text as quoted by staatsrechtpraktijk.nl
//!   and wvhl.nl, read 2026-12.
//! - BW 6:119 rates: the decrees fixing them (Staatsblad), each row below; searched 2026-12 in
//!   zoek.officielebekendmakingen.nl and the version register of BWBR0047640 (inview.nl).

use jiff::civil::{Date, Weekday, date};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::Reading;

/// Awb 4:87(1): "De betaling geschiedt binnen zes weken nadat de beschikking op de
/// voorgeschreven wijze is bekendgemaakt, tenzij de beschikking een later tijdstip vermeldt."
pub const AWB_4_87_TERM_WEEKS: i64 = 6;

/// Awb 5:33 (the text in force since 1 Jan 2017, LAW.md §4a): a forfeited penalty payment is
/// to be paid within six weeks after it was forfeited by operation of law.
pub const AWB_5_33_TERM_WEEKS: i64 = 6;

/// Awb 4:104(1): "De rechtsvordering tot betaling van een geldsom verjaart vijf jaren nadat de
/// voorgeschreven betalingstermijn is verstreken."
pub const AWB_4_104_LIMITATION_YEARS: i16 = 5;

/// Awb 4:98(2): "Wettelijke rente is niet verschuldigd indien het bedrag ervan bij enige of
/// laatste betaling minder bedraagt dan € 20, dan wel, indien het bestuursorgaan de schuldenaar
/// is, € 10." The text as consolidated at wetten.overheid.nl/BWBR0005537/2026-01-01#Artikel4:98
/// (copied into the public corpus of MinBZK/regelrecht) and at wetten.legaltools.nl, read
/// 2026-12. "Niet verschuldigd": below the threshold the interest is not owed at all; it is not
/// a power to leave owed interest uncollected (that power, for interest that is owed, is the
/// authority's under 4:99: "niet verplicht de aan hem te betalen rente in rekening te brengen",
/// MvT 29 702, p. 47-48, at pgawb.nl).
pub const AWB_4_98_2_THRESHOLD: Decimal = dec!(20);

/// BW 6:119 interest is a yearly percentage; art83 counts each day as 1/365 of a year, leap
/// years too (actual/365). The statute names no day count: this is art83's choice, stated in
/// every interest step.
pub const DAYS_PER_YEAR: Decimal = dec!(365);

/// One rate of the statutory interest of BW 6:119 (non-commercial transactions), from the
/// day its decree took effect until the next row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateRow {
    /// The first day the rate applies.
    pub from: Date,
    /// The yearly percentage.
    pub percent: Decimal,
    /// The decree that set it.
    pub source: &'static str,
    /// Whether the decree was read, or the rate is from secondary sources.
    pub reading: Reading,
}

/// BW 6:119(1) with 6:120(1): the statutory interest, set by decree on 1 January or 1 July
/// (the ECB's main refinancing rate plus 2.25 points, rounded to whole percent: Stb. 2014, 491,
/// nota van toelichting). Rows before 2015 are left out: no GDPR fine fell due before 2018.
/// Since 1 Jan 2023 the rate is in the Besluit vaststelling wettelijke rente (BWBR0047640),
/// each change an amendment with its own Staatsblad number; where the number comes from a
/// register of the decree's versions and not from the Staatsblad text, the row says so.
///
/// Searched 2026-12 for the decrees of 2025 and 2026 (pages: zoek.officielebekendmakingen.nl,
/// inview.nl, rijksoverheid.nl, news; code: GitHub mirrors of wetten.overheid.nl such as
/// statengeneraal/laws-markdown and MinBZK/regelrecht): none holds them. Two public code
/// repositories agree on the rates from 2025: a Dutch tax-interest module that says it read
/// every version of BWBR0047640 in the KOOP repository on 18 Sep 2026 ("4 procent per
/// 01-01-2023, 6 procent per 01-07-2023, 7 procent per 01-01-2024, 6 procent per 01-01-2025,
/// 4 procent per 01-01-2026"), and Matthi-code/rentetool, docs/03_rentetabel.csv (6 % from 1 Jan
/// 2025 and on 1 Jul 2025, 4 % from 1 Jan 2026). So the 7 % ended on 31 Dec 2024, not 30 Jun
/// 2025, and 1 Jul 2025 changed nothing (LAW.md's "6 % from 1 Jul 2025" is the same 6 %).
pub const NL_STATUTORY_INTEREST: [RateRow; 6] = [
    RateRow {
        from: date(2015, 1, 1),
        percent: dec!(2),
        source: "Besluit van 4 december 2014, Stb. 2014, 491 (three to two percent from 1 Jan 2015), text read at zoek.officielebekendmakingen.nl",
        reading: Reading::Verified,
    },
    RateRow {
        from: date(2023, 1, 1),
        percent: dec!(4),
        source: "Besluit van 15 december 2022, Stb. 2022, 520 (Besluit vaststelling wettelijke rente, BWBR0047640) art. 1 and 3: four percent from 1 Jan 2023; text read in its consolidation (inview.nl; also git.wetgit.nl's copy of wetten.overheid.nl), Stb. number from the version register (inview.nl)",
        reading: Reading::Verified,
    },
    RateRow {
        from: date(2023, 7, 1),
        percent: dec!(6),
        source: "Stb. 2023, 235 per vfn.nl (an amendment dated 29 June 2023, in force 1 Jul 2023, per the version register at inview.nl): four to six percent per vfn.nl, topinkomens.nl and the two code repositories named above; decree text not read",
        reading: Reading::Unverified,
    },
    RateRow {
        from: date(2024, 1, 1),
        percent: dec!(7),
        source: "Besluit van 20 december 2023, Stb. 2023, 484 (in force 1 Jan 2024, per the version register at inview.nl; cited as the source by berveling.nl and feitsmaverhagen.nl): six to seven percent, the nota van toelichting as quoted by middelkoop-accountants.nl (ECB rate 4.5 % on 31 Oct 2023 plus 2.25 = 6.75, rounded to 7); unchanged 1 Jul 2024 (metaalunie.nl); decree text not read",
        reading: Reading::Unverified,
    },
    RateRow {
        from: date(2025, 1, 1),
        percent: dec!(6),
        source: "seven to six percent from 1 Jan 2025 and unchanged on 1 Jul 2025, per the two code repositories named above (one citing the KOOP versions of BWBR0047640); no decree or Staatsblad number found",
        reading: Reading::Unverified,
    },
    RateRow {
        from: date(2026, 1, 1),
        percent: dec!(4),
        source: "six to four percent from 1 Jan 2026, per the same two code repositories; no version of 1 Jul 2026 in the KOOP versions read on 18 Sep 2026; no decree or Staatsblad number found",
        reading: Reading::Unverified,
    },
];

/// The last day for which the rate table has a statement: the end of 2026, since the versions
/// of the decree read on 18 Sep 2026 (the source of the last row) hold no change on 1 Jul 2026.
/// A rate after it is the last row's, assumed unchanged, and the report says so.
pub const NL_RATES_STATED_UNTIL: Date = date(2026, 12, 31);

/// The statutory interest rate on `day`, with its row; `None` before the table's first row.
pub fn nl_rate_on(day: Date) -> Option<&'static RateRow> {
    NL_STATUTORY_INTEREST.iter().rev().find(|row| row.from <= day)
}

/// The day after `day` on which the next rate row takes effect, if any.
pub fn nl_next_rate_change(day: Date) -> Option<Date> {
    NL_STATUTORY_INTEREST.iter().map(|row| row.from).find(|from| *from > day)
}

/// Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm of Meeus, "Astronomical
/// Algorithms", ch. 8), from which Good Friday, Easter Monday, Ascension and Whit Monday follow.
/// `None` for a year the algorithm was not made for (before 1583).
pub fn easter_sunday(year: i16) -> Option<Date> {
    if year < 1583 {
        return None;
    }
    let y = i32::from(year);
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    // Month 3 or 4 and day 1..=31 by construction; checked all the same.
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

/// Algemene termijnenwet art. 3(1)-(2): the generally recognised public holidays ("de
/// Nieuwjaarsdag, de Christelijke tweede Paas- en Pinksterdag, de beide Kerstdagen, de
/// Hemelvaartsdag, de dag waarop de verjaardag van de Koning wordt gevierd en de vijfde mei",
/// and Good Friday by the second paragraph). The King's birthday is celebrated on 27 April
/// (from 2014; on 26 April, a Saturday, when the 27th is a Sunday, which changes no term),
/// before 2014 on 30 April (unverified). Days equated by royal decree under art. 3(3) (such as
/// the Friday after Ascension in some years) are not held. Returns the holiday's name.
pub fn nl_public_holiday(day: Date) -> Option<&'static str> {
    let (year, month, dom) = (day.year(), day.month(), day.day());
    let fixed = match (month, dom) {
        (1, 1) => Some("Nieuwjaarsdag"),
        (5, 5) => Some("5 mei"),
        (12, 25) => Some("eerste Kerstdag"),
        (12, 26) => Some("tweede Kerstdag"),
        (4, 27) if year >= 2014 => Some("Koningsdag"),
        (4, 30) if year < 2014 => Some("Koninginnedag"),
        _ => None,
    };
    if fixed.is_some() {
        return fixed;
    }
    let easter = easter_sunday(year)?;
    let offset = easter.until(day).ok()?.get_days();
    match offset {
        -2 => Some("Goede Vrijdag"),
        1 => Some("tweede Paasdag"),
        39 => Some("Hemelvaartsdag"),
        50 => Some("tweede Pinksterdag"),
        _ => None,
    }
}

/// Why `day` is not a working day under the Algemene termijnenwet, if it is not.
pub fn nl_not_a_working_day(day: Date) -> Option<&'static str> {
    match day.weekday() {
        Weekday::Saturday => Some("a Saturday"),
        Weekday::Sunday => Some("a Sunday"),
        _ => nl_public_holiday(day),
    }
}

/// Algemene termijnenwet art. 1(1): "Een in een wet gestelde termijn die op een zaterdag,
/// zondag of algemeen erkende feestdag eindigt, wordt verlengd tot en met de eerstvolgende dag
/// die niet een zaterdag, zondag of algemeen erkende feestdag is." The last day of a statutory
/// term, moved past every such day; with the reasons, in order, for each day moved over.
pub fn nl_term_end(last_day: Date) -> (Date, Vec<(Date, &'static str)>) {
    let mut day = last_day;
    let mut moved = Vec::new();
    while let Some(why) = nl_not_a_working_day(day) {
        moved.push((day, why));
        // Within jiff's range for any date a case can hold (years up to 9999 minus a week).
        match day.tomorrow() {
            Ok(next) => day = next,
            Err(_) => break,
        }
    }
    (day, moved)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn easter_sunday_by_the_gregorian_computus() {
        // Dates from the ecclesiastical calendar.
        assert_eq!(easter_sunday(2019), Some(date(2019, 4, 21)));
        assert_eq!(easter_sunday(2024), Some(date(2024, 3, 31)));
        assert_eq!(easter_sunday(2025), Some(date(2025, 4, 20)));
        assert_eq!(easter_sunday(2026), Some(date(2026, 4, 5)));
        assert_eq!(easter_sunday(2038), Some(date(2038, 4, 25)));
        assert_eq!(easter_sunday(2285), Some(date(2285, 3, 22)));
        assert_eq!(easter_sunday(1000), None);
        assert_eq!(easter_sunday(-5), None);
    }

    #[test]
    fn atw_3_holidays_of_2024() {
        // Good Friday 29 Mar, Easter Monday 1 Apr, King's Day 27 Apr (a Saturday), 5 May (a
        // Sunday), Ascension 9 May, Whit Monday 20 May, Christmas 25 and 26 Dec.
        for (m, d) in [(1, 1), (3, 29), (4, 1), (4, 27), (5, 5), (5, 9), (5, 20), (12, 25), (12, 26)] {
            assert!(nl_public_holiday(date(2024, m, d)).is_some(), "2024-{m}-{d}");
        }
        for (m, d) in [(3, 31), (4, 2), (5, 10), (5, 19), (12, 24), (12, 27), (4, 30)] {
            assert_eq!(nl_public_holiday(date(2024, m, d)), None, "2024-{m}-{d}");
        }
        assert_eq!(nl_public_holiday(date(2013, 4, 30)), Some("Koninginnedag"));
    }

    #[test]
    fn atw_1_a_term_ending_on_a_sunday_runs_to_monday() {
        let (end, moved) = nl_term_end(date(2024, 6, 30));
        assert_eq!(end, date(2024, 7, 1));
        assert_eq!(moved, vec![(date(2024, 6, 30), "a Sunday")]);
    }

    #[test]
    fn atw_1_a_term_ending_on_good_friday_runs_past_easter_monday() {
        // Fri 18 Apr 2025 Good Friday, Sat, Sun, Mon 21 Apr Easter Monday: Tue 22 Apr.
        let (end, moved) = nl_term_end(date(2025, 4, 18));
        assert_eq!(end, date(2025, 4, 22));
        assert_eq!(moved.len(), 4);
        assert_eq!(nl_term_end(date(2025, 4, 17)).0, date(2025, 4, 17), "a Thursday stays");
    }

    #[test]
    fn bw_6_120_1_each_decreed_rate_names_its_staatsblad() {
        // Every row whose decree was found cites it by Staatsblad year and number; the rows of
        // 2025 and 2026, for which no decree was found, do not, and are marked unverified.
        let expected = [
            (date(2015, 1, 1), dec!(2), Some("Stb. 2014, 491"), true),
            (date(2023, 1, 1), dec!(4), Some("Stb. 2022, 520"), true),
            (date(2023, 7, 1), dec!(6), Some("Stb. 2023, 235"), false),
            (date(2024, 1, 1), dec!(7), Some("Stb. 2023, 484"), false),
            (date(2025, 1, 1), dec!(6), None, false),
            (date(2026, 1, 1), dec!(4), None, false),
        ];
        assert_eq!(NL_STATUTORY_INTEREST.len(), expected.len());
        for (row, (from, percent, stb, verified)) in NL_STATUTORY_INTEREST.iter().zip(expected) {
            assert_eq!((row.from, row.percent), (from, percent));
            match stb {
                Some(stb) => assert!(row.source.contains(stb), "{from}: {}", row.source),
                None => assert!(!row.source.contains("Stb. "), "{from}: {}", row.source),
            }
            assert_eq!(row.reading.verified(), verified, "{from}");
        }
    }

    #[test]
    fn bw_6_119_rates_change_on_1_january_or_1_july_only() {
        for pair in NL_STATUTORY_INTEREST.windows(2) {
            assert!(pair[0].from < pair[1].from);
            assert_ne!(pair[0].percent, pair[1].percent, "a row only where the rate changes");
        }
        for row in NL_STATUTORY_INTEREST {
            assert_eq!(row.from.day(), 1);
            assert!(matches!(row.from.month(), 1 | 7));
        }
        assert_eq!(nl_rate_on(date(2024, 5, 16)).map(|r| r.percent), Some(dec!(7)));
        assert_eq!(nl_rate_on(date(2024, 12, 31)).map(|r| r.percent), Some(dec!(7)));
        // 6 % from 1 Jan 2025, not 7 % up to 30 Jun 2025; 1 Jul 2025 changed nothing.
        assert_eq!(nl_rate_on(date(2025, 1, 1)).map(|r| r.percent), Some(dec!(6)));
        assert_eq!(nl_rate_on(date(2025, 7, 1)).map(|r| r.from), Some(date(2025, 1, 1)));
        assert_eq!(nl_rate_on(date(2026, 1, 1)).map(|r| r.percent), Some(dec!(4)));
        assert_eq!(nl_rate_on(date(2023, 6, 30)).map(|r| r.percent), Some(dec!(4)));
        assert_eq!(nl_rate_on(date(2014, 12, 31)), None);
        assert_eq!(nl_next_rate_change(date(2024, 5, 16)), Some(date(2025, 1, 1)));
        assert_eq!(nl_next_rate_change(date(2025, 7, 1)), Some(date(2026, 1, 1)));
        assert_eq!(nl_next_rate_change(date(2026, 1, 1)), None);
    }
}

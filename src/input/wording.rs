//! The core's calculation errors in the words of the case file and the command line. The core
//! says what a rule refuses in the case's terms ("the size percentage"); this says which key
//! or option to change (`size_percent`, `--as-of`).

use crate::calc::error::{CalcError, Refusal};
use crate::calc::money::{outside_range, percent_text};

/// The error's message as art83 prints it: each refusal names the key or option that changes
/// it; every other error reads as the core writes it.
pub fn message(error: &CalcError) -> String {
    match error {
        CalcError::In { context, source, .. } => format!("{context}: {}", message(source)),
        CalcError::Refused { refusal, .. } => refusal_message(refusal),
        other => other.to_string(),
    }
}

fn refusal_message(refusal: &Refusal) -> String {
    match refusal {
        Refusal::StartingAmountOutsideBand { amount, low, high, seriousness } => outside_range(
            "starting_amount",
            *amount,
            *low,
            *high,
            &format!("the {seriousness} seriousness band, EDPB Guidelines 04/2022 step 2a"),
        ),
        Refusal::SizePercentOutsideBand { percent, low, high, up_to } => format!(
            "size_percent {} lies outside the {}-{} % band for turnover up to {up_to} (EDPB Guidelines 04/2022 step 2b)",
            percent.normalize(),
            percent_text(*low),
            percent_text(*high),
        ),
        Refusal::SizePercentWithoutBand { violation, percent } => format!(
            "violation `{violation}`: size_percent {} has no size band at the case's own turnover (unknown or above EUR 500,000,000), so a sweep cannot place it in other bands; give size_position instead",
            percent.normalize()
        ),
        Refusal::NoAnnexCategory { articles } => format!(
            "the known annex entries of the Boetebeleidsregels 2019 do not cover {}; set `category` (I-IV) in [violation.ap2019]",
            articles.join(", ")
        ),
        // Report content (a comparison's note) as well as an error: the core words it.
        refusal @ Refusal::NoAnnexCategoryToCompare { .. } => refusal.to_string(),
        Refusal::Ap2019NotInEuros { currency } => format!(
            "[violation.ap2019] in a case in {currency} ([case] currency): the Boetebeleidsregels 2019 are the Dutch AP's policy rules, with bandwidths in euros, and art83 does not apply them in another currency (no authority converts them); declare the violation's `fine`, or use [violation.edpb]"
        ),
        Refusal::OutsideBandwidth { fine, low, high, category } => format!(
            "{}; to apply the next category's bandwidth set beyond_bandwidth = \"<reason>\" (Boetebeleidsregels 2019 Art. 8.1)",
            outside_range("the adjusted fine", *fine, *low, *high, &format!("the category {category} bandwidth"))
        ),
        Refusal::BeyondAdjacentBandwidths { fine, low, high, category } => format!(
            "{}: Art. 8.1 reaches only the next category's bandwidth; for a lower fine use a reasoned `proportionality` step (Awb 3:4, 5:46) or `ability_to_pay` (Art. 9)",
            outside_range(
                "the adjusted fine",
                *fine,
                *low,
                *high,
                &format!("category {category} and its neighbours (Boetebeleidsregels 2019 Art. 8.1)")
            )
        ),
        Refusal::TurnoverYearUnknown => "a turnover table by financial year needs [case] decided (the year preceding it counts) or [undertaking] turnover_year".to_string(),
        Refusal::PublicBodyCapInOtherCurrency { provision, currency, amount } => format!(
            "{} caps fines on public bodies at {currency} {}: write the case in {currency} ([case] currency = \"{currency}\" with its rate) to compare its fines with the cap",
            crate::l10n::catalogue::text(crate::l10n::Lang::En, &crate::l10n::Message::new(provision)),
            amount.grouped()
        ),
        Refusal::ScheduleTooLong { rows, limit } => format!(
            "the schedules would list {rows} or more periods; art83 lists at most {limit} per case: give the order a `max`, a `complied` date, or an earlier `--as-of`"
        ),
        Refusal::GraceWithoutDate => "a grace period needs [case] published or decided to count from".to_string(),
        Refusal::GravestNotHighest { gravest, maximum, highest } => format!(
            "`gravest = \"{gravest}\"`: its legal maximum ({}) is not the group's highest; the gravest infringement (Art. 83(3)) is one with the highest maximum: {}",
            maximum.map_or("none".to_string(), |m| m.to_string()),
            highest.join(", ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use rust_decimal::Decimal;

    use super::*;
    use crate::calc::model::Category;
    use crate::calc::money::Money;

    /// The texts art83 printed when the core wrote them itself, before it named no keys.
    #[test]
    fn each_refusal_names_the_key_or_option_to_change_as_before() {
        let worded = |refusal| message(&CalcError::refused(refusal, None));
        let (fine, low, high, category) =
            (Money::euros(945_000), Money::euros(300_000), Money::euros(750_000), Category::III);
        assert_eq!(
            worded(Refusal::OutsideBandwidth { fine, low, high, category }),
            "the adjusted fine EUR 945,000.00 lies outside 300,000.00 – 750,000.00 (the category III bandwidth); to apply the next category's bandwidth set beyond_bandwidth = \"<reason>\" (Boetebeleidsregels 2019 Art. 8.1)"
        );
        assert_eq!(
            worded(Refusal::BeyondAdjacentBandwidths { fine, low, high, category }),
            "the adjusted fine EUR 945,000.00 lies outside 300,000.00 – 750,000.00 (category III and its neighbours (Boetebeleidsregels 2019 Art. 8.1)): Art. 8.1 reaches only the next category's bandwidth; for a lower fine use a reasoned `proportionality` step (Awb 3:4, 5:46) or `ability_to_pay` (Art. 9)"
        );
        assert_eq!(
            worded(Refusal::TurnoverYearUnknown),
            "a turnover table by financial year needs [case] decided (the year preceding it counts) or [undertaking] turnover_year"
        );
        let cap = Refusal::PublicBodyCapInOtherCurrency {
            provision: "art. 102 u.o.d.o.",
            currency: "PLN",
            amount: Money::euros(100_000),
        };
        assert_eq!(
            worded(cap),
            "art. 102 u.o.d.o. caps fines on public bodies at PLN 100,000.00: write the case in PLN ([case] currency = \"PLN\" with its rate) to compare its fines with the cap"
        );
        assert_eq!(worded(Refusal::GraceWithoutDate), "a grace period needs [case] published or decided to count from");
        let percent = Decimal::new(250, 1);
        assert_eq!(
            worded(Refusal::SizePercentWithoutBand { violation: "v".into(), percent }),
            "violation `v`: size_percent 25 has no size band at the case's own turnover (unknown or above EUR 500,000,000), so a sweep cannot place it in other bands; give size_position instead"
        );
    }

    #[test]
    fn the_context_of_an_error_is_kept_before_its_wording() {
        let refused = CalcError::refused(Refusal::ScheduleTooLong { rows: 200_001, limit: 200_000 }, None);
        assert_eq!(
            message(&refused.context("penalty `once`", None)),
            "penalty `once`: the schedules would list 200001 or more periods; art83 lists at most 200000 per case: give the order a `max`, a `complied` date, or an earlier `--as-of`"
        );
        // The core's own words name no key or option.
        let core = CalcError::refused(Refusal::ScheduleTooLong { rows: 200_001, limit: 200_000 }, None).to_string();
        assert!(!core.contains('`'), "{core}");
    }
}

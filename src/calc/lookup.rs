//! `art83 articles`: what the tables say about a provision, in one place.

use crate::calc::report::Detail;
use rust_decimal::Decimal;
use serde::Serialize;

use super::ap2019;
use super::article::{Article, TIER_TABLE, Tier};
use super::error::CalcError;
use super::maximum::{TurnoverContext, legal_maximum, resolve_turnover};
use super::model::{Category, CitedArticle, Turnover, Undertaking, is_dutch_authority};
use super::money::Money;
use super::report::{MaximumBasis, Step};

#[derive(Debug, Clone, Serialize)]
/// What art83 knows about one cited provision (`art83 articles`).
#[non_exhaustive]
pub struct ArticleInfo {
    /// The provision, normalised: `5(1)(a)`.
    pub article: String,
    /// The provision as written.
    pub as_written: String,
    /// The Art. 83 tier that lists it; `None` for one no tier lists.
    pub tier: Option<Tier>,
    /// The point of Art. 83 that lists the provision.
    pub listed_in: Option<&'static str>,
    /// What the provisions of its tier listing are about.
    pub subject: Option<&'static str>,
    /// The tier's fixed maximum in euros.
    pub fixed_maximum: Option<Money>,
    /// The tier's share of turnover, in percent.
    pub percent_of_turnover: Option<Decimal>,
    /// The category in the AP Boetebeleidsregels 2019 annexes, where known.
    pub ap2019_category: Option<Category>,
    /// Where the AP 2019 category was confirmed.
    pub ap2019_source: Option<String>,
    /// What else to know (e.g. why no tier applies).
    pub note: Option<String>,
    /// The legal maximum for the undertaking of `articles --turnover/--public-body`, if asked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub legal_maximum: Option<Money>,
    #[serde(skip_serializing_if = "Option::is_none")]
    /// Whether the legal maximum is the fixed amount, the percentage or a floor.
    pub maximum_basis: Option<MaximumBasis>,
    /// How the legal maximum follows from the tier and the turnover.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maximum_explained: Option<String>,
    /// With `--turnover` a band: the legal maximum at the band's upper end, null when the band is
    /// open above (`legal_maximum` is then its lower end); absent without a band.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub legal_maximum_upper: Option<Option<Money>>,
}

/// The undertaking of a one-off question (`art83 articles 32 --turnover 600M`), without a case file.
#[derive(Debug, Clone, Default)]
pub struct Asked {
    /// The worldwide annual turnover in euros, if asked: an amount, `unknown` or a band.
    pub turnover: Option<Turnover>,
    /// Whether the undertaking is a public authority or body (Art. 83(7)).
    pub public_body: bool,
    /// The deciding authority's code (`NL-AP`), if given.
    pub authority: Option<String>,
}

impl Asked {
    /// True when nothing was asked about the undertaking.
    pub fn is_empty(&self) -> bool {
        self.turnover.is_none() && !self.public_body && self.authority.is_none()
    }
}

/// Adds each tiered provision's legal maximum for the undertaking asked about, by the same
/// rules as a case file (Art. 83(4)-(6), Art. 83(7)); returns the steps that chose the turnover.
/// A non-Dutch authority drops the AP 2019 categories: they are the Dutch AP's policy rules.
pub fn with_maxima(infos: &mut [ArticleInfo], asked: &Asked) -> Result<Vec<Step>, CalcError> {
    let undertaking = Undertaking {
        name: String::new(),
        turnover: asked.turnover.clone().unwrap_or(Turnover::Unknown),
        public_body: asked.public_body,
        public_body_kind: None,
        turnover_year: None,
        turnover_span: None,
    };
    let context = TurnoverContext {
        decided: None,
        authority: asked.authority.as_deref().unwrap_or_default(),
        turnover_override: None,
        currency: None,
    };
    let basis = resolve_turnover(&undertaking, context)?;
    for info in infos.iter_mut() {
        if let Some(tier) = info.tier {
            let maximum = legal_maximum(tier, &basis, Detail::Steps)?;
            info.legal_maximum = Some(maximum.amount);
            info.maximum_basis = Some(maximum.basis);
            info.maximum_explained = Some(maximum.step.detail_in(crate::l10n::Lang::En));
            info.legal_maximum_upper = maximum.band_upper;
        }
        if asked.authority.as_deref().is_some_and(|code| !is_dutch_authority(code)) && info.ap2019_category.is_some() {
            info.ap2019_category = None;
            info.ap2019_source = None;
        }
    }
    Ok(basis.steps)
}

/// The tier, maximum and AP 2019 category of one cited provision.
pub fn describe(cited: &CitedArticle) -> ArticleInfo {
    let listing = cited.article.listing();
    let maximum = listing.map(|l| l.tier.maximum());
    let annex = ap2019::annex_entry(cited);
    let note = match (listing, cited.article.number) {
        (None, 58) => Some("Art. 83(5)(e) and 83(6) list Art. 58(1) and 58(2); name the paragraph".to_string()),
        (None, _) => {
            Some("no tier: Art. 83(4)-(6) do not list this provision, so it sets no legal maximum".to_string())
        }
        (Some(_), 5) if cited.article.parts.get(1).map(String::as_str) == Some("a") => {
            Some("AP 2019: Art. 5(1)(a) follows the category of the underlying provision".to_string())
        }
        _ => None,
    };
    ArticleInfo {
        article: cited.article.to_string(),
        as_written: cited.as_written.clone(),
        tier: listing.map(|l| l.tier),
        listed_in: listing.map(|l| l.listed_in),
        subject: listing.map(|l| l.subject),
        fixed_maximum: maximum.map(|m| m.fixed),
        percent_of_turnover: maximum.map(|m| m.percent),
        ap2019_category: annex.map(|e| e.category),
        ap2019_source: annex.map(|e| crate::l10n::catalogue::text(crate::l10n::Lang::En, &e.source())),
        note,
        legal_maximum: None,
        maximum_basis: None,
        maximum_explained: None,
        legal_maximum_upper: None,
    }
}

/// Every line of the tier table, as one representative provision each.
pub fn tier_table() -> Vec<ArticleInfo> {
    TIER_TABLE
        .iter()
        .map(|line| {
            let text = match (line.first == line.last, line.paragraph) {
                (true, Some(paragraph)) => format!("{}({paragraph})", line.first),
                (true, None) => line.first.to_string(),
                (false, _) => format!("{}-{}", line.first, line.last),
            };
            let article =
                Article { number: line.first, parts: line.paragraph.map(|p| vec![p.to_string()]).unwrap_or_default() };
            let mut info = describe(&CitedArticle { article, as_written: text.clone() });
            info.article = text;
            if line.first != line.last {
                info.ap2019_category = None;
                info.ap2019_source = None;
            }
            info
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cited(text: &str) -> CitedArticle {
        CitedArticle { article: text.parse().unwrap(), as_written: text.into() }
    }

    #[test]
    fn describes_tier_maximum_and_ap_category() {
        let info = describe(&cited("Art. 33(1)"));
        assert_eq!(info.tier, Some(Tier::Art83_4));
        assert_eq!(info.listed_in, Some("83(4)(a)"));
        assert_eq!(info.fixed_maximum, Some(Money::euros(10_000_000)));
        assert_eq!(info.ap2019_category, Some(Category::III));
        let untiered = describe(&cited("4(11)"));
        assert_eq!(untiered.tier, None);
        assert!(untiered.note.unwrap().contains("no tier"));
    }

    #[test]
    fn the_tier_table_lists_every_line_once() {
        assert_eq!(tier_table().len(), TIER_TABLE.len());
    }

    /// `with_maxima` for Art. 32 (83(4): EUR 10M / 2 %) and Art. 6 (83(5): EUR 20M / 4 %) at `band`.
    fn in_band(low: Option<i64>, high: Option<i64>) -> Vec<ArticleInfo> {
        let band = super::super::model::TurnoverBand { low: low.map(Money::euros), high: high.map(Money::euros) };
        let mut infos = vec![describe(&cited("32")), describe(&cited("6"))];
        let asked = Asked { turnover: Some(Turnover::Band(band)), ..Asked::default() };
        with_maxima(&mut infos, &asked).unwrap();
        infos
    }

    #[test]
    fn art83_4_and_5_with_a_band_the_maximum_runs_from_its_lower_to_its_upper_end() {
        // 1bn..2bn: 2 % of 1bn = 20M to 2 % of 2bn = 40M; 4 % of 1bn = 40M to 4 % of 2bn = 80M.
        let infos = in_band(Some(1_000_000_000), Some(2_000_000_000));
        let ends = |i: &ArticleInfo| (i.legal_maximum, i.legal_maximum_upper, i.maximum_basis);
        let upper = |euros| Some(Some(Money::euros(euros)));
        assert_eq!(ends(&infos[0]), (Some(Money::euros(20_000_000)), upper(40_000_000), Some(MaximumBasis::AtLeast)));
        assert_eq!(ends(&infos[1]), (Some(Money::euros(40_000_000)), upper(80_000_000), Some(MaximumBasis::AtLeast)));
        // 100M..250M: 2 % of 250M = 5M and 4 % = 10M stay below the fixed amounts throughout.
        let infos = in_band(Some(100_000_000), Some(250_000_000));
        assert_eq!(ends(&infos[0]), (Some(Money::euros(10_000_000)), upper(10_000_000), Some(MaximumBasis::Fixed)));
        // 1bn.. (open above): at least 20M, no upper end.
        let infos = in_band(Some(1_000_000_000), None);
        assert_eq!(ends(&infos[0]), (Some(Money::euros(20_000_000)), Some(None), Some(MaximumBasis::AtLeast)));
        // Without a band there is no upper end to report.
        let mut plain = vec![describe(&cited("32"))];
        let asked = Asked { turnover: Some(Turnover::Amount(Money::euros(600_000_000))), ..Asked::default() };
        with_maxima(&mut plain, &asked).unwrap();
        assert_eq!((plain[0].legal_maximum, plain[0].legal_maximum_upper), (Some(Money::euros(12_000_000)), None));
    }
}

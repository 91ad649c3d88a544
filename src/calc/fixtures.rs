//! Builders of hand-made cases for the core's unit tests, shared by every module's tests.

use jiff::civil::date;

use super::article::Article;
use super::model::Case;
use super::model::{CitedArticle, Group, GroupKind, Turnover, Undertaking, Violation};
use super::money::Money;
use super::options::Options;
use super::report::Detail;

pub(crate) fn cited(text: &str) -> CitedArticle {
    CitedArticle { article: text.parse::<Article>().unwrap(), as_written: text.into() }
}

pub(crate) fn violation(id: &str, articles: &[&str], fine: Option<i64>) -> Violation {
    Violation {
        id: id.into(),
        title: None,
        articles: articles.iter().map(|a| cited(a)).collect(),
        from: None,
        until: None,
        group: None,
        fine: fine.map(Money::euros),
        method: None,
        proposed: None,
        published_maximum: None,
        national: None,
        reductions: Vec::new(),
        span: None,
    }
}

pub(crate) fn in_group(mut violation: Violation, group: &str) -> Violation {
    violation.group = Some(group.into());
    violation
}

pub(crate) fn group(id: &str, fine: Option<i64>) -> Group {
    Group {
        id: id.into(),
        title: None,
        kind: GroupKind::Linked,
        gravest: None,
        gravest_span: None,
        fine: fine.map(Money::euros),
        published_maximum: None,
        span: None,
    }
}

pub(crate) fn case(violations: Vec<Violation>, groups: Vec<Group>) -> Case {
    Case {
        title: "unit".into(),
        authority: "NL-AP".into(),
        decided: Some(date(2024, 5, 16)),
        published: None,
        published_total: None,
        published_penalties_max: None,
        published_maximum: None,
        published_total_eur: None,
        published_total_eur_places: None,
        currency: None,
        undertaking: Undertaking {
            name: "U".into(),
            // Known and below EUR 500M: the fixed maxima apply, and are certain.
            turnover: Turnover::Amount(Money::euros(100_000_000)),
            public_body: false,
            public_body_kind: None,
            turnover_year: None,
            turnover_span: None,
        },
        violations,
        groups,
        penalties: Vec::new(),
        collection: Default::default(),
        reductions: Vec::new(),
        appeals: Vec::new(),
        published_final_total: None,
    }
}

pub(crate) fn options() -> Options {
    Options { turnover: None, as_of: date(2026, 1, 1), compare: None, detail: Detail::Steps }
}

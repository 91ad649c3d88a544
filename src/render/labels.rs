//! The words of the human-readable outputs: labels of the catalogues (`locales/<lang>/labels.ftl`,
//! ids `label-...`), read once per run and language; numbers, amounts and dates are written by
//! the language's locale row. JSON and CSV stay language-neutral.

use crate::calc::report::{FineMethod, Level};

use crate::calc::money::Money;

pub use crate::l10n::Lang;
use crate::l10n::Message;
use crate::l10n::catalogue;
use crate::l10n::locale::Locale;

words! {
    /// Every label the table and markdown renderers print.
    pub struct Labels {
        decided: "label-decided",
        undertaking: "label-undertaking",
        turnover: "label-turnover",
        financial_year: "label-financial-year",
        what_if: "label-what-if",
        public_body: "label-public-body",
        turnover_unknown: "label-turnover-unknown",
        turnover_and_rate_unknown: "label-turnover-and-rate-unknown",
        turnover_band: "label-turnover-band",
        violation: "label-violation",
        articles: "label-articles",
        tier: "label-tier",
        legal_maximum: "label-legal-maximum",
        basis: "label-basis",
        basis_fixed: "label-basis-fixed",
        basis_turnover: "label-basis-turnover",
        basis_at_least: "label-basis-at-least",
        basis_unknown: "label-basis-unknown",
        basis_public_body: "label-basis-public-body",
        basis_stated: "label-basis-stated",
        basis_no_fine: "label-basis-no-fine",
        fine: "label-fine",
        method: "label-method",
        group: "label-group",
        in_group_fine: "label-in-group-fine",
        linked_group: "label-linked-group",
        violations: "label-violations",
        gravest: "label-gravest",
        tie: "label-tie",
        combined: "label-combined",
        if_turnover_at_least: "label-if-turnover-at-least",
        ceiling: "label-ceiling",
        within: "label-within",
        yes: "label-yes",
        no: "label-no",
        total: "label-total",
        /// The total before the case's own settlement reductions.
        total_before_reductions: "label-total-before-reductions",
        appeals: "label-appeals",
        appeal_decided: "label-appeal-decided",
        appeal_body: "label-appeal-body",
        appeal_reference: "label-appeal-reference",
        appeal_outcome: "label-appeal-outcome",
        total_after: "label-total-after",
        final_total: "label-final-total",
        published_final_total: "label-published-final-total",
        not_known: "label-not-known",
        annulled: "label-annulled",
        /// A liquidation: what a decision fixed as forfeited over a window.
        liquidated: "label-liquidated",
        /// The outcomes of an appeal: upheld, reduced, annulled, referred back, pending.
        outcome_upheld: "label-outcome-upheld",
        outcome_reduced: "label-outcome-reduced",
        outcome_annulled: "label-outcome-annulled",
        outcome_referred_back: "label-outcome-referred-back",
        outcome_pending: "label-outcome-pending",
        outcome_reinstated: "label-outcome-reinstated",
        published_total: "label-published-total",
        total_eur: "label-total-eur",
        published_total_eur: "label-published-total-eur",
        matches: "label-matches",
        differs: "label-differs",
        comparison: "label-comparison",
        declared_fine: "label-declared-fine",
        method_gives: "label-method-gives",
        range: "label-range",
        capped: "label-capped",
        what_if_total: "label-what-if-total",
        what_if_beside: "label-what-if-beside",
        total_row: "label-total-row",
        made_by: "label-made-by",
        how: "label-how",
        penalties: "label-penalties",
        order: "label-order",
        amount: "label-amount",
        per: "label-per",
        due: "label-due",
        max: "label-max",
        periods: "label-periods",
        forfeited: "label-forfeited",
        forfeited_total: "label-forfeited-total",
        /// Fines and forfeited penalty payments together.
        exposure: "label-exposure",
        max_reached_on: "label-max-reached-on",
        if_unmet: "label-if-unmet",
        penalties_max: "label-penalties-max",
        unbounded: "label-unbounded",
        unbounded_but_final: "label-unbounded-but-final",
        published_penalties_max: "label-published-penalties-max",
        /// The schedule's title where the Awb's one-year limitation applies.
        schedule_of_awb: "label-schedule-of-awb",
        schedule_of: "label-schedule-of",
        period: "label-period",
        from: "label-from",
        to: "label-to",
        cumulative: "label-cumulative",
        forfeited_on: "label-forfeited-on",
        forfeited_on_first_day: "label-forfeited-on-first-day",
        time_barred_on: "label-time-barred-on",
        more_periods: "label-more-periods",
        how_penalties: "label-how-penalties",
        /// Periods of non-compliance past the ceiling, beside those that forfeited an amount.
        elapsed: "label-elapsed",
        accrued_to: "label-accrued-to",
        complied: "label-complied",
        order_ended: "label-order-ended",
        compliance_unknown: "label-compliance-unknown",
        as_of: "label-as-of",
        published_forfeited: "label-published-forfeited",
        suspended: "label-suspended",
        still_suspended: "label-still-suspended",
        findings: "label-findings",
        /// `art83 articles` and `art83 sweep`.
        article: "label-article",
        listed_in: "label-listed-in",
        subject_matter: "label-subject-matter",
        fixed_maximum: "label-fixed-maximum",
        percent_of_turnover: "label-percent-of-turnover",
        note: "label-note",
        no_tier: "label-no-tier",
        sweep_legal_maximum: "label-sweep-legal-maximum",
        sweep_total: "label-sweep-total",
        /// A finding's level and a fining method, as the reports name them.
        level_error: "label-level-error",
        level_warning: "label-level-warning",
        level_info: "label-level-info",
        method_declared: "label-method-declared",
        method_edpb: "label-method-edpb",
        method_ap2019: "label-method-ap2019",
        method_none: "label-method-none",
    }
}

/// The labels that have values (`{ $from }`): written with [`catalogue::text`], not borrowed.
#[cfg(test)]
pub const WITH_VALUES: [&str; 5] =
    ["label-window", "label-since", "label-maximum-at", "label-maximum-in-band", "label-days-not-counted"];

impl Labels {
    /// An appeal's outcome in words.
    pub fn outcome(&self, outcome: crate::calc::model::AppealOutcome) -> &'static str {
        use crate::calc::model::AppealOutcome;
        match outcome {
            AppealOutcome::Upheld => self.outcome_upheld,
            AppealOutcome::Reduced => self.outcome_reduced,
            AppealOutcome::Annulled => self.outcome_annulled,
            AppealOutcome::ReferredBack => self.outcome_referred_back,
            AppealOutcome::Pending => self.outcome_pending,
            AppealOutcome::Reinstated => self.outcome_reinstated,
        }
    }

    /// `30,500,000.00` (en) or `30.500.000,00` (nl, de).
    pub fn number(&self, amount: Money) -> String {
        Locale::of(self.lang).number(amount.into())
    }

    /// `EUR 30,500,000.00` (en), `€ 30.500.000,00` (nl), `30.500.000,00 EUR` (de), in the
    /// amount's own currency (`PLN 5,000.00`, `PLN 5.000,00` for a Polish decision).
    pub fn money(&self, amount: Money) -> String {
        Locale::of(self.lang).money(amount.into())
    }

    /// A date in prose: `2024-05-16` (en, as the JSON has it), `16 mei 2024` (nl), `16. Mai 2024` (de).
    pub fn date(&self, day: jiff::civil::Date) -> String {
        Locale::of(self.lang).date(day)
    }

    /// A window of days, both included: `2022-12-19 - 2023-02-08` (en, under a label that says
    /// both days count) or `van 19 december 2022 tot en met 8 februari 2023` (nl).
    pub fn window(&self, from: jiff::civil::Date, until: jiff::civil::Date) -> String {
        catalogue::text(self.lang, &Message::new("label-window").arg("from", from).arg("until", until))
    }

    /// The first day of an open-ended window: `2021-12-17` (en) or `vanaf 17 december 2021` (nl).
    pub fn since(&self, from: jiff::civil::Date) -> String {
        catalogue::text(self.lang, &Message::new("label-since").arg("from", from))
    }

    /// A step's rule in this language.
    pub fn step_rule(&self, step: &crate::calc::report::Step) -> String {
        step.rule_in(self.lang)
    }

    /// What a step did, in this language.
    pub fn step_detail(&self, step: &crate::calc::report::Step) -> String {
        step.detail_in(self.lang)
    }

    /// A finding's text in this language.
    pub fn finding(&self, finding: &crate::calc::report::Finding) -> String {
        finding.text_in(self.lang)
    }

    /// A finding's level: in English as JSON has it (`error`, `warning`, `info`).
    pub fn level(&self, level: Level) -> &'static str {
        match level {
            Level::Error => self.level_error,
            Level::Warning => self.level_warning,
            Level::Info => self.level_info,
        }
    }

    /// A fining method's name: in English as JSON has it (`declared`, `edpb`, `ap2019`, `none`).
    pub fn method_name(&self, method: FineMethod) -> &'static str {
        match method {
            FineMethod::Declared => self.method_declared,
            FineMethod::Edpb => self.method_edpb,
            FineMethod::Ap2019 => self.method_ap2019,
            FineMethod::None => self.method_none,
        }
    }
}

impl Labels {
    /// The caption of `articles --turnover`.
    pub fn maximum_at(&self, turnover: Money) -> String {
        catalogue::text(
            self.lang,
            &Message::new("label-maximum-at").arg("turnover", crate::l10n::Arg::Money(turnover.into())),
        )
    }

    /// The caption of `articles --turnover` with a band (`band` as [`super::document`] writes
    /// its ends): each maximum lies between what the band's two ends give.
    pub fn maximum_in_band(&self, band: &str) -> String {
        catalogue::text(self.lang, &Message::new("label-maximum-in-band").arg("band", band))
    }

    /// A subject or note of `art83 articles` in this language: the label whose id is
    /// `label-article-` and the English text in kebab-case (`locales/*/articles.ftl`); the
    /// English text where no catalogue has it (a test keeps every one there).
    pub fn lookup_text<'a>(&self, english: &'a str) -> &'a str {
        let text = catalogue::label(self.lang, &article_label(english));
        if text.is_empty() { english } else { text }
    }
}

/// The label id of a subject or note of `art83 articles`: `data subjects' rights` is
/// `label-article-data-subjects-rights`.
pub fn article_label(english: &str) -> String {
    let mut id = String::from("label-article-");
    let mut dash = false;
    for c in english.chars() {
        if c.is_ascii_alphanumeric() {
            if dash && !id.ends_with('-') {
                id.push('-');
            }
            dash = false;
            id.push(c.to_ascii_lowercase());
        } else {
            dash = true;
        }
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posix_locale_names_choose_the_language() {
        for dutch in ["nl", "nl_NL", "nl_NL.UTF-8", "nl_BE", "nl_BE@euro", "NL_nl"] {
            assert_eq!(Lang::from_locale(dutch), Lang::Nl, "{dutch}");
        }
        for english in ["C", "POSIX", "C.UTF-8", "en_GB.UTF-8", "fr_FR", "", "nld"] {
            assert_eq!(Lang::from_locale(english), Lang::En, "{english}");
        }
        for german in ["de", "de_DE.UTF-8", "de_AT@euro"] {
            assert_eq!(Lang::from_locale(german), Lang::De, "{german}");
        }
    }

    #[test]
    fn lc_all_then_lc_messages_then_lang_as_posix_orders_them() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| pairs.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string())
        };
        assert_eq!(Lang::from_env(env(&[("LC_ALL", "nl_NL.UTF-8"), ("LANG", "en_US.UTF-8")])), Lang::Nl);
        assert_eq!(Lang::from_env(env(&[("LC_ALL", "C"), ("LC_MESSAGES", "nl_NL")])), Lang::En);
        assert_eq!(Lang::from_env(env(&[("LC_ALL", ""), ("LC_MESSAGES", "nl_BE"), ("LANG", "C")])), Lang::Nl);
        assert_eq!(Lang::from_env(env(&[("LC_MESSAGES", "en_GB"), ("LANG", "nl")])), Lang::En);
        assert_eq!(Lang::from_env(env(&[("LANG", "nl")])), Lang::Nl);
        assert_eq!(Lang::from_env(env(&[])), Lang::En);
    }

    #[test]
    fn every_subject_and_note_of_articles_has_its_label_in_every_language() {
        let mut texts: Vec<String> = crate::calc::lookup::tier_table()
            .iter()
            .flat_map(|info| info.subject.map(str::to_string).into_iter().chain(info.note.clone()))
            .collect();
        for cited in ["58", "4(11)", "5(1)(a)"] {
            let article = cited.parse().unwrap();
            let info = crate::calc::lookup::describe(&crate::calc::model::CitedArticle {
                article,
                as_written: cited.to_string(),
            });
            texts.extend(info.note);
        }
        let ids: Vec<String> = texts.iter().map(|text| article_label(text)).collect();
        for lang in Lang::ALL {
            for (id, text) in ids.iter().zip(&texts) {
                assert!(!catalogue::label(lang, id).is_empty(), "{}: no `{id}` for {text:?}", lang.code());
            }
        }
        // And every label of articles.ftl is a subject or note.
        for (id, _) in catalogue::entries(Lang::En).iter().filter(|(id, _)| id.starts_with("label-article-")) {
            assert!(ids.iter().any(|known| known == id), "`{id}` is no subject or note of `art83 articles`");
        }
    }

    #[test]
    fn article_labels_are_the_english_text_in_kebab_case() {
        assert_eq!(article_label("data subjects' rights"), "label-article-data-subjects-rights");
        assert_eq!(article_label("Art. 83(4)-(6) do"), "label-article-art-83-4-6-do");
    }
}

//! Words and number formats of the human-readable outputs, in English and Dutch. JSON and CSV
//! stay language-neutral.

use crate::calc::report::{FineMethod, Level};
use std::borrow::Cow;

use crate::calc::money::Money;

pub use crate::l10n::Lang;
use crate::l10n::locale::Locale;

/// Every label the table and markdown renderers print.
pub struct Labels {
    pub lang: Lang,
    pub decided: &'static str,
    pub undertaking: &'static str,
    pub turnover: &'static str,
    pub financial_year: &'static str,
    pub what_if: &'static str,
    pub public_body: &'static str,
    pub turnover_unknown: &'static str,
    pub turnover_and_rate_unknown: &'static str,
    pub turnover_band: &'static str,
    pub violation: &'static str,
    pub articles: &'static str,
    pub tier: &'static str,
    pub legal_maximum: &'static str,
    pub basis: &'static str,
    pub basis_fixed: &'static str,
    pub basis_turnover: &'static str,
    pub basis_at_least: &'static str,
    pub basis_unknown: &'static str,
    pub basis_public_body: &'static str,
    pub basis_stated: &'static str,
    pub basis_no_fine: &'static str,
    pub fine: &'static str,
    pub method: &'static str,
    pub group: &'static str,
    pub in_group_fine: &'static str,
    pub linked_group: &'static str,
    pub violations: &'static str,
    pub gravest: &'static str,
    pub tie: &'static str,
    pub combined: &'static str,
    pub if_turnover_at_least: &'static str,
    pub ceiling: &'static str,
    pub within: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub total: &'static str,
    /// The total before the case's own settlement reductions.
    pub total_before_reductions: &'static str,
    pub appeals: &'static str,
    pub appeal_decided: &'static str,
    pub appeal_body: &'static str,
    pub appeal_reference: &'static str,
    pub appeal_outcome: &'static str,
    pub total_after: &'static str,
    pub final_total: &'static str,
    pub published_final_total: &'static str,
    pub not_known: &'static str,
    pub annulled: &'static str,
    /// A liquidation: what a decision fixed as forfeited over a window.
    pub liquidated: &'static str,
    /// The outcomes of an appeal: upheld, reduced, annulled, referred back, pending.
    pub outcomes: [&'static str; 6],
    pub published_total: &'static str,
    pub total_eur: &'static str,
    pub published_total_eur: &'static str,
    pub matches: &'static str,
    pub differs: &'static str,
    pub comparison: &'static str,
    pub declared_fine: &'static str,
    pub method_gives: &'static str,
    pub range: &'static str,
    pub capped: &'static str,
    pub what_if_total: &'static str,
    pub what_if_beside: &'static str,
    pub total_row: &'static str,
    pub made_by: &'static str,
    pub how: &'static str,
    pub penalties: &'static str,
    pub order: &'static str,
    pub amount: &'static str,
    pub per: &'static str,
    pub due: &'static str,
    pub max: &'static str,
    pub periods: &'static str,
    pub forfeited: &'static str,
    pub forfeited_total: &'static str,
    /// Fines and forfeited penalty payments together.
    pub exposure: &'static str,
    pub max_reached_on: &'static str,
    pub if_unmet: &'static str,
    pub penalties_max: &'static str,
    pub unbounded: &'static str,
    pub unbounded_but_final: &'static str,
    pub published_penalties_max: &'static str,
    /// The schedule's title where the Awb's one-year limitation applies.
    pub schedule_of_awb: &'static str,
    pub schedule_of: &'static str,
    pub period: &'static str,
    pub from: &'static str,
    pub to: &'static str,
    pub cumulative: &'static str,
    pub forfeited_on: &'static str,
    pub forfeited_on_first_day: &'static str,
    pub time_barred_on: &'static str,
    pub more_periods: &'static str,
    pub how_penalties: &'static str,
    /// Periods of non-compliance past the ceiling, beside those that forfeited an amount.
    pub elapsed: &'static str,
    pub accrued_to: &'static str,
    pub complied: &'static str,
    pub order_ended: &'static str,
    pub compliance_unknown: &'static str,
    pub as_of: &'static str,
    pub published_forfeited: &'static str,
    pub suspended: &'static str,
    pub still_suspended: &'static str,
    pub days_not_counted: &'static str,
    pub findings: &'static str,
    /// `art83 articles` and `art83 sweep`.
    pub article: &'static str,
    pub listed_in: &'static str,
    pub subject_matter: &'static str,
    pub fixed_maximum: &'static str,
    pub percent_of_turnover: &'static str,
    pub note: &'static str,
    pub no_tier: &'static str,
    pub sweep_legal_maximum: &'static str,
    pub sweep_total: &'static str,
}

pub const EN: Labels = Labels {
    lang: Lang::En,
    decided: "decided",
    undertaking: "Undertaking",
    turnover: "turnover",
    financial_year: "financial year",
    what_if: "(--turnover what-if)",
    public_body: "public body: national law sets the maximum (Art. 83(7))",
    turnover_unknown: "turnover unknown: each maximum is at least the fixed amount",
    turnover_and_rate_unknown: "turnover unknown, and no rate to the euro stated: the maxima are not known",
    turnover_band: "turnover redacted, in the band the decision states",
    violation: "violation",
    articles: "articles",
    tier: "tier",
    legal_maximum: "legal maximum",
    basis: "basis",
    basis_fixed: "fixed",
    basis_turnover: "turnover",
    basis_at_least: "at least",
    basis_unknown: "unknown",
    basis_public_body: "public body",
    basis_stated: "as stated",
    basis_no_fine: "no fine",
    fine: "fine",
    method: "method",
    group: "group",
    in_group_fine: "in group fine",
    linked_group: "group",
    violations: "violations",
    gravest: "gravest",
    tie: "tie",
    combined: "combined",
    if_turnover_at_least: "if turnover >=",
    ceiling: "ceiling",
    within: "within",
    yes: "yes",
    no: "NO",
    total: "Total fines",
    total_before_reductions: "Total before the settlement reductions",
    appeals: "Appeals and objections",
    appeal_decided: "decided",
    appeal_body: "court or body",
    appeal_reference: "reference",
    appeal_outcome: "outcome",
    total_after: "total after",
    final_total: "Total that stands after the appeals",
    published_final_total: "Published total after the appeals",
    not_known: "not known",
    annulled: "annulled",
    liquidated: "Liquidated (both days included)",
    outcomes: ["upheld", "reduced", "annulled", "referred back", "pending", "reinstated"],
    published_total: "Published total",
    total_eur: "Total in euros (rounded half-up to the cent)",
    published_total_eur: "Published total in euros",
    matches: "matches",
    differs: "DIFFERS",
    comparison: "What the method gives with its defaults",
    declared_fine: "declared fine",
    method_gives: "method gives",
    range: "range",
    capped: "capped at the Art. 83(3) ceiling",
    what_if_total: "Total fines with the method",
    what_if_beside: "its defaults, beside the total above",
    total_row: "total",
    made_by: "Calculated by art83",
    how: "How each amount was reached",
    penalties: "Orders subject to a penalty payment, accrued up to, not including,",
    order: "penalty order",
    amount: "amount",
    per: "per",
    due: "due",
    max: "max",
    periods: "periods",
    forfeited: "forfeited",
    forfeited_total: "Forfeited together",
    exposure: "Total exposure (fines and forfeited penalty payments)",
    max_reached_on: "max reached on",
    if_unmet: "if unmet",
    penalties_max: "Penalty maxima together",
    unbounded: "unbounded (an order has no maximum)",
    unbounded_but_final: "none (an order has no maximum; it was complied with or has ended, so what it forfeited is final)",
    published_penalties_max: "Published penalty maxima",
    schedule_of_awb: "Schedule (each amount time-barred at the earliest one year after forfeiture, Awb 5:35(1); later while objection or appeal is pending (5:35(2)) or after an interruption (5:37a), which art83 does not track) of",
    schedule_of: "Schedule of",
    period: "period",
    from: "from",
    to: "to",
    cumulative: "cumulative",
    forfeited_on: "forfeited on",
    forfeited_on_first_day: "each amount forfeited on the first day of its period",
    time_barred_on: "time-barred on (at the earliest)",
    more_periods: "more periods (--schedule full shows them)",
    how_penalties: "How each penalty was reached",
    elapsed: "elapsed",
    accrued_to: "accrued to",
    complied: "complied",
    order_ended: "order ended",
    compliance_unknown: "compliance unknown",
    as_of: "as of",
    published_forfeited: "Published forfeited",
    suspended: "suspended",
    still_suspended: "still suspended",
    days_not_counted: "day(s) not counted",
    findings: "Findings",
    article: "article",
    listed_in: "listed in",
    subject_matter: "subject",
    fixed_maximum: "fixed maximum",
    percent_of_turnover: "% of turnover",
    note: "note",
    no_tier: "none",
    sweep_legal_maximum: "legal_maximum",
    sweep_total: "total",
};

/// German: the English labels until the labels are messages of the catalogues.
pub const DE: Labels = Labels { lang: Lang::De, ..EN };

pub const NL: Labels = Labels {
    lang: Lang::Nl,
    decided: "besluit van",
    undertaking: "Onderneming",
    turnover: "omzet",
    financial_year: "boekjaar",
    what_if: "(--turnover, wat-als)",
    public_body: "overheidsorgaan: het nationale recht bepaalt het maximum (artikel 83, zevende lid, AVG)",
    turnover_unknown: "omzet onbekend: elk maximum bedraagt ten minste het vaste bedrag",
    turnover_and_rate_unknown: "omzet onbekend en geen koers tegenover de euro vermeld: de maxima zijn onbekend",
    turnover_band: "omzet weggelakt, binnen de bandbreedte die het besluit noemt",
    violation: "overtreding",
    articles: "artikelen",
    tier: "boeteniveau",
    legal_maximum: "wettelijk maximum",
    basis: "grondslag",
    basis_fixed: "vast",
    basis_turnover: "omzet",
    basis_at_least: "ten minste",
    basis_unknown: "onbekend",
    basis_public_body: "overheid",
    basis_stated: "zoals vermeld",
    basis_no_fine: "geen boete",
    fine: "boete",
    method: "methode",
    group: "groep",
    in_group_fine: "in gezamenlijke boete",
    linked_group: "groep",
    violations: "overtredingen",
    gravest: "zwaarste",
    tie: "gelijk",
    combined: "samengevoegd",
    if_turnover_at_least: "bij een omzet van ten minste",
    ceiling: "plafond",
    within: "binnen",
    yes: "ja",
    no: "NEE",
    total: "Totaal boetes",
    total_before_reductions: "Totaal vóór de verminderingen",
    appeals: "Bezwaar en beroep",
    appeal_decided: "datum",
    appeal_body: "rechter of orgaan",
    appeal_reference: "kenmerk",
    appeal_outcome: "uitkomst",
    total_after: "totaal daarna",
    final_total: "Totaal dat na bezwaar en beroep staat",
    published_final_total: "Gepubliceerd totaal na bezwaar en beroep",
    not_known: "onbekend",
    annulled: "vernietigd",
    liquidated: "Vastgesteld verbeurd",
    outcomes: ["in stand gelaten", "verlaagd", "vernietigd", "terugverwezen", "aanhangig", "hersteld"],
    published_total: "Gepubliceerd totaal",
    total_eur: "Totaal in euro (afgerond op de cent)",
    published_total_eur: "Gepubliceerd totaal in euro",
    matches: "klopt",
    differs: "WIJKT AF",
    comparison: "Wat de methode met standaardkeuzes geeft",
    declared_fine: "opgelegde boete",
    method_gives: "methode geeft",
    range: "bandbreedte",
    capped: "begrensd door het plafond van artikel 83, derde lid, AVG",
    what_if_total: "Totaal boetes met de methode",
    what_if_beside: "met standaardkeuzes, naast het totaal hierboven",
    total_row: "totaal",
    made_by: "Berekend met art83",
    how: "Hoe elk bedrag tot stand kwam",
    penalties: "Lasten onder dwangsom, verbeurd tot (niet inbegrepen)",
    order: "last onder dwangsom",
    amount: "bedrag",
    per: "per",
    due: "einde termijn",
    max: "maximum",
    periods: "perioden",
    forfeited: "verbeurd",
    forfeited_total: "Samen verbeurd",
    exposure: "Totaal boetes en verbeurde dwangsommen",
    max_reached_on: "maximum bereikt op",
    if_unmet: "bij niet-naleving",
    penalties_max: "Maxima van de dwangsommen samen",
    unbounded: "onbegrensd (een last heeft geen maximum)",
    unbounded_but_final: "geen (een last heeft geen maximum; die is nageleefd of afgelopen, dus wat verbeurd is staat vast)",
    published_penalties_max: "Gepubliceerde maxima van de dwangsommen",
    schedule_of_awb: "Verloop (elk bedrag verjaart op zijn vroegst een jaar na het verbeuren, artikel 5:35, eerste lid, Awb; later zolang bezwaar of beroep loopt (tweede lid) of na stuiting (artikel 5:37a), wat art83 niet bijhoudt) van",
    schedule_of: "Verloop van",
    period: "periode",
    from: "van",
    to: "tot en met",
    cumulative: "cumulatief",
    forfeited_on: "verbeurd op",
    forfeited_on_first_day: "elk bedrag verbeurd op de eerste dag van de periode",
    time_barred_on: "verjaard op (op zijn vroegst)",
    more_periods: "perioden meer (--schedule full toont ze)",
    how_penalties: "Hoe elke dwangsom tot stand kwam",
    elapsed: "verstreken",
    accrued_to: "verbeurd tot",
    complied: "voldaan",
    order_ended: "last afgelopen",
    compliance_unknown: "naleving onbekend",
    as_of: "peildatum",
    published_forfeited: "Gepubliceerd verbeurd",
    suspended: "geschorst",
    still_suspended: "nog geschorst",
    days_not_counted: "dag(en) niet meegeteld",
    findings: "Bevindingen",
    article: "artikel",
    listed_in: "genoemd in",
    subject_matter: "onderwerp",
    fixed_maximum: "vast maximum",
    percent_of_turnover: "% van de omzet",
    note: "opmerking",
    no_tier: "geen",
    sweep_legal_maximum: "wettelijk maximum",
    sweep_total: "totaal",
};

impl Labels {
    /// An appeal's outcome in words.
    pub fn outcome(&self, outcome: crate::calc::model::AppealOutcome) -> &'static str {
        use crate::calc::model::AppealOutcome;
        let index = match outcome {
            AppealOutcome::Upheld => 0,
            AppealOutcome::Reduced => 1,
            AppealOutcome::Annulled => 2,
            AppealOutcome::ReferredBack => 3,
            AppealOutcome::Pending => 4,
            AppealOutcome::Reinstated => 5,
        };
        self.outcomes[index]
    }

    pub fn for_lang(lang: Lang) -> &'static Labels {
        match lang {
            Lang::En => &EN,
            Lang::Nl => &NL,
            Lang::De => &DE,
        }
    }

    /// `30,500,000.00` (en) or `30.500.000,00` (nl).
    pub fn number(&self, amount: Money) -> String {
        Locale::of(self.lang).number(amount.into())
    }

    /// `EUR 30,500,000.00` (en) or `€ 30.500.000,00` (nl, as Dutch decisions write it), in the
    /// amount's own currency (`PLN 5,000.00`, `PLN 5.000,00` for a Polish decision).
    pub fn money(&self, amount: Money) -> String {
        Locale::of(self.lang).money(amount.into())
    }

    /// A date in prose: `2024-05-16` (en, as the JSON has it) or `16 mei 2024` (nl).
    pub fn date(&self, day: jiff::civil::Date) -> String {
        Locale::of(self.lang).date(day)
    }

    /// A window of days, both included: `2022-12-19 - 2023-02-08` (en, under a label that says
    /// both days count) or `van 19 december 2022 tot en met 8 februari 2023` (nl).
    pub fn window(&self, from: jiff::civil::Date, until: jiff::civil::Date) -> String {
        match self.lang {
            Lang::En | Lang::De => format!("{from} - {until}"),
            Lang::Nl => format!("van {} tot en met {}", self.date(from), self.date(until)),
        }
    }

    /// The first day of an open-ended window: `2021-12-17` (en) or `vanaf 17 december 2021` (nl).
    pub fn since(&self, from: jiff::civil::Date) -> String {
        match self.lang {
            Lang::En | Lang::De => from.to_string(),
            Lang::Nl => format!("vanaf {}", self.date(from)),
        }
    }

    /// A step's rule in this language.
    pub fn step_rule<'a>(&self, step: &'a crate::calc::report::Step) -> Cow<'a, str> {
        match step.message {
            Some(_) => step.rule_in(self.lang),
            None => self.rule(&step.rule),
        }
    }

    /// What a step did, in this language.
    pub fn step_detail<'a>(&self, step: &'a crate::calc::report::Step) -> Cow<'a, str> {
        match step.message {
            Some(_) => step.detail_in(self.lang),
            None => self.text(&step.detail),
        }
    }

    /// A finding's text in this language.
    pub fn finding<'a>(&self, finding: &'a crate::calc::report::Finding) -> Cow<'a, str> {
        match finding.says {
            Some(_) => finding.text_in(self.lang),
            None => self.text(&finding.message),
        }
    }

    /// A text the core wrote in English, in this language (the old way, until every text is a
    /// message).
    pub fn rule<'a>(&self, english: &'a str) -> Cow<'a, str> {
        match self.lang {
            Lang::En | Lang::De => Cow::Borrowed(english),
            Lang::Nl => super::dutch::rule_or_english(english),
        }
    }

    /// A text the core wrote in English (a note), in this language.
    pub fn text<'a>(&self, english: &'a str) -> Cow<'a, str> {
        match self.lang {
            Lang::En | Lang::De => Cow::Borrowed(english),
            Lang::Nl => super::dutch::text_or_english(english),
        }
    }

    /// A penalty period as the case file names it (`month`, `2 weeks`).
    pub fn unit<'a>(&self, english: &'a str) -> Cow<'a, str> {
        match self.lang {
            Lang::En | Lang::De => Cow::Borrowed(english),
            Lang::Nl => super::dutch::unit(english).map_or(Cow::Borrowed(english), Cow::Owned),
        }
    }

    /// A finding's level: in English as JSON has it (`error`, `warning`, `info`).
    pub fn level(&self, level: Level) -> &'static str {
        match (self.lang, level) {
            (Lang::Nl, Level::Error) => "fout",
            (Lang::Nl, Level::Warning) => "waarschuwing",
            _ => level.as_str(),
        }
    }

    /// A fining method's name: in English as JSON has it (`declared`, `edpb`, `ap2019`, `none`).
    pub fn method_name(&self, method: FineMethod) -> &'static str {
        match (self.lang, method) {
            (Lang::Nl, FineMethod::Declared) => "opgelegd",
            (Lang::Nl, FineMethod::Edpb) => "EDPB",
            (Lang::Nl, FineMethod::Ap2019) => "AP 2019",
            (Lang::Nl, FineMethod::None) => "geen",
            _ => method.as_str(),
        }
    }
}

/// The subjects of the Art. 83(4)-(6) listings (calc::article's tier table) in Dutch, in the
/// words of the AVG's Dutch text. The English subject is the key; a test checks every one.
const SUBJECTS_NL: [(&str, &str); 13] = [
    ("basic principles, lawfulness, consent", "basisbeginselen, rechtmatigheid, toestemming"),
    ("certification", "certificering"),
    ("child's consent", "toestemming van kinderen"),
    ("controller and processor obligations", "verplichtingen van de verwerkingsverantwoordelijke en de verwerker"),
    ("data subjects' rights", "rechten van de betrokkenen"),
    (
        "failure to provide access to the supervisory authority",
        "geen toegang verlenen aan de toezichthoudende autoriteit",
    ),
    ("monitoring body", "orgaan voor toezicht op gedragscodes"),
    (
        "non-compliance with an order of the supervisory authority",
        "niet-naleving van een bevel van de toezichthoudende autoriteit",
    ),
    ("processing not requiring identification", "verwerking waarvoor identificatie niet is vereist"),
    ("special categories of data", "bijzondere categorieën van persoonsgegevens"),
    ("transfers to third countries", "doorgiften aan derde landen"),
    ("Member State law under Chapter IX", "lidstatelijk recht op grond van hoofdstuk IX"),
    (
        "the fining provision itself: its paragraph gives the tier",
        "de boetebepaling zelf: het lid bepaalt het boeteniveau",
    ),
];

/// The notes of `art83 articles` (calc::lookup::describe) in Dutch.
const NOTES_NL: [(&str, &str); 3] = [
    (
        "Art. 83(5)(e) and 83(6) list Art. 58(1) and 58(2); name the paragraph",
        "artikel 83, vijfde lid, onder e, en zesde lid, AVG noemen artikel 58, eerste en tweede lid; noem het lid",
    ),
    (
        "no tier: Art. 83(4)-(6) do not list this provision, so it sets no legal maximum",
        "geen boeteniveau: artikel 83, vierde tot en met zesde lid, AVG noemt deze bepaling niet, dus zij kent geen wettelijk maximum",
    ),
    (
        "AP 2019: Art. 5(1)(a) follows the category of the underlying provision",
        "Boetebeleidsregels 2019: artikel 5, eerste lid, onder a, volgt de categorie van de onderliggende bepaling",
    ),
];

impl Labels {
    /// The caption of `articles --turnover`.
    pub fn maximum_at(&self, turnover: Money) -> String {
        match self.lang {
            Lang::En | Lang::De => format!(
                "legal maximum at a worldwide annual turnover of {}: the higher of the fixed amount and the percentage (Art. 83(4)-(6))",
                self.money(turnover)
            ),
            Lang::Nl => format!(
                "wettelijk maximum bij een totale wereldwijde jaaromzet van {}: het hoogste van het vaste bedrag en het percentage (artikel 83, vierde tot en met zesde lid, AVG)",
                self.money(turnover)
            ),
        }
    }

    /// The caption of `articles --turnover` with a band (`band` as [`super::document`] writes
    /// its ends): each maximum lies between what the band's two ends give.
    pub fn maximum_in_band(&self, band: &str) -> String {
        match self.lang {
            Lang::En | Lang::De => format!(
                "legal maximum at a worldwide annual turnover in the band {band}: the higher of the fixed amount and the percentage, between what the band's ends give (Art. 83(4)-(6))"
            ),
            Lang::Nl => format!(
                "wettelijk maximum bij een totale wereldwijde jaaromzet in de bandbreedte {band}: het hoogste van het vaste bedrag en het percentage, tussen wat de grenzen van de bandbreedte geven (artikel 83, vierde tot en met zesde lid, AVG)"
            ),
        }
    }

    /// A subject or note of `art83 articles` in this language.
    pub fn lookup_text<'a>(&self, english: &'a str) -> &'a str {
        match self.lang {
            Lang::En | Lang::De => english,
            Lang::Nl => {
                SUBJECTS_NL.iter().chain(&NOTES_NL).find(|(en, _)| *en == english).map_or(english, |(_, nl)| nl)
            }
        }
    }
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
    fn every_subject_and_note_of_articles_has_its_dutch_text() {
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
        for text in texts {
            assert_ne!(NL.lookup_text(&text), text, "no Dutch for {text:?}");
        }
    }
}

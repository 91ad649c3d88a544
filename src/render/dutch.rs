//! The Dutch text of the core's steps, findings and notes.
//!
//! The core (`calc`) writes its explanations once, in English, and stays free of languages: the
//! JSON report carries those texts unchanged. For `--lang nl` this module reads each English
//! text against a catalogue of templates (gettext-style, the English text is the key) and
//! writes the Dutch one, converting what the placeholders hold: amounts (`€ 20.000.000,00`),
//! dates (`16 mei 2024`), provisions (`artikel 83, vijfde lid, AVG`). Every
//! Dutch text lives in [`RULES`] and [`TEXTS`]; a test renders every example and every test
//! case in Dutch and fails on any text without a template, so a changed English text cannot
//! silently reach a Dutch report.
//!
//! Placeholders are `{kind}` or `{kind2}`, `{kind3}` for several of a kind; the kind says how
//! the value is read and written (see [`convert`]).

use std::borrow::Cow;

use jiff::civil::Date;

/// Step rules (the short first column of an explanation).
const RULES: &[(&str, &str)] = &[
    ("Art. {cite}", "{cite}"),
    (
        "Art. 83(4)-(6) \"preceding financial year\"",
        "artikel 83, vierde tot en met zesde lid, AVG (\"voorafgaand boekjaar\")",
    ),
    ("EDPB Guidelines 04/2022 para {n}", "EDPB-richtsnoeren 04/2022, randnummer {n}"),
    ("EUR equivalent", "tegenwaarde in euro"),
    ("turnover year", "omzetjaar"),
    ("combined fine", "gezamenlijke boete"),
    ("cumulated fine", "samengevoegde boete"),
    ("national law", "nationaal recht"),
    ("currency conversion", "omrekening"),
    ("deadline", "termijn"),
    ("declared", "opgelegd"),
    ("sum", "som"),
    ("tier", "boeteniveau"),
    ("total", "totaal"),
    ("turnover", "omzet"),
    ("proposed", "voorgesteld"),
];

/// Step details, findings and notes, most specific first where two could match.
const TEXTS: &[(&str, &str)] = &[
    (
        "the case file states no published figure (`published_total`, `published_total_eur`, `published_final_total`, `published_maximum`, `published_penalties_max`, `published_forfeited`, `published_paid`, `[[penalty.liquidation]]`): nothing was compared with the decision, so `check` does not vouch for it (exit 1; `--allow-unpublished` lets it pass on its legal checks alone)",
        "het zaakbestand noemt geen gepubliceerd bedrag (`published_total`, `published_total_eur`, `published_final_total`, `published_maximum`, `published_penalties_max`, `published_forfeited`, `published_paid`, `[[penalty.liquidation]]`): er is niets met het besluit vergeleken, dus `check` staat er niet voor in (exitcode 1; met `--allow-unpublished` volstaan de wettelijke toetsen)",
    ),
    // Settlement reductions (calc::violation).
    ("the amount proposed before the settlement", "het bedrag dat vóór de schikking werd voorgesteld"),
    // Turnover and legal maxima (calc::maximum).
    ("Art. 83(4) lists {arts}", "artikel 83, vierde lid, AVG noemt {arts}"),
    ("Art. 83(5) lists {arts}", "artikel 83, vijfde lid, AVG noemt {arts}"),
    ("Art. 83(6) lists {arts}", "artikel 83, zesde lid, AVG noemt {arts}"),
    (
        "at least {money}: {num} % of turnover {money2}; the fixed amount {money3} is not known in {cur}: the decision states no rate",
        "ten minste {money}: {num} % van de omzet {money2}; het vaste bedrag {money3} is niet bekend in {cur}: het besluit noemt geen koers",
    ),
    (
        "not known: the fixed amount {money} is not known in {cur} (the decision states no rate), nor the turnover in {cur2}",
        "onbekend: het vaste bedrag {money} is niet bekend in {cur} (het besluit noemt geen koers), en de omzet in {cur2} evenmin",
    ),
    (
        "the decision states no rate to {cur}: the turnover of {money} is not known in {cur2}",
        "het besluit noemt geen koers naar {cur}: de omzet van {money} is niet bekend in {cur2}",
    ),
    (
        "the decision states no rate to the euro (`per_eur = \"unknown\"`): the fixed maxima of Art. 83(4)-(6), in euros, are not known in {cur}; a maximum is at least the percentage of a turnover in {cur2} where one is given, else not known",
        "het besluit noemt geen koers naar de euro (`per_eur = \"unknown\"`): de vaste maxima van artikel 83, vierde tot en met zesde lid, AVG, in euro, zijn niet bekend in {cur}; een maximum is ten minste het percentage van een omzet in {cur2} waar die gegeven is, anders onbekend",
    ),
    (
        "the decision states no rate to the euro (`per_eur = \"unknown\"`): the fixed maxima of Art. 83(4)-(6), in euros, are not known in {cur}; a maximum is at least the percentage of a turnover in {cur2} where one is given, else not known; `published_total_eur` is not compared",
        "het besluit noemt geen koers naar de euro (`per_eur = \"unknown\"`): de vaste maxima van artikel 83, vierde tot en met zesde lid, AVG, in euro, zijn niet bekend in {cur}; een maximum is ten minste het percentage van een omzet in {cur2} waar die gegeven is, anders onbekend; `published_total_eur` wordt niet vergeleken",
    ),
    (
        "fine {money}: the Art. {cite} maximum is not known, its fixed amount being in euros and the rate not stated; it is within the maximum if the undertaking's turnover was at least {money2} (fine / {num} %, rounded up to the cent)",
        "boete {money}: het maximum van {cite} is onbekend, want het vaste bedrag is in euro en de koers wordt niet genoemd; zij blijft binnen het maximum als de omzet van de onderneming ten minste {money2} was (boete / {num} %, naar boven afgerond op de cent)",
    ),
    (
        "turnover redacted; the decision states a band: {band}: each maximum lies between what the two ends give",
        "omzet weggelakt; het besluit noemt een bandbreedte: {band}: elk maximum ligt tussen wat de twee grenzen geven",
    ),
    (
        "at least {money}, at most {money2}: the higher of {fixed} and {num} % of a turnover {band}",
        "ten minste {money}, ten hoogste {money2}: het hoogste van {fixed} en {num} % van een omzet {band}",
    ),
    (
        "at least {money}, with no upper end: the higher of {fixed} and {num} % of a turnover {band}",
        "ten minste {money}, zonder bovengrens: het hoogste van {fixed} en {num} % van een omzet {band}",
    ),
    (
        "{money}: the higher of {fixed} and {num} % of a turnover {band} is the fixed amount throughout",
        "{money}: het hoogste van {fixed} en {num} % van een omzet {band} is over de hele bandbreedte het vaste bedrag",
    ),
    (
        "at least {money}: the higher of {fixed} and {num} % of turnover; {reason}",
        "ten minste {money}: het hoogste van {fixed} en {num} % van de omzet; {reason}",
    ),
    (
        "higher of {fixed} and {num} % of turnover {money2} (financial year {n}) = {money3}: the fixed amount",
        "het hoogste van {fixed} en {num} % van de omzet {money2} (boekjaar {n}) = {money3}: het vaste bedrag",
    ),
    (
        "higher of {fixed} and {num} % of turnover {money2} (financial year {n}) = {money3}: the percentage",
        "het hoogste van {fixed} en {num} % van de omzet {money2} (boekjaar {n}) = {money3}: het percentage",
    ),
    (
        "higher of {fixed} and {num} % of turnover {money2} = {money3}: the fixed amount",
        "het hoogste van {fixed} en {num} % van de omzet {money2} = {money3}: het vaste bedrag",
    ),
    (
        "higher of {fixed} and {num} % of turnover {money2} = {money3}: the percentage",
        "het hoogste van {fixed} en {num} % van de omzet {money2} = {money3}: het percentage",
    ),
    (
        "fixed maximum {fixed}: public body (Art. 83(7))",
        "vast maximum {fixed}: overheidsorgaan (artikel 83, zevende lid, AVG)",
    ),
    (
        "fixed maximum {fixed} for a public body ({src}, Art. 83(7))",
        "vast maximum {fixed} voor een overheidsorgaan ({src}; artikel 83, zevende lid, AVG)",
    ),
    (
        "{money} for a public body, whatever the tier (Art. {cite}) ({src}, Art. 83(7))",
        "{money} voor een overheidsorgaan, ongeacht het boeteniveau ({cite}) ({src}; artikel 83, zevende lid, AVG)",
    ),
    (
        "fine {money} on a public body that national law exempts from fines (Art. 83(7))",
        "boete {money} voor een overheidsorgaan dat het nationale recht van boetes uitzondert (artikel 83, zevende lid, AVG)",
    ),
    (
        "public body ({kind}): {src} decides ({scope}): fines up to {money}",
        "overheidsorgaan ({kind}): {src} is bepalend ({scope}): boetes van ten hoogste {money}",
    ),
    (
        "public body ({kind}): {src} decides ({scope}): no administrative fines",
        "overheidsorgaan ({kind}): {src} is bepalend ({scope}): geen bestuurlijke boetes",
    ),
    (
        "public body ({kind}): {src} decides ({scope}): the fixed maxima, no turnover-based maximum",
        "overheidsorgaan ({kind}): {src} is bepalend ({scope}): de vaste maxima, geen maximum naar omzet",
    ),
    (
        "public body ({kind}): {src} decides ({scope}): fines up to {money} for Art. 83(4) infringements, {money2} for the others",
        "overheidsorgaan ({kind}): {src} is bepalend ({scope}): boetes van ten hoogste {money} bij inbreuken als bedoeld in artikel 83, vierde lid, AVG en {money2} bij de overige",
    ),
    (
        "public body ({kind}): Member State law decides (Art. 83(7)); art83 holds no rule for {user}: the fixed maxima are shown",
        "overheidsorgaan ({kind}): het recht van de lidstaat is bepalend (artikel 83, zevende lid, AVG); art83 kent geen regel voor {user}: de vaste maxima worden getoond",
    ),
    (
        "public body acting as an undertaking: {src} decides ({scope}): the maxima of Art. 83(4)-(6) as for any undertaking",
        "overheidsorgaan dat als onderneming optreedt: {src} is bepalend ({scope}): de maxima van artikel 83, vierde tot en met zesde lid, AVG als voor elke onderneming",
    ),
    (
        "public body acting as an undertaking: the maxima of Art. 83(4)-(6) as for any undertaking; art83 holds no rule of {user} on such bodies",
        "overheidsorgaan dat als onderneming optreedt: de maxima van artikel 83, vierde tot en met zesde lid, AVG als voor elke onderneming; art83 kent geen regel van {user} voor zulke organen",
    ),
    (
        "public body: {src} decides ({scope}): fines up to {money}",
        "overheidsorgaan: {src} is bepalend ({scope}): boetes van ten hoogste {money}",
    ),
    (
        "public body: {src} decides ({scope}): no administrative fines",
        "overheidsorgaan: {src} is bepalend ({scope}): geen bestuurlijke boetes",
    ),
    ("turnover as given", "omzet zoals opgegeven"),
    (
        "public body: {src} decides ({scope}): the fixed maxima, no turnover-based maximum",
        "overheidsorgaan: {src} is bepalend ({scope}): de vaste maxima, geen maximum naar omzet",
    ),
    (
        "public body: Member State law decides (Art. 83(7)); art83 holds no rule for an authority without a country code: the fixed maxima are shown",
        "overheidsorgaan: het recht van de lidstaat is bepalend (artikel 83, zevende lid, AVG); art83 kent geen regel voor een autoriteit zonder landcode: de vaste maxima worden getoond",
    ),
    (
        "public body: Member State law decides (Art. 83(7)); art83 holds no rule for {user}: the fixed maxima are shown",
        "overheidsorgaan: het recht van de lidstaat is bepalend (artikel 83, zevende lid, AVG); art83 kent geen regel voor {user}: de vaste maxima worden getoond",
    ),
    (
        "turnover not known: for an undertaking each maximum is the higher of the fixed amount and the percentage of turnover, so it is at least the fixed amount",
        "omzet onbekend: voor een onderneming is elk maximum het hoogste van het vaste bedrag en het percentage van de omzet, dus ten minste het vaste bedrag",
    ),
    (
        "turnover not known or not provided: the fixed maximum applies and no size adjustment is made",
        "omzet onbekend of niet verstrekt: het vaste maximum geldt en er volgt geen correctie voor de omvang",
    ),
    (
        "public body: {src} decides ({scope}): fines up to {money} for Art. 83(4) infringements, {money2} for the others",
        "overheidsorgaan: {src} is bepalend ({scope}): boetes van ten hoogste {money} bij inbreuken als bedoeld in artikel 83, vierde lid, AVG en {money2} bij de overige",
    ),
    (
        "{money} for a public body, for an Art. {cite} infringement ({src}, Art. 83(7))",
        "{money} voor een overheidsorgaan, bij een inbreuk als bedoeld in {cite} ({src}; artikel 83, zevende lid, AVG)",
    ),
    (
        "no fine may be imposed on this public body ({src}, Art. 83(7))",
        "aan dit overheidsorgaan mag geen boete worden opgelegd ({src}; artikel 83, zevende lid, AVG)",
    ),
    (
        "in euros at {rate}, rounded half-up to the cent, for the size bands of EDPB step 2b",
        "in euro tegen {rate}, rekenkundig afgerond op de cent, voor de omzetklassen van EDPB-stap 2b",
    ),
    ("in {cur} at {rate}, rounded half-up to the cent", "in {cur} tegen {rate}, rekenkundig afgerond op de cent"),
    ("in {cur} at {rate}", "in {cur} tegen {rate}"),
    ("the total at {rate}, rounded half-up to the cent", "het totaal tegen {rate}, rekenkundig afgerond op de cent"),
    ("the total at {rate}", "het totaal tegen {rate}"),
    (
        "the decision states a EUR equivalent of {money}; the total at {rate} is {money2}",
        "het besluit noemt een tegenwaarde in euro van {money}; het totaal tegen {rate} is {money2}",
    ),
    (
        "art83 holds no rule for converting the EUR maxima into {cur} for this authority: the rate given, {rate}, is used",
        "art83 kent voor deze autoriteit geen regel om de maxima in euro om te rekenen naar {cur}: de opgegeven koers, {rate}, wordt gebruikt",
    ),
    (
        "rate_date {date} does not fit the rule ({crule}): expected {date2}",
        "rate_date {date} past niet bij de regel ({crule}): verwacht {date2}",
    ),
    (
        "no rate_date: the rule ({crule}) asks for the rate of {date}",
        "geen rate_date: de regel ({crule}) vraagt de koers van {date}",
    ),
    (
        "rate_date {date} does not fit the rule ({user}): expected {date2}",
        "rate_date {date} past niet bij de regel ({user}): verwacht {date2}",
    ),
    (
        "no rate_date: the rule ({user}) asks for the rate of {date}",
        "geen rate_date: de regel ({user}) vraagt de koers van {date}",
    ),
    ("{cc}: {crule} ({src})", "{cc}: {crule} ({src})"),
    (
        "financial year {n}, as the authority chose (`turnover_year`), not {n2}, the year preceding the decision of {date}",
        "boekjaar {n}, zoals de autoriteit koos (`turnover_year`), niet {n2}, het jaar voorafgaand aan het besluit van {date}",
    ),
    ("financial year {n} precedes the decision of {date}", "boekjaar {n} gaat vooraf aan het besluit van {date}"),
    ("financial year {n}, in euros", "boekjaar {n}, in euro"),
    ("financial year {n}, in {cur}", "boekjaar {n}, in {cur}"),
    (
        "the decision's EUR equivalent {money} matches: the total at {rate}, rounded half-up to the cent, as the decision writes it",
        "de tegenwaarde in euro uit het besluit, {money}, klopt: het totaal tegen {rate}, rekenkundig afgerond op de cent, zoals het besluit het schrijft",
    ),
    (
        "the decision's EUR equivalent {money} matches: the total at {rate}, rounded half-up to the unit, as the decision writes it",
        "de tegenwaarde in euro uit het besluit, {money}, klopt: het totaal tegen {rate}, rekenkundig afgerond op hele eenheden, zoals het besluit het schrijft",
    ),
    (
        "the decision's EUR equivalent {money} matches: the total at {rate}, rounded half-up to one decimal, as the decision writes it",
        "de tegenwaarde in euro uit het besluit, {money}, klopt: het totaal tegen {rate}, rekenkundig afgerond op één decimaal, zoals het besluit het schrijft",
    ),
    (
        "the decision's EUR equivalent {money} matches: the total at {rate}, rounded half-up to {n} decimals, as the decision writes it",
        "de tegenwaarde in euro uit het besluit, {money}, klopt: het totaal tegen {rate}, rekenkundig afgerond op {n} decimalen, zoals het besluit het schrijft",
    ),
    (
        "the decision's EUR equivalent {money} matches: a fine set in euros: {money2} at {rate}, rounded half-up to the unit, gives the total {money3}",
        "de tegenwaarde in euro uit het besluit, {money}, klopt: een boete vastgesteld in euro: {money2} tegen {rate}, rekenkundig afgerond op hele eenheden, geeft het totaal {money3}",
    ),
    (
        "the decision's EUR equivalent {money} matches: a fine set in euros: {money2} at {rate}, rounded half-up to the cent, gives the total {money3}",
        "de tegenwaarde in euro uit het besluit, {money}, klopt: een boete vastgesteld in euro: {money2} tegen {rate}, rekenkundig afgerond op de cent, geeft het totaal {money3}",
    ),
    (
        "turnover as given, taken as financial year {n}, the year preceding the decision",
        "omzet zoals opgegeven, aangemerkt als boekjaar {n}, het jaar voorafgaand aan het besluit",
    ),
    (
        "turnover as given, for financial year {n} as the authority chose",
        "omzet zoals opgegeven, voor boekjaar {n} zoals de autoriteit koos",
    ),
    (
        "{cur} {num} x {num2} EUR per {cur2} at the stated rate",
        "{cur} {num} x {num2} EUR per {cur2} tegen de vermelde koers",
    ),
    (
        "{cur} {num}: the decision states no rate to euros, so the turnover in euros is not known",
        "{cur} {num}: het besluit vermeldt geen koers naar de euro, dus de omzet in euro is niet bekend",
    ),
    // Fines, groups, totals (calc::mod, calc::groups).
    ("the fine imposed for this violation", "de voor deze overtreding opgelegde boete"),
    ("one fine for the whole group", "één boete voor de hele groep"),
    ("the members' fines added up", "de boetes van de onderdelen opgeteld"),
    (
        "ceiling {money}: the legal maximum of the gravest infringement, `{id}`",
        "plafond {money}: het wettelijk maximum van de zwaarste inbreuk, `{id}`",
    ),
    (
        "ceiling at least {money}: the legal maximum of the gravest infringement, `{id}`",
        "plafond ten minste {money}: het wettelijk maximum van de zwaarste inbreuk, `{id}`",
    ),
    (
        "ceiling not known: the legal maximum of the gravest infringement, `{id}`",
        "plafond onbekend: het wettelijk maximum van de zwaarste inbreuk, `{id}`",
    ),
    (
        "ceiling not known: the legal maximum of the gravest infringement; {ids} share it (a tie the case file does not settle with `gravest`)",
        "plafond onbekend: het wettelijk maximum van de zwaarste inbreuk; {ids} delen het (een gelijke stand die het zaakbestand niet met `gravest` beslecht)",
    ),
    (
        "one fine for separate infringements (no Art. 83(3)): each keeps its own maximum, so the ceiling is their sum, not known",
        "één boete voor afzonderlijke inbreuken (geen artikel 83, derde lid, AVG): elke inbreuk houdt haar eigen maximum, dus het plafond is hun som, onbekend",
    ),
    (
        "ceiling {money}: the legal maximum of the gravest infringement; {ids} share it (a tie the case file does not settle with `gravest`)",
        "plafond {money}: het wettelijk maximum van de zwaarste inbreuk; {ids} delen het (een gelijke stand die het zaakbestand niet met `gravest` beslecht)",
    ),
    (
        "ceiling at least {money}: the legal maximum of the gravest infringement; {ids} share it (a tie the case file does not settle with `gravest`)",
        "plafond ten minste {money}: het wettelijk maximum van de zwaarste inbreuk; {ids} delen het (een gelijke stand die het zaakbestand niet met `gravest` beslecht)",
    ),
    (
        "one fine for separate infringements (no Art. 83(3)): each keeps its own maximum, so the ceiling is their sum, {money}",
        "één boete voor afzonderlijke inbreuken (geen artikel 83, derde lid, AVG): elke inbreuk houdt haar eigen maximum, dus het plafond is hun som, {money}",
    ),
    (
        "one fine for separate infringements (no Art. 83(3)): each keeps its own maximum, so the ceiling is their sum, at least {money}",
        "één boete voor afzonderlijke inbreuken (geen artikel 83, derde lid, AVG): elke inbreuk houdt haar eigen maximum, dus het plafond is hun som, ten minste {money}",
    ),
    // EDPB Guidelines 04/2022 (calc::edpb).
    (
        "size_percent {num} is not used: step 2b applies only to a known turnover up to EUR 500,000,000",
        "size_percent {num} wordt niet gebruikt: EDPB-stap 2b geldt alleen bij een bekende omzet tot en met € 500.000.000",
    ),
    // AP Boetebeleidsregels 2019 (calc::ap2019).
    (
        "the known annex entries of the Boetebeleidsregels 2019 do not cover {arts}; set `category` (I-IV) in [violation.ap2019]",
        "de bekende bijlagen van de Boetebeleidsregels AP 2019 noemen {arts} niet; geef `category` (I-IV) op in [violation.ap2019]",
    ),
    (
        "the decision states a maximum of {money}: the legal maximum {money2} rounded to the euro, the decision's own rounding",
        "het besluit noemt een maximum van {money}: het wettelijk maximum {money2}, afgerond op hele euro's, zoals het besluit zelf afrondt",
    ),
    (
        "the decision states a maximum of {money}: the legal maximum {money2} rounded to the cent, the decision's own rounding",
        "het besluit noemt een maximum van {money}: het wettelijk maximum {money2}, afgerond op centen, zoals het besluit zelf afrondt",
    ),
    (
        "the decision states a maximum of {money}; the legal maximum is {money2}",
        "het besluit noemt een maximum van {money}; het wettelijk maximum is {money2}",
    ),
    (
        "the decision states a maximum of {money}; Art. 83(4)-(6) list none of the articles, so art83 has none to compare",
        "het besluit noemt een maximum van {money}; artikel 83, vierde tot en met zesde lid, AVG noemt geen van de artikelen, dus art83 heeft geen maximum om mee te vergelijken",
    ),
    (
        "the decision states a maximum of {money}; with turnover unknown the legal maximum is at least {money2}: the stated one implies a turnover of {money3} ({money4} / {num} %)",
        "het besluit noemt een maximum van {money}; bij onbekende omzet is het wettelijk maximum ten minste {money2}: het genoemde maximum veronderstelt een omzet van {money3} ({money4} / {num} %)",
    ),
    (
        "the decision states a maximum of {money}; with turnover unknown the legal maximum is at least {money2}, so the stated one cannot be checked",
        "het besluit noemt een maximum van {money}; bij onbekende omzet is het wettelijk maximum ten minste {money2}, dus het genoemde maximum is niet te controleren",
    ),
    (
        "{user}: no Art. 83 tier; {user2} sets the amounts of Art. {cite}: {text}",
        "{user}: geen boeteniveau van artikel 83 AVG; {user2} stelt de bedragen van {cite}: {text}",
    ),
    (
        "{user}: the maximum as the decision states it, {money}; art83 holds no table for it",
        "{user}: het maximum zoals het besluit het noemt, {money}; art83 heeft er geen tabel voor",
    ),
    (
        "{user}: national law, no Art. 83 tier; maximum unknown",
        "{user}: nationaal recht, geen boeteniveau van artikel 83 AVG; maximum onbekend",
    ),
    (
        "a fine under {user}: art83 holds no maximum for it and the case file states none (`maximum`), so the fine is not checked",
        "een boete op grond van {user}: art83 kent er geen maximum voor en het zaakbestand noemt er geen (`maximum`), dus de boete wordt niet gecontroleerd",
    ),
    (
        "fine {money} exceeds the legal maximum {money2} (Art. {cite})",
        "boete {money} overschrijdt het wettelijk maximum {money2} ({cite})",
    ),
    (
        "the fines of linked processing add up to {money}, above the Art. 83(3) ceiling {money2}",
        "de boetes voor samenhangende verwerkingen zijn samen {money}, boven het plafond van artikel 83, derde lid, AVG van {money2}",
    ),
    (
        "the combined fine {money} is above {money2}, the sum of its infringements' legal maxima",
        "de gezamenlijke boete {money} ligt boven {money2}, de som van de wettelijke maxima van de inbreuken",
    ),
    (
        "fine {money} exceeds the maximum {money2} under {user}",
        "boete {money} overschrijdt het maximum {money2} op grond van {user}",
    ),
    (
        "the case file states a maximum of {money} under {user}; {user2} gives {money2}",
        "het zaakbestand noemt een maximum van {money} op grond van {user}; {user2} geeft {money2}",
    ),
    (
        "the members' partial fines add up to {money}; the group's single fine {money2} is what counts",
        "de deelboetes van de leden zijn samen {money}; de ene boete van de groep, {money2}, is wat telt",
    ),
    (
        "--method is not applied here: this violation's fine is computed with its own [violation.{user}] table",
        "--method wordt hier niet toegepast: de boete voor deze overtreding volgt uit haar eigen tabel [violation.{user}]",
    ),
    (
        "no result for {user}: the method gives none for them (see above)",
        "geen uitkomst voor {user}: de methode geeft er geen (zie hierboven)",
    ),
    (
        "the Boetebeleidsregels 2019 are the Dutch AP's policy rules, with bandwidths in euros; this case is in {cur}, and art83 does not apply them in another currency (no authority converts them): declare the fine, or compare with the EDPB method",
        "de Boetebeleidsregels AP 2019 zijn de beleidsregels van de Nederlandse AP, met bandbreedtes in euro; deze zaak is in {cur}, en art83 past ze niet toe in een andere munt (geen autoriteit rekent ze om): geef de boete op, of vergelijk met de EDPB-methode",
    ),
    (
        "the known annex entries of the Boetebeleidsregels 2019 do not cover {arts}; compare with a category of your choosing: `--method ap2019 --category III` (I-IV)",
        "de bekende bijlagen van de Boetebeleidsregels AP 2019 noemen {arts} niet; vergelijk met een categorie naar keuze: `--method ap2019 --category III` (I-IV)",
    ),
    (
        "{money} for one day of delay is more than the ceiling of {money2} a day (Loi Informatique et Libertés art. 20 III 2°)",
        "{money} voor één dag vertraging is meer dan het maximum van {money2} per dag (Loi Informatique et Libertés art. 20 III 2°)",
    ),
    (
        "{money} for {n} days of delay is more than the ceiling of {money2} a day (Loi Informatique et Libertés art. 20 III 2°)",
        "{money} voor {n} dagen vertraging is meer dan het maximum van {money2} per dag (Loi Informatique et Libertés art. 20 III 2°)",
    ),
    (
        "{money} for a period of {n} days is more than the ceiling of {money2} a day (Loi Informatique et Libertés art. 20 III 2°): above it in the shorter months",
        "{money} voor een periode van {n} dagen is meer dan het maximum van {money2} per dag (Loi Informatique et Libertés art. 20 III 2°): daarboven in de kortere maanden",
    ),
    (
        "Loi Informatique et Libertés art. 20 III 2°: no penalty payment where the processing is implemented by the State",
        "Loi Informatique et Libertés art. 20 III 2°: geen dwangsom waar de Staat de verwerking uitvoert",
    ),
    // Findings (calc::mod, calc::plausible, input).
    (
        "Art. 83(4)-(6) do not list {artsc}: this violation has no legal maximum",
        "artikel 83, vierde tot en met zesde lid, AVG noemt {artsc} niet: deze overtreding heeft geen wettelijk maximum",
    ),
    (
        "a fine is set, but none of the articles is listed in Art. 83(4)-(6), so there is no legal maximum to check it against",
        "er is een boete opgelegd, maar artikel 83, vierde tot en met zesde lid, AVG noemt geen van de artikelen, dus er is geen wettelijk maximum om haar aan te toetsen",
    ),
    (
        "a fine is set for the group, but Art. 83(4)-(6) list none of its members' articles, so there is no legal maximum to check it against",
        "er is een boete voor de groep opgelegd, maar artikel 83, vierde tot en met zesde lid, AVG noemt geen van de artikelen van haar leden, dus er is geen wettelijk maximum om haar aan te toetsen",
    ),
    (
        "no legal maximum: Art. 83(4)-(6) list none of the articles",
        "geen wettelijk maximum: artikel 83, vierde tot en met zesde lid, AVG noemt geen van de artikelen",
    ),
    (
        "no member has a legal maximum, so the group has no ceiling",
        "geen lid heeft een wettelijk maximum, dus de groep heeft geen plafond",
    ),
    (
        "the combined fine {money} is above {money2}, the sum of its infringements' legal maxima",
        "de gezamenlijke boete {money} ligt boven {money2}, de som van de wettelijke maxima van haar inbreuken",
    ),
    (
        "Art. 83(4)-(6) do not list {artsc}: they do not set the tier",
        "artikel 83, vierde tot en met zesde lid, AVG noemt {artsc} niet: het boeteniveau volgt daar niet uit",
    ),
    (
        "complied on {date}, by the deadline of {date2}: nothing can be forfeited (Awb 5:32(1)); check `complied` and the deadline",
        "nageleefd op {date}, binnen de termijn tot {date2}: er kan niets worden verbeurd (artikel 5:32, eerste lid, Awb); controleer `complied` en de termijn",
    ),
    (
        "complied on {date}, by the deadline of {date2}: nothing can be forfeited; check `complied` and the deadline",
        "nageleefd op {date}, binnen de termijn tot {date2}: er kan niets worden verbeurd; controleer `complied` en de termijn",
    ),
    (
        "{n} breach date(s) on or after compliance on {date} forfeit nothing and are not counted (the first: {date2}); check `breaches` and `complied`",
        "{n} overtreding(en) op of na de naleving op {date} verbeuren niets en tellen niet mee (de eerste: {date2}); controleer `breaches` en `complied`",
    ),
    (
        "{n} breach date(s) on or after {date} (today, or --as-of) are not counted yet (the first: {date2})",
        "{n} overtreding(en) op of na {date} (vandaag, of --as-of) tellen nog niet mee (de eerste: {date2})",
    ),
    (
        "the case file gives no `turnover`: it is taken as unknown, so each maximum is at least the fixed amount; write the amount, or `turnover = \"unknown\"` to say it is not known",
        "het zaakbestand geeft geen `turnover`: de omzet geldt als onbekend, dus elk maximum bedraagt ten minste het vaste bedrag; vul het bedrag in, of `turnover = \"unknown\"` om te zeggen dat zij niet bekend is",
    ),
    (
        "the decision is dated {date}, after {date2} (today, or --as-of): check `decided`",
        "het besluit is gedateerd {date}, na {date2} (vandaag, of --as-of): controleer `decided`",
    ),
    (
        "published on {date}, before the decision of {date2}: check `published` and `decided`",
        "gepubliceerd op {date}, vóór het besluit van {date2}: controleer `published` en `decided`",
    ),
    (
        "fine {money} is above {money2}, what the Art. {cite} maximum is known to reach at the lower end of the turnover band; it is within the maximum if the undertaking's turnover was at least {money3} (fine / {num} %, rounded up to the cent)",
        "boete {money} ligt boven {money2}, wat het maximum van {cite} aan de ondergrens van de omzetbandbreedte zeker bereikt; zij blijft binnen het maximum als de omzet van de onderneming ten minste {money3} was (boete / {num} %, naar boven afgerond op de cent)",
    ),
    (
        "fine {money} is above {money2}, what the Art. {cite} maximum is known to reach with its fixed amount not known in the currency; it is within the maximum if the undertaking's turnover was at least {money3} (fine / {num} %, rounded up to the cent)",
        "boete {money} ligt boven {money2}, wat het maximum van {cite} zeker bereikt nu het vaste bedrag niet bekend is in de valuta; zij blijft binnen het maximum als de omzet van de onderneming ten minste {money3} was (boete / {num} %, naar boven afgerond op de cent)",
    ),
    (
        "fine {money} is above {money2}, what the Art. {cite} maximum is known to reach with turnover unknown; it is within the maximum if the undertaking's turnover was at least {money3} (fine / {num} %, rounded up to the cent)",
        "boete {money} ligt boven {money2}, wat het maximum van {cite} bij onbekende omzet zeker bereikt; zij blijft binnen het maximum als de omzet van de onderneming ten minste {money3} was (boete / {num} %, naar boven afgerond op de cent)",
    ),
    (
        "the group's fine {money} is above {money2}, what its ceiling is known to reach at the lower end of the turnover band; it is within the ceiling if the undertaking's turnover was at least {money3} (fine / {num} %, rounded up to the cent)",
        "de boete van de groep {money} ligt boven {money2}, wat het plafond aan de ondergrens van de omzetbandbreedte zeker bereikt; zij blijft binnen het plafond als de omzet van de onderneming ten minste {money3} was (boete / {num} %, naar boven afgerond op de cent)",
    ),
    (
        "the group's fine {money} is above {money2}, what its ceiling is known to reach with the fixed amounts not known in the currency; it is within the ceiling if the undertaking's turnover was at least {money3} (fine / {num} %, rounded up to the cent)",
        "de boete van de groep {money} ligt boven {money2}, wat het plafond zeker bereikt nu de vaste bedragen niet bekend zijn in de valuta; zij blijft binnen het plafond als de omzet van de onderneming ten minste {money3} was (boete / {num} %, naar boven afgerond op de cent)",
    ),
    (
        "the group's fine {money}: its ceiling is not known, the fixed amounts being in euros and the rate not stated; it is within the ceiling if the undertaking's turnover was at least {money2} (fine / {num} %, rounded up to the cent)",
        "de boete van de groep {money}: het plafond is onbekend, want de vaste bedragen zijn in euro en de koers wordt niet genoemd; zij blijft binnen het plafond als de omzet van de onderneming ten minste {money2} was (boete / {num} %, naar boven afgerond op de cent)",
    ),
    (
        "the group's fine {money} is above {money2}, what its ceiling is known to reach with turnover unknown; it is within the ceiling if the undertaking's turnover was at least {money3} (fine / {num} %, rounded up to the cent)",
        "de boete van de groep {money} ligt boven {money2}, wat het plafond bij onbekende omzet zeker bereikt; zij blijft binnen het plafond als de omzet van de onderneming ten minste {money3} was (boete / {num} %, naar boven afgerond op de cent)",
    ),
    (
        "no dates of limitation: the one-year limitation of Awb 5:35 binds Dutch authorities (`authority = \"NL-...\"`) only, and art83 holds no other country's rule",
        "geen verjaringsdata: de verjaring na een jaar van artikel 5:35 Awb geldt alleen voor Nederlandse bestuursorganen (`authority = \"NL-...\"`), en art83 kent de regels van andere landen niet",
    ),
    (
        "no ceiling (`max`): the exposure is unbounded; Dutch orders must state one (Awb 5:32b(2))",
        "geen maximum (`max`): het risico is onbegrensd; een Nederlandse last moet een maximum noemen (artikel 5:32b, tweede lid, Awb)",
    ),
    (
        "line {n}: fine {user} is read as {user2} (the dot is the decimal mark); if {user3} is meant, write {user4}",
        "regel {n}: boete {user} wordt gelezen als {user2} (de punt is het decimaalteken); is {user3} bedoeld, schrijf dan {user4}",
    ),
    // An Art. 7 factor as the case file names it (`7(a)`) with its amount and reason: last, as
    // it would match any "x: amount (reason)".
    ("{user}: {money} ({user2})", "{user}: {money} ({user2})"),
];

/// A fixed maximum, alone or with its conversion from euros (`PLN 85,588,000.00 (EUR
/// 20,000,000.00 at 4.2794 PLN per EUR)`).
const FIXED: &[(&str, &str)] = &[
    (
        "{money} ({money2} at {rate}, rounded half-up to the cent)",
        "{money} ({money2} tegen {rate}, rekenkundig afgerond op de cent)",
    ),
    ("{money} ({money2} at {rate})", "{money} ({money2} tegen {rate})"),
    ("{money}", "{money}"),
];

/// Who national law's Art. 83(7) rule covers (calc::law::public_bodies), in Dutch.
const SCOPES: &[(&str, &str)] = &[
    (
        "the State: the CNIL's fines reach every controller \"à l'exception des cas où le traitement est mis en œuvre par l'État\"",
        "de Staat: boetes van de CNIL treffen elke verwerkingsverantwoordelijke \"à l'exception des cas où le traitement est mis en œuvre par l'État\"",
    ),
    ("the State", "de Staat"),
    ("the municipalities", "de gemeenten"),
    (
        "a state or local cultural institution (państwowa lub samorządowa instytucja kultury)",
        "een culturele instelling van staat of gemeente (państwowa lub samorządowa instytucja kultury)",
    ),
    (
        "a public authority or body acting as an undertaking (Competition Act 2002): the caps of s. 141 do not reach it, so Art. 83(4)-(6) apply as to any undertaking",
        "een overheidsinstantie of -orgaan dat als onderneming (Competition Act 2002) optreedt: de maxima van s. 141 gelden er niet voor, dus artikel 83, vierde tot en met zesde lid, AVG geldt als voor elke onderneming",
    ),
    (
        "a public-law legal person offering goods or services on a market: fined like an undertaking",
        "een publiekrechtelijke rechtspersoon die goederen of diensten op een markt aanbiedt: beboet als een onderneming",
    ),
    (
        "a public body competing on a market counts as a non-public body: fined like an undertaking",
        "een openbaar lichaam dat op een markt concurreert, geldt als niet-openbaar orgaan: beboet als een onderneming",
    ),
    (
        "authorities, public bodies and public-law corporations",
        "overheidsinstanties, openbare lichamen en publiekrechtelijke rechtspersonen",
    ),
    (
        "public authorities, except public-law legal persons offering goods or services on a market (those are fined like undertakings)",
        "overheidsinstanties, behalve publiekrechtelijke rechtspersonen die goederen of diensten op een markt aanbieden (die krijgen boetes als ondernemingen)",
    ),
    (
        "federal authorities and other public bodies (§ 2(1) BDSG), unless they compete on a market (§ 2(5)); the Länder laws are said to exclude their bodies likewise (not checked Land by Land)",
        "federale overheidsinstanties en andere openbare lichamen (§ 2(1) BDSG), tenzij zij op een markt concurreren (§ 2(5)); de wetten van de deelstaten zouden hun organen evenzo uitsluiten (niet per deelstaat nagegaan)",
    ),
    (
        "public administrations and bodies of art. 77(1) get a warning (apercibimiento) instead of a fine",
        "overheidsdiensten en organen van art. 77(1) krijgen een waarschuwing (apercibimiento) in plaats van een boete",
    ),
    (
        "state and municipal authorities, independent public-law bodies and the churches",
        "staats- en gemeentelijke instanties, zelfstandige publiekrechtelijke organen en de kerken",
    ),
    (
        "public bodies other than the State (the State itself cannot be fined)",
        "openbare lichamen behalve de Staat (de Staat zelf kan geen boete krijgen)",
    ),
    (
        "public authorities of art. 3(2): state administration bodies, other state bodies and local and regional self-government units; other bodies with public powers or a public service can be fined, if the fine does not jeopardise that function (art. 44)",
        "overheidsinstanties van art. 3(2): organen van de staatsadministratie, andere staatsorganen en lokale en regionale zelfbesturen; andere organen met openbaar gezag of een openbare dienst kunnen een boete krijgen, als die hun taak niet in gevaar brengt (art. 44)",
    ),
    (
        "public authorities, fined by the courts on the Datatilsynet's report (Lejre Municipality, DKK 50,000, 2022); no statutory cap found",
        "overheidsinstanties, beboet door de rechter op aangifte van het Datatilsynet (gemeente Lejre, DKK 50.000, 2022); geen wettelijk maximum gevonden",
    ),
    (
        "public sector bodies (HDPA 55/2021: the Ministry of Tourism, EUR 75,000)",
        "organen van de publieke sector (HDPA 55/2021: het ministerie van Toerisme, EUR 75.000)",
    ),
    (
        "public authorities and bodies (a municipality, NOK 85,000: Personvernnemnda, 12 Jun 2025)",
        "overheidsinstanties en -organen (een gemeente, NOK 85.000: Personvernnemnda, 12 juni 2025)",
    ),
    (
        "public and private entities alike; a public entity could ask the CNPD to waive fines until 8 Aug 2022 (art. 44(2))",
        "publieke en private entiteiten gelijk; een publieke entiteit kon de CNPD tot 8 augustus 2022 vragen van boetes af te zien (art. 44(2))",
    ),
    (
        "a public authority or body that acts as an undertaking (Competition Act 2002) in none of its activities (DPC, HSE 2020, para 6.42)",
        "een overheidsinstantie of -orgaan dat in geen van zijn activiteiten als onderneming (Competition Act 2002) optreedt (DPC, HSE 2020, rn. 6.42)",
    ),
    (
        "all public bodies, municipalities and health authorities included",
        "alle openbare lichamen, gemeenten en gezondheidsinstanties inbegrepen",
    ),
    (
        "public bodies other than the State and the municipalities (those cannot be fined)",
        "openbare lichamen behalve de Staat en de gemeenten (die kunnen geen boete krijgen)",
    ),
    ("public authorities, ministries included (AP FSV 2022)", "bestuursorganen, ministeries inbegrepen (AP FSV 2022)"),
    (
        "public finance sector units, research institutes and the NBP; state and local cultural institutions up to PLN 10,000 (art. 102(2))",
        "eenheden van de publieke financiële sector, onderzoeksinstituten en de NBP; culturele instellingen van staat en gemeenten tot PLN 10.000 (art. 102(2))",
    ),
    ("public authorities", "overheidsinstanties"),
];

/// How a country's authority converts its currency (calc::law::currencies), in Dutch.
const CURRENCY_RULES: &[(&str, &str)] = &[
    (
        "the NBP average EUR rate of the table of 28 January of the year (the next table if none that day)",
        "de gemiddelde EUR-koers van de NBP-tabel van 28 januari van het jaar (de eerstvolgende tabel als er die dag geen is)",
    ),
    (
        "no statutory day; IMY used the ECB rate of the day before the decision (Google 2020) and a Riksbank rate days before it (Trygg-Hansa 2023)",
        "geen wettelijke peildatum; IMY gebruikte de ECB-koers van de dag vóór het besluit (Google 2020) en een Riksbank-koers van enkele dagen ervoor (Trygg-Hansa 2023)",
    ),
    (
        "no statutory day; Datatilsynet used Norges Bank's rate of the last day of the turnover year (Telenor 2025: 11.2405 on 29 Dec 2023)",
        "geen wettelijke peildatum; Datatilsynet gebruikte de koers van Norges Bank op de laatste dag van het omzetjaar (Telenor 2025: 11,2405 op 29 december 2023)",
    ),
    (
        "fines are decided in EUR and stated in lei at a rate of the day (the BNR rate, practice)",
        "boetes worden in EUR vastgesteld en in lei uitgedrukt tegen een dagkoers (de BNR-koers, praktijk)",
    ),
    ("no rule found; NAIH states fines in HUF", "geen regel gevonden; de NAIH legt boetes op in HUF"),
    (
        "no rule found; fines are imposed by the courts in DKK",
        "geen regel gevonden; boetes worden door de rechter opgelegd in DKK",
    ),
    ("no rule found (the ČNB rate, presumably)", "geen regel gevonden (vermoedelijk de koers van de ČNB)"),
    ("no rule found", "geen regel gevonden"),
    (
        "the currency board rate of 1.95583 BGN per EUR (the euro since 1 Jan 2026)",
        "de vaste koers van het currency board, 1,95583 BGN per EUR (de euro sinds 1 januari 2026)",
    ),
    (
        "no rule found for decisions in HRK (before 1 Jan 2023: the HNB rate of the day, presumably); the fixed 7.53450 HRK per EUR converts amounts at the changeover only",
        "geen regel gevonden voor besluiten in HRK (vóór 1 januari 2023: vermoedelijk de dagkoers van de HNB); de vaste 7,53450 HRK per EUR rekent alleen bij de overgang om",
    ),
];

/// Why the turnover-based maximum is not known.
const REASONS: &[(&str, &str)] = &[
    ("turnover unknown", "omzet onbekend"),
    (
        "turnover unknown; the AP then takes the fixed amount as its reference (AP Clearview para 210)",
        "omzet onbekend; de AP neemt dan het vaste bedrag als uitgangspunt (AP Clearview, rn. 210)",
    ),
    (
        "turnover known only in another currency, at a rate not stated",
        "de omzet is alleen in een andere valuta bekend, zonder vermelde koers",
    ),
    ("public body (Art. 83(7))", "overheidsorgaan (artikel 83, zevende lid, AVG)"),
    ("turnover known only as a band", "omzet alleen bekend als bandbreedte"),
];

/// `4.2794 PLN per EUR` or `0.085 EUR per NOK` with the Dutch decimal comma.
fn rate(value: &str) -> Option<String> {
    let (figure, rest) = value.split_once(' ')?;
    let (from, to) = rest.split_once(" per ")?;
    let code = |c: &str| c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase());
    (code(from) && code(to)).then(|| format!("{} {from} per {to}", number(figure).unwrap_or_default()))
}

/// A rule in Dutch, if the catalogue has it.
pub fn rule(text: &str) -> Option<String> {
    translate(text, RULES)
}

/// A step detail, finding or note in Dutch, if the catalogue has it.
pub fn text(text: &str) -> Option<String> {
    translate(text, TEXTS)
}

fn translate(text: &str, catalogue: &[(&str, &str)]) -> Option<String> {
    catalogue.iter().find_map(|(english, dutch)| {
        let mut values = Vec::new();
        matches(&segments(english), text, &mut values).then(|| fill(dutch, &values))
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Segment<'t> {
    Literal(&'t str),
    Hole(&'t str),
}

/// A template cut into its literal text and its `{name}` holes.
fn segments(template: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|i| open + i) else { break };
        if open > 0 {
            out.push(Segment::Literal(&rest[..open]));
        }
        out.push(Segment::Hole(&rest[open + 1..close]));
        rest = &rest[close + 1..];
    }
    if !rest.is_empty() {
        out.push(Segment::Literal(rest));
    }
    out
}

/// Whether `text` reads as the template; the holes' Dutch values go into `values`. A hole
/// takes the shortest text after which the rest still matches and that its kind accepts.
fn matches<'t>(segments: &[Segment<'t>], text: &str, values: &mut Vec<(&'t str, String)>) -> bool {
    match segments {
        [] => text.is_empty(),
        [Segment::Literal(literal), rest @ ..] => {
            text.strip_prefix(literal).is_some_and(|after| matches(rest, after, values))
        }
        [Segment::Hole(name), rest @ ..] => {
            let ends: Vec<usize> = match rest.first() {
                None => vec![text.len()],
                Some(Segment::Literal(next)) => text.match_indices(next).map(|(i, _)| i).collect(),
                Some(Segment::Hole(_)) => return false, // two holes side by side: ambiguous
            };
            for end in ends.into_iter().filter(|&end| end > 0) {
                let Some(value) = convert(name, &text[..end]) else { continue };
                values.push((name, value));
                if matches(rest, &text[end..], values) {
                    return true;
                }
                values.pop();
            }
            false
        }
    }
}

fn fill(template: &str, values: &[(&str, String)]) -> String {
    segments(template)
        .into_iter()
        .map(|segment| match segment {
            Segment::Literal(text) => text.to_string(),
            Segment::Hole(name) => values.iter().find(|(n, _)| *n == name).map(|(_, v)| v.clone()).unwrap_or_default(),
        })
        .collect()
}

/// A hole's value in Dutch, or `None` when the text is not of the hole's kind (the kind is
/// the name without its trailing digits).
fn convert(name: &str, value: &str) -> Option<String> {
    match name.trim_end_matches(|c: char| c.is_ascii_digit()) {
        "money" => money(value),
        "num" => number(value),
        "n" => value.bytes().all(|b| b.is_ascii_digit()).then(|| value.to_string()),
        "date" => value.parse::<Date>().ok().map(date),
        "cite" => citation(value).map(|cited| format!("{cited}, AVG")),
        // Mid-sentence a citation with a paragraph or point closes with a comma (`artikel 3,
        // tweede lid, niet`), as Dutch legislation writes it.
        "art" => citation(value).map(|cited| if cited.contains(',') { format!("{cited},") } else { cited }),
        "arts" => provisions(value),
        "artsc" => provisions(value).map(|cited| if cited.contains(',') { format!("{cited},") } else { cited }),
        // The case file's name for an adjustment: the policy's own point (`7(a)`) as written.
        "factor" => Some(if value == "proportionality" { "evenredigheid".to_string() } else { value.to_string() }),
        "cc" => (value.len() == 2 && value.bytes().all(|b| b.is_ascii_uppercase())).then(|| value.to_string()),
        "crule" => translate(value, CURRENCY_RULES),
        "sign" => matches!(value, "+" | "-").then(|| value.to_string()),
        "cur" => (value.len() == 3 && value.bytes().all(|b| b.is_ascii_uppercase())).then(|| value.to_string()),
        "word" => word(value),
        "id" => (!value.contains('`')).then(|| value.to_string()),
        "ids" => (value.starts_with('`') && value.ends_with('`')).then(|| value.to_string()),
        "src" => Some(source(value)),
        "rate" => rate(value),
        "fixed" => translate(value, FIXED),
        "reason" => translate(value, REASONS),
        // Text from the case file (a reason, a figure as written): the user's own words.
        "user" => Some(value.to_string()),
        // A text the core composed of other texts: only a known one.
        "text" => text(value),
        "scope" => translate(value, SCOPES),
        "kind" => kind(value),
        "band" => band(value),
        _ => None,
    }
}

/// `EUR 1,234.50` as `€ 1.234,50`, `PLN 5,000.00` as `PLN 5.000,00`; a sign goes before the
/// amount (`€ -50.000,00`).
fn money(value: &str) -> Option<String> {
    let (sign, rest) = match value.as_bytes().first() {
        Some(b'+') => ("+", &value[1..]),
        Some(b'-') => ("-", &value[1..]),
        _ => ("", value),
    };
    let (code, amount) = rest.split_once(' ')?;
    if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let amount = number(amount)?;
    Some(if code == "EUR" { format!("€ {sign}{amount}") } else { format!("{code} {sign}{amount}") })
}

/// `1,234.50` as `1.234,50`, `0.5` as `0,5`, `10-20` as it is.
fn number(value: &str) -> Option<String> {
    let plain = value.bytes().all(|b| b.is_ascii_digit() || b",.-+".contains(&b));
    let digits = value.bytes().any(|b| b.is_ascii_digit());
    (plain && digits).then(|| {
        value
            .chars()
            .map(|c| match c {
                ',' => '.',
                '.' => ',',
                other => other,
            })
            .collect()
    })
}

/// The Dutch month names, for dates in prose (`16 mei 2024`) and for keeping them whole when a
/// line wraps (`layout::glue`).
pub(crate) const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

/// `16 mei 2024`.
pub fn date(day: Date) -> String {
    let month = MONTHS[usize::try_from(day.month() - 1).unwrap_or(0)];
    format!("{} {month} {}", day.day(), day.year())
}

const ORDINALS: [&str; 12] = [
    "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende", "elfde",
    "twaalfde",
];

fn ordinal(number: &str) -> String {
    match number.parse::<usize>() {
        Ok(n @ 1..=12) => ORDINALS[n - 1].to_string(),
        _ => format!("{number}e"),
    }
}

/// `83(5)(a)` or `Art. 83(5)(a)` as `artikel 83, vijfde lid, onder a`; `83(4)-(6)` as
/// `artikel 83, vierde tot en met zesde lid`.
pub fn citation(value: &str) -> Option<String> {
    let compact = value.strip_prefix("Art. ").unwrap_or(value);
    let digits = compact.find(|c: char| !c.is_ascii_digit()).unwrap_or(compact.len());
    let (number, mut rest) = compact.split_at(digits);
    if number.is_empty() {
        return None;
    }
    let mut out = format!("artikel {number}");
    let mut first = true;
    while let Some(inner) = rest.strip_prefix('(') {
        let close = inner.find(')')?;
        let part = &inner[..close];
        rest = &inner[close + 1..];
        if let Some(upper) = rest.strip_prefix("-(").and_then(|r| r.split_once(')')) {
            out.push_str(&format!(", {} tot en met {} lid", ordinal(part), ordinal(upper.0)));
            rest = upper.1;
        } else if first && part.bytes().all(|b| b.is_ascii_digit()) {
            out.push_str(&format!(", {} lid", ordinal(part)));
        } else {
            out.push_str(&format!(", onder {part}"));
        }
        first = false;
    }
    rest.is_empty().then_some(out)
}

/// A list of provisions (`12(1) (83(5)(b)), 15 (83(5)(b))`) with each one cited in Dutch.
fn provisions(value: &str) -> Option<String> {
    let mut out = String::new();
    let mut token = String::new();
    let mut depth = 0usize;
    let flush = |token: &mut String, out: &mut String| -> Option<()> {
        if !token.is_empty() {
            out.push_str(&citation(token)?);
            token.clear();
        }
        Some(())
    };
    for c in value.chars() {
        let part_of_token = c.is_ascii_alphanumeric() || (!token.is_empty() && matches!(c, '(' | ')' | '-'));
        if part_of_token && !(c == ')' && token.matches('(').count() == token.matches(')').count()) {
            token.push(c);
        } else {
            flush(&mut token, &mut out)?;
            depth = match c {
                '(' => depth + 1,
                ')' => depth.saturating_sub(1),
                _ => depth,
            };
            // Between provisions a semicolon: their citations hold commas themselves.
            out.push(if c == ',' && depth == 0 { ';' } else { c });
        }
    }
    flush(&mut token, &mut out)?;
    Some(out)
}

/// A turnover band (`maximum::band_text`): "above EUR 1.00 up to EUR 2.00", "above ...", "up to ...".
fn band(value: &str) -> Option<String> {
    if let Some(rest) = value.strip_prefix("above ") {
        return Some(match rest.split_once(" up to ") {
            Some((low, high)) => format!("boven {} tot en met {}", money(low)?, money(high)?),
            None => format!("boven {}", money(rest)?),
        });
    }
    value.strip_prefix("up to ").and_then(money).map(|high| format!("tot en met {high}"))
}

/// The few single words the core puts into its texts.
/// A kind of public body (`public_body = "state"`), in Dutch.
fn kind(value: &str) -> Option<String> {
    let dutch = match value {
        "state" => "de Staat",
        "local" => "lokaal bestuur",
        "other" => "ander orgaan met publieke taak",
        "cultural-institution" => "culturele instelling",
        _ => return None,
    };
    Some(dutch.to_string())
}

fn word(value: &str) -> Option<String> {
    let dutch = match value {
        "low" => "lage",
        "medium" => "gemiddelde",
        "high" => "hoge",
        "I" | "II" | "III" | "IV" => value,
        _ => return None,
    };
    Some(dutch.to_string())
}

/// Sources and authorities' texts named in brackets: their English connecting words in Dutch,
/// provisions cited the Dutch way.
fn source(value: &str) -> String {
    let mut out = value.to_string();
    for (english, dutch) in [
        (
            "a public authority or body that acts as an undertaking (Competition Act 2002) in none of its activities",
            "een overheidsinstantie of -orgaan dat in geen van zijn activiteiten als onderneming (Competition Act 2002) optreedt",
        ),
        (
            "federal authorities and other public bodies (§ 2(1) BDSG), unless they compete on a market (§ 2(5)); the Länder laws exclude their bodies likewise",
            "federale overheidsinstanties en andere openbare lichamen (§ 2(1) BDSG), tenzij zij op een markt concurreren (§ 2(5)); de wetten van de deelstaten sluiten hun organen evenzo uit",
        ),
        (" (part of ", " (deel van "),
        ("ANSPDCP decisions", "besluiten van de ANSPDCP"),
        ("Law of 1 August 2018", "wet van 1 augustus 2018"),
        ("(Act of 10 May 2018)", "(wet van 10 mei 2018)"),
        (", quoted in ", ", aangehaald in "),
        (", para ", ", rn. "),
        (" para ", ", rn. "),
        ("EDPB Guidelines", "EDPB-richtsnoeren"),
        (" section ", ", paragraaf "),
        ("(no exception under Art. 83(7))", "(geen uitzondering op grond van artikel 83, zevende lid, AVG)"),
        ("UAVG art. 14(3)", "artikel 14, derde lid, UAVG"),
        ("public authorities, ministries included", "overheidsorganen, ministeries inbegrepen"),
        (
            "a public authority or body that acts as an undertaking",
            "een overheidsinstantie of -orgaan dat als onderneming optreedt",
        ),
        (" in none of its activities", " in geen van zijn activiteiten"),
        ("Art. 83(7)", "artikel 83, zevende lid, AVG"),
        (" and ", " en "),
    ] {
        out = out.replace(english, dutch);
    }
    // `Art. 33(1)` in a source: the provision of the GDPR.
    while let Some(start) = out.find("Art. ") {
        let end = out[start + 5..].find([' ', ',', ';']).map_or(out.len(), |i| start + 5 + i);
        let end = end.min(out.len());
        let mut cited = &out[start..end];
        // A closing bracket of the surrounding text is not part of the provision.
        while cited.ends_with(')') && cited.matches('(').count() < cited.matches(')').count() {
            cited = &cited[..cited.len() - 1];
        }
        let Some(dutch) = citation(cited) else { break };
        out.replace_range(start..start + cited.len(), &dutch);
    }
    out
}

/// The Dutch text, or the English one when the catalogue lacks it (a test makes sure that no
/// example or test case gets there).
pub fn rule_or_english(english: &str) -> Cow<'_, str> {
    rule(english).map_or(Cow::Borrowed(english), Cow::Owned)
}

pub fn text_or_english(english: &str) -> Cow<'_, str> {
    text(english).map_or(Cow::Borrowed(english), Cow::Owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_dates_and_numbers_are_written_the_dutch_way() {
        assert_eq!(money("EUR 20,000,000.00").unwrap(), "€ 20.000.000,00");
        assert_eq!(money("-EUR 50,000.00").unwrap(), "€ -50.000,00");
        assert_eq!(number("0.5").unwrap(), "0,5");
        assert_eq!(date(jiff::civil::date(2024, 5, 16)), "16 mei 2024");
    }

    #[test]
    fn provisions_are_cited_as_dutch_legislation_cites_them() {
        assert_eq!(citation("Art. 83(5)").unwrap(), "artikel 83, vijfde lid");
        assert_eq!(citation("5(1)(a)").unwrap(), "artikel 5, eerste lid, onder a");
        assert_eq!(citation("83(4)-(6)").unwrap(), "artikel 83, vierde tot en met zesde lid");
        assert_eq!(citation("44").unwrap(), "artikel 44");
        assert_eq!(
            provisions("12(1) (83(5)(b)), 15 (83(5)(b))").unwrap(),
            "artikel 12, eerste lid (artikel 83, vijfde lid, onder b); artikel 15 (artikel 83, vijfde lid, onder b)"
        );
    }

    #[test]
    fn a_step_reads_in_dutch_with_its_values_converted() {
        assert_eq!(rule("Art. 83(5)").unwrap(), "artikel 83, vijfde lid, AVG");
    }

    #[test]
    fn a_currency_rule_and_its_source_named_in_a_finding_read_in_dutch() {
        assert_eq!(
            text("no rate_date: the rule (the NBP average EUR rate of the table of 28 January of the year (the next table if none that day)) asks for the rate of 2024-01-29").unwrap(),
            "geen rate_date: de regel (de gemiddelde EUR-koers van de NBP-tabel van 28 januari van het jaar (de eerstvolgende tabel als er die dag geen is)) vraagt de koers van 29 januari 2024"
        );
        assert_eq!(
            source("u.o.d.o. (Act of 10 May 2018) art. 103, quoted in UODO DKN.5130.2415.2020"),
            "u.o.d.o. (wet van 10 mei 2018) art. 103, aangehaald in UODO DKN.5130.2415.2020"
        );
    }

    #[test]
    fn a_text_outside_the_catalogue_is_not_translated() {
        assert_eq!(text("something the core has never said"), None);
        assert_eq!(rule("Art. x"), None);
    }
}

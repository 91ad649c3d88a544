## Eén overtreding: de boete en het wettelijk maximum waaraan zij wordt getoetst (calc::violation).

violation-declared = de voor deze overtreding opgelegde boete
    .rule = opgelegd
violation-proposed = het bedrag dat vóór de schikking werd voorgesteld
    .rule = voorgesteld
violation-size-percent-ignored = size_percent { $percent } wordt niet gebruikt: EDPB-stap 2b geldt alleen bij een bekende omzet tot en met € 500.000.000
violation-fine-without-tier = er is een boete opgelegd, maar artikel 83, vierde tot en met zesde lid, { -gdpr } noemt geen van de artikelen, dus er is geen wettelijk maximum om haar aan te toetsen
violation-method-not-compared = --method wordt hier niet toegepast: de boete voor deze overtreding volgt uit haar eigen tabel [violation.{ $table }]
violation-fine-exceeds-maximum = boete { $fine } overschrijdt het wettelijk maximum { $maximum } ({ $tier }, { -gdpr })
violation-fine-on-exempt-public-body = boete { $fine } voor een overheidsorgaan dat het nationale recht van boetes uitzondert (artikel 83, zevende lid, { -gdpr })
violation-maximum-unknown-needs-turnover = boete { $fine }: het maximum van { $tier }, { -gdpr } is onbekend, want het vaste bedrag is in euro en de koers wordt niet genoemd; zij blijft binnen het maximum als de omzet van de onderneming ten minste { $needed } was (boete / { $percent } %, naar boven afgerond op de cent)
violation-fine-needs-turnover = boete { $fine } ligt boven { $maximum }, wat het maximum van { $tier }, { -gdpr } { $why ->
        [fixed-unknown] zeker bereikt nu het vaste bedrag niet bekend is in de valuta
        [band] aan de ondergrens van de omzetbandbreedte zeker bereikt
       *[turnover-unknown] bij onbekende omzet zeker bereikt
    }; zij blijft binnen het maximum als de omzet van de onderneming ten minste { $needed } was (boete / { $percent } %, naar boven afgerond op de cent)

## Het boeteniveau: welk lid van artikel 83, vierde tot en met zesde lid, de artikelen noemt.

violation-tier = { $tier }, { -gdpr } noemt { $listed }
    .rule = boeteniveau
violation-article = { $article }{ $listed ->
        [yes] {" "}({ $listed_in })
       *[no] {""}
    }{ $more ->
        [yes] ; { $next }
       *[no] {""}
    }
violation-articles-without-tier = artikel 83, vierde tot en met zesde lid, { -gdpr } noemt { $articles } niet: { $tiered ->
        [yes] het boeteniveau volgt daar niet uit
       *[no] deze overtreding heeft geen wettelijk maximum
    }

## Waarom een vergeleken methode (`--method`) geen uitkomst geeft.

comparison-no-legal-maximum = geen wettelijk maximum: artikel 83, vierde tot en met zesde lid, { -gdpr } noemt geen van de artikelen
comparison-ap2019-not-in-euros = de Boetebeleidsregels AP 2019 zijn de beleidsregels van de Nederlandse AP, met bandbreedtes in euro; deze zaak is in { $currency }, en art83 past ze niet toe in een andere munt (geen autoriteit rekent ze om): geef de boete op, of vergelijk met de EDPB-methode
comparison-no-annex-category = de bekende bijlagen van de Boetebeleidsregels AP 2019 noemen { $articles } niet; vergelijk met een categorie naar keuze: `--method ap2019 --category III` (I-IV)
comparison-no-result-for = geen uitkomst voor { $ids }: de methode geeft er geen (zie hierboven)
comparison-failed = de methode geeft geen uitkomst: { $error }

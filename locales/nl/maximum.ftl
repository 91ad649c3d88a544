## Wettelijke maxima: artikel 83, vierde tot en met zesde lid, AVG, en het zevende lid voor overheidsorganen (calc::maximum).

maximum-unknown-reason = { $why ->
        [public-body] overheidsorgaan (artikel 83, zevende lid, { -gdpr })
        [rate-unknown] de omzet is alleen in een andere valuta bekend, zonder vermelde koers
        [band] omzet alleen bekend als bandbreedte
        [clearview] omzet onbekend; de AP neemt dan het vaste bedrag als uitgangspunt (AP Clearview, rn. 210)
       *[unknown] omzet onbekend
    }
turnover-band = { $ends ->
        [both] boven { $low } tot en met { $high }
        [low] boven { $low }
        [high] tot en met { $high }
       *[none] elk bedrag
    }

## De omzet: het jaar, de valuta.

maximum-turnover-in-euros = in euro tegen { $rate }, rekenkundig afgerond op de cent, voor de omzetklassen van EDPB-stap 2b
    .rule = omrekening
maximum-turnover-in-currency = in { $code } tegen { $rate }{ $rounded ->
        [yes] , rekenkundig afgerond op de cent
       *[no] {""}
    }
    .rule = omrekening
maximum-turnover-rate-unknown = het besluit noemt geen koers naar { $code }: de omzet van { $turnover } is niet bekend in { $code }
    .rule = omrekening
maximum-turnover-table-no-rate = { $turnover }: het besluit vermeldt geen koers naar de euro, dus de omzet in euro is niet bekend
    .rule = omrekening
maximum-turnover-table-converted = { $turnover } x { $rate } EUR per { $code } tegen de vermelde koers
    .rule = omrekening
maximum-turnover-what-if = omzet opgegeven op de opdrachtregel (wat-als), in plaats van die uit het zaakbestand
    .rule = {"--turnover"}
maximum-turnover-unknown = omzet onbekend: voor een onderneming is elk maximum het hoogste van het vaste bedrag en het percentage van de omzet, dus ten minste het vaste bedrag
    .rule = artikel 83, vierde tot en met zesde lid, { -gdpr }
maximum-turnover-given = omzet zoals opgegeven{ $chosen ->
        [yes] , voor boekjaar { $year } zoals de autoriteit koos
        [no] , aangemerkt als boekjaar { $year }, het jaar voorafgaand aan het besluit
       *[none] {""}
    }
    .rule = artikel 83, vierde tot en met zesde lid, { -gdpr }
maximum-turnover-band = omzet weggelakt; het besluit noemt een bandbreedte: { $band }: elk maximum ligt tussen wat de twee grenzen geven
    .rule = artikel 83, vierde tot en met zesde lid, { -gdpr }
maximum-turnover-of-year = boekjaar { $year }, in { $code ->
        [EUR] euro
       *[other] { $code }
    }
    .rule = omzet
maximum-year-chosen = boekjaar { $year }, zoals de autoriteit koos (`turnover_year`)
    .rule = omzetjaar
maximum-year-chosen-not-preceding = boekjaar { $year }, zoals de autoriteit koos (`turnover_year`), niet { $preceding }, het jaar voorafgaand aan het besluit van { $decided }
    .rule = omzetjaar
maximum-year-preceding = boekjaar { $year } gaat vooraf aan het besluit van { $decided }
    .rule = { $source ->
        [edpb] EDPB-richtsnoeren 04/2022, randnummer 131
       *[gdpr] artikel 83, vierde tot en met zesde lid, { -gdpr } ("voorafgaand boekjaar")
    }

## Overheidsorganen (artikel 83, zevende lid, AVG).

maximum-public-body = overheidsorgaan{ $kind ->
        [state] {" "}(de Staat)
        [local] {" "}(lokaal bestuur)
        [other] {" "}(ander orgaan met publieke taak)
        [cultural-institution] {" "}(culturele instelling)
        [undertaking] {" "}(als onderneming)
       *[none] {""}
    }: { $provision } is bepalend ({ $scope }): { $fines }
    .rule = artikel 83, zevende lid, { -gdpr }
maximum-public-body-fines = { $fines ->
        [fixed-maxima] de vaste maxima, geen maximum naar omzet
        [capped] boetes van ten hoogste { $cap }
        [capped-by-tier] boetes van ten hoogste { $cap } bij inbreuken als bedoeld in artikel 83, vierde lid, { -gdpr } en { $other } bij de overige
       *[not-allowed] geen bestuurlijke boetes
    }
maximum-public-body-no-rule = overheidsorgaan{ $kind ->
        [state] {" "}(de Staat)
        [local] {" "}(lokaal bestuur)
        [other] {" "}(ander orgaan met publieke taak)
        [cultural-institution] {" "}(culturele instelling)
        [undertaking] {" "}(als onderneming)
       *[none] {""}
    }: het recht van de lidstaat is bepalend (artikel 83, zevende lid, { -gdpr }); art83 kent geen regel voor { $country ->
        [none] een autoriteit zonder landcode
       *[other] { $country }
    }: de vaste maxima worden getoond
    .rule = artikel 83, zevende lid, { -gdpr }
maximum-public-body-as-undertaking = overheidsorgaan dat als onderneming optreedt: { $provision } is bepalend ({ $scope }): de maxima van artikel 83, vierde tot en met zesde lid, { -gdpr } als voor elke onderneming
    .rule = artikel 83, zevende lid, { -gdpr }
maximum-public-body-as-undertaking-no-rule = overheidsorgaan dat als onderneming optreedt: de maxima van artikel 83, vierde tot en met zesde lid, { -gdpr } als voor elke onderneming; art83 kent geen regel van { $country ->
        [none] een autoriteit zonder landcode
       *[other] { $country }
    } voor zulke organen
    .rule = artikel 83, zevende lid, { -gdpr }

## Het wettelijk maximum van een boeteniveau.

maximum-fixed = { $fixed }{ $converted ->
        [yes] {" "}({ $fixed_eur } tegen { $rate }{ $rounded ->
            [yes] , rekenkundig afgerond op de cent
           *[no] {""}
        })
       *[no] {""}
    }
maximum-higher-of = het hoogste van { $fixed } en { $percent } % van de omzet { $turnover }{ $year ->
        [other] {" "}(boekjaar { $year })
       *[none] {""}
    } = { $share }: { $winner ->
        [percentage] het percentage
       *[fixed] het vaste bedrag
    }
    .rule = { $tier }, { -gdpr }
maximum-at-least = ten minste { $maximum }: het hoogste van { $fixed } en { $percent } % van de omzet; { $reason }
    .rule = { $tier }, { -gdpr }
maximum-band = { $ends ->
        [fixed] { $lower }: het hoogste van { $fixed } en { $percent } % van een omzet { $band } is over de hele bandbreedte het vaste bedrag
        [both] ten minste { $lower }, ten hoogste { $upper }: het hoogste van { $fixed } en { $percent } % van een omzet { $band }
       *[open] ten minste { $lower }, zonder bovengrens: het hoogste van { $fixed } en { $percent } % van een omzet { $band }
    }
    .rule = { $tier }, { -gdpr }
maximum-rate-unknown = { $known ->
        [turnover] ten minste { $share }: { $percent } % van de omzet { $turnover }; het vaste bedrag { $fixed } is niet bekend in { $code }: het besluit noemt geen koers
       *[nothing] onbekend: het vaste bedrag { $fixed } is niet bekend in { $code } (het besluit noemt geen koers), en de omzet in { $code } evenmin
    }
    .rule = { $tier }, { -gdpr }
maximum-public-body-fixed = vast maximum { $fixed }: overheidsorgaan (artikel 83, zevende lid, { -gdpr })
    .rule = { $tier }, { -gdpr }
maximum-public-body-cap = { $cap ->
        [fixed-maxima] vast maximum { $amount } voor een overheidsorgaan
        [capped] { $amount } voor een overheidsorgaan, ongeacht het boeteniveau ({ $tier }, { -gdpr })
        [by-tier] { $amount } voor een overheidsorgaan, bij een inbreuk als bedoeld in { $tier }, { -gdpr }
       *[not-allowed] aan dit overheidsorgaan mag geen boete worden opgelegd
    } ({ $provision }; artikel 83, zevende lid, { -gdpr })
    .rule = { $tier }, { -gdpr }

## Een boete op grond van nationaal recht naast die van de AVG: het maximum (calc::national).

national-maximum-stated = { $provision }: het maximum zoals het besluit het noemt, { $stated }; art83 heeft er geen tabel voor
    .rule = nationaal recht
national-no-maximum = { $provision }: nationaal recht, geen boeteniveau van artikel 83 { -gdpr }; maximum onbekend
    .rule = nationaal recht
national-maximum-as-tier = { $provision }: geen boeteniveau van artikel 83 { -gdpr }; { $source } stelt de bedragen van { $tier }, { -gdpr }: { $maximum }
    .rule = nationaal recht
national-maximum-unknown = een boete op grond van { $provision }: art83 kent er geen maximum voor en het zaakbestand noemt er geen (`maximum`), dus de boete wordt niet gecontroleerd
national-maximum-differs = het zaakbestand noemt een maximum van { $stated } op grond van { $provision }; { $source } geeft { $computed }
national-fine-needs-turnover = boete { $fine } ligt boven { $maximum }, wat het maximum op grond van { $provision } bij onbekende omzet zeker bereikt; zij blijft binnen dat maximum als de omzet van de onderneming ten minste { $needed } was (boete / { $percent } %, naar boven afgerond op de cent)
national-fine-exceeds = boete { $fine } overschrijdt het maximum { $maximum } op grond van { $provision }
maximum-turnover-and-rate-unknown = omzet onbekend, en het besluit noemt geen koers naar de euro: ook de vaste bedragen zijn in { $code } niet bekend, dus er is geen maximum bekend
    .rule = artikel 83, vierde tot en met zesde lid, { -gdpr }

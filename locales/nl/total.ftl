## Het totaal van de zaak: groepen en overtredingen opgeteld, getoetst aan het besluit (calc::calculation).

total-group-linked = groep `{ $group }`: één boete voor samenhangende verwerkingen
    .rule = artikel 83, derde lid, AVG
total-group-combined = groep `{ $group }`: één boete voor afzonderlijke inbreuken
    .rule = gezamenlijke boete
total-violation = overtreding `{ $violation }`
    .rule = { $law ->
        [national] nationaal recht
       *[gdpr] artikel 83, tweede lid, AVG
    }
total-sum = som van de boetes hierboven
    .rule = totaal
total-after-settlement = het totaal na de verminderingen
    .rule = totaal
total-differs = het besluit noemt een totaal van { $published }, de boetes tellen op tot { $total }
total-penalties-max-differs = het besluit noemt samen { $published } aan maxima van de dwangsommen; de maxima van de lasten { $ceilings ->
        [known] tellen op tot { $max }
       *[unknown] zijn niet op te tellen (een last heeft geen `max`)
    }
total-nothing-to-collect = geen betalingstermijn, rente of openstaand bedrag: het totaal dat na bezwaar en beroep staat, is onbekend
total-public-body-as-undertaking = art83 kent geen regel van { $country ->
        [none] de autoriteit (geen landcode in `authority`)
       *[other] { $country }
    } voor een overheidsorgaan dat als onderneming optreedt: het krijgt een boete als onderneming (artikel 83, vierde tot en met zesde lid, AVG), maar het nationale recht kan anders bepalen
total-public-body-turnover-ignored = een overheidsorgaan heeft geen maximum naar omzet (artikel 83, zevende lid, AVG): de opgegeven omzet wordt niet gebruikt
total-public-body-rule-unknown = art83 kent geen regel op grond van artikel 83, zevende lid, AVG voor { $country ->
        [none] de autoriteit (geen landcode in `authority`)
       *[other] { $country }
    }: de vaste maxima worden getoond, maar het nationale recht kan boetes voor overheidsorganen begrenzen of uitsluiten

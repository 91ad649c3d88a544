## Groepen: één boete voor meer overtredingen, en het plafond ervan (calc::groups).

group-ceiling = { $by ->
        [sum] één boete voor afzonderlijke inbreuken (geen artikel 83, derde lid, { -gdpr }): elke inbreuk houdt haar eigen maximum, dus het plafond is hun som, { $amount }
        [gravest] plafond { $amount }: het wettelijk maximum van de zwaarste inbreuk, `{ $gravest }`
        [tied] plafond { $amount }: het wettelijk maximum van de zwaarste inbreuk; { $tied } delen het (een gelijke stand die het zaakbestand niet met `gravest` beslecht)
       *[none] geen lid heeft een wettelijk maximum, dus de groep heeft geen plafond
    }
    .rule = { $kind ->
        [linked] artikel 83, derde lid, { -gdpr }
       *[combined] gezamenlijke boete
    }
group-ceiling-amount = { $known ->
        [unknown] onbekend
        [floor] ten minste { $ceiling }
        [exact] { $ceiling }
       *[none] geen
    }
group-capped = de som ligt boven het plafond: begrensd op het plafond
    .rule = EDPB-stap 4 / artikel 83, derde lid, { -gdpr }
group-declared = één boete voor de hele groep
    .rule = opgelegd
group-sum = de boetes van de onderdelen opgeteld
    .rule = som
group-partial-fines = de deelboetes van de leden zijn samen { $sum }; de ene boete van de groep, { $fine }, is wat telt
    .rule = samengevoegde boete
group-fine-without-ceiling = er is een boete voor de groep opgelegd, maar artikel 83, vierde tot en met zesde lid, { -gdpr } noemt geen van de artikelen van haar leden, dus er is geen wettelijk maximum om haar aan te toetsen
group-exceeds-ceiling = { $kind ->
        [linked] de boetes voor samenhangende verwerkingen zijn samen { $fine }, boven het plafond van artikel 83, derde lid, { -gdpr } van { $ceiling }
       *[combined] de gezamenlijke boete { $fine } ligt boven { $ceiling }, de som van de wettelijke maxima van de inbreuken
    }
group-ceiling-unknown-needs-turnover = de boete van de groep { $fine }: het plafond is onbekend, want de vaste bedragen zijn in euro en de koers wordt niet genoemd; zij blijft binnen het plafond als de omzet van de onderneming ten minste { $needed } was (boete / { $percent } %, naar boven afgerond op de cent)
group-fine-needs-turnover = de boete van de groep { $fine } ligt boven { $ceiling }, wat het plafond { $why ->
        [band] aan de ondergrens van de omzetbandbreedte zeker bereikt
        [fixed-unknown] zeker bereikt nu de vaste bedragen niet bekend zijn in de valuta
       *[turnover-unknown] bij onbekende omzet zeker bereikt
    }; zij blijft binnen het plafond als de omzet van de onderneming ten minste { $needed } was (boete / { $percent } %, naar boven afgerond op de cent)

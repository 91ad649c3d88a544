## Boetebeleidsregels AP 2019 (calc::ap2019).

ap2019-not-dutch = de Boetebeleidsregels AP 2019 zijn de beleidsregels van de Nederlandse AP; de autoriteit in deze zaak is niet Nederlands
ap2019-decided-before-in-force = het besluit van { $decided } ging vooraf aan de inwerkingtreding van de Boetebeleidsregels AP 2019 op { $in_force }; de AP paste toen haar eerdere beleidsregels toe
ap2019-infringement-after-repeal = de overtreding begon op { $from }, nadat de Boetebeleidsregels AP 2019 waren ingetrokken (met ingang van { $repealed }); de AP past ze alleen toe op eerdere overtredingen
ap2019-infringement-date-unknown = de Boetebeleidsregels AP 2019 zijn ingetrokken met ingang van { $repealed }, vóór dit besluit; de AP past ze nog toe op eerdere overtredingen (ICS 2023 rn. 36, Kruidvat 2024 rn. 85): geef de `from`-datum van de overtreding op, zodat art83 dit kan nagaan
ap2019-category = categorie { $category } ({ $source }): bandbreedte { $low } - { $high }, basisboete
    .rule = Boetebeleidsregels AP 2019, categorieën
ap2019-category-named = genoemd in het zaakbestand
ap2019-category-option = opgegeven met --category
ap2019-category-annex = { $article } { -gdpr } ({ $source })
ap2019-annex = bijlage { $annex }
ap2019-annex-applied = bijlage { $annex }; { $decision }
ap2019-annex-part-of = bijlage { $annex } (deel van { $provision } { -gdpr })
ap2019-art-7-percent = { $factor }: { $change } van de basisboete ({ $reason }) = { $delta }
    .rule = Boetebeleidsregels AP 2019, artikel 7
ap2019-art-7-amount = { $factor }: { $change } ({ $reason })
    .rule = Boetebeleidsregels AP 2019, artikel 7
ap2019-art-7-together = { $base } { $sign ->
        [minus] -
       *[plus] +
    } { $change }: de aanpassingen samen, elk berekend over de basisboete, dus de volgorde doet er niet toe
    .rule = Boetebeleidsregels AP 2019, artikel 7
ap2019-beyond-bandwidth-unused = beyond_bandwidth ("{ $reason }") wordt niet gebruikt: de boete van { $fine } blijft binnen de bandbreedte van categorie { $category }
ap2019-next-category = de bandbreedte van de naastgelegen categorie, { $category } ({ $low } - { $high }): { $reason }
    .rule = Boetebeleidsregels AP 2019, artikel 8.1
ap2019-above-category-iv = de boete van { $fine } ligt boven de bandbreedte van categorie IV; artikel 8.1 reikt alleen tot de naastgelegen categorie en de beleidsregels kennen geen categorie boven IV
ap2019-above-category-iv-step = boven categorie IV: { $reason }
    .rule = Boetebeleidsregels AP 2019, artikel 8.1
ap2019-repeat-offence = recidive binnen vijf jaar: +{ $percent } %
    .rule = Boetebeleidsregels AP 2019 (recidive, artikel 1, onder d)
ap2019-proportionality = { $factor ->
        [proportionality] evenredigheid
       *[other] { $factor }
    }: { $change } ({ $reason })
    .rule = evenredigheid (artikelen 3:4 en 5:46 Awb)
ap2019-ability-to-pay = { $factor ->
        [ability-to-pay] draagkracht
       *[other] { $factor }
    }: { $change } ({ $reason })
    .rule = Boetebeleidsregels AP 2019, artikel 9 (draagkracht)
ap2019-art-10-capped = begrensd op het wettelijk maximum { $cap }
    .rule = artikel 83, vierde tot en met zesde lid, AVG; Boetebeleidsregels AP 2019, artikel 10

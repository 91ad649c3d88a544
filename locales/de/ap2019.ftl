## Die Bußgeldleitlinien der niederländischen AP von 2019, Boetebeleidsregels 2019 (calc::ap2019).

ap2019-not-dutch = die Boetebeleidsregels 2019 sind die Bußgeldleitlinien der niederländischen Aufsichtsbehörde (AP); die Aufsichtsbehörde dieses Falls ist nicht niederländisch
ap2019-decided-before-in-force = die Entscheidung vom { $decided } erging vor dem Inkrafttreten der Boetebeleidsregels 2019 am { $in_force }; die AP wandte damals ihre früheren Bußgeldleitlinien an
ap2019-infringement-after-repeal = der Verstoß begann am { $from }, nachdem die Boetebeleidsregels 2019 aufgehoben wurden (mit Wirkung vom { $repealed }); die AP wendet sie nur auf frühere Verstöße an
ap2019-infringement-date-unknown = die Boetebeleidsregels 2019 wurden mit Wirkung vom { $repealed } aufgehoben, vor dieser Entscheidung; die AP wendet sie weiter auf frühere Verstöße an (ICS 2023 Rn. 36, Kruidvat 2024 Rn. 85): geben Sie das Datum `from` des Verstoßes an, damit art83 es prüfen kann
ap2019-category = Kategorie { $category } ({ $source }): Bandbreite { $low } - { $high }, Grundbetrag
    .rule = Boetebeleidsregels 2019, Kategorien
ap2019-category-named = in der Falldatei angegeben
ap2019-category-option = mit --category angegeben
ap2019-category-annex = { $article } { -gdpr } ({ $source })
ap2019-annex = Anlage { $annex }
ap2019-annex-applied = Anlage { $annex }; { $decision }
ap2019-annex-part-of = Anlage { $annex } (Teil von { $provision } { -gdpr })
ap2019-art-7-percent = { $factor }: { $change } des Grundbetrags ({ $reason }) = { $delta }
    .rule = Boetebeleidsregels 2019, Art. 7
ap2019-art-7-amount = { $factor }: { $change } ({ $reason })
    .rule = Boetebeleidsregels 2019, Art. 7
ap2019-art-7-together = { $base } { $sign ->
        [minus] -
       *[plus] +
    } { $change }: die Anpassungen zusammen, jede vom Grundbetrag berechnet, ihre Reihenfolge ist daher ohne Belang
    .rule = Boetebeleidsregels 2019, Art. 7
ap2019-beyond-bandwidth-unused = beyond_bandwidth ("{ $reason }") wird nicht verwendet: die Geldbuße von { $fine } bleibt innerhalb der Bandbreite der Kategorie { $category }
ap2019-next-category = die Bandbreite der benachbarten Kategorie, { $category } ({ $low } - { $high }): { $reason }
    .rule = Boetebeleidsregels 2019, Art. 8.1
ap2019-above-category-iv = die Geldbuße von { $fine } liegt über der Bandbreite der Kategorie IV; Art. 8.1 reicht nur bis zur benachbarten Kategorie, und die Leitlinien kennen keine über IV
ap2019-above-category-iv-step = über Kategorie IV: { $reason }
    .rule = Boetebeleidsregels 2019, Art. 8.1
ap2019-repeat-offence = Wiederholungsverstoß innerhalb von fünf Jahren: +{ $percent } %
    .rule = Boetebeleidsregels 2019 (Wiederholung, Art. 1 Buchst. d)
ap2019-proportionality = { $factor ->
        [proportionality] Verhältnismäßigkeit
       *[other] { $factor }
    }: { $change } ({ $reason })
    .rule = Verhältnismäßigkeit (Art. 3:4, 5:46 Awb, niederländisches Verwaltungsrecht)
ap2019-ability-to-pay = { $factor ->
        [ability-to-pay] Leistungsfähigkeit
       *[other] { $factor }
    }: { $change } ({ $reason })
    .rule = Boetebeleidsregels 2019, Art. 9 (Leistungsfähigkeit)
ap2019-art-10-capped = begrenzt auf den Höchstbetrag von { $cap }
    .rule = Art. 83 Abs. 4 bis 6 { -gdpr }; Boetebeleidsregels 2019, Art. 10

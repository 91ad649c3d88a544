## The Dutch AP's Boetebeleidsregels 2019 (calc::ap2019).

ap2019-not-dutch = the Boetebeleidsregels 2019 are the policy rules of the Dutch AP; this case's authority is not Dutch
ap2019-decided-before-in-force = the decision of { $decided } came before the Boetebeleidsregels 2019 entered into force on { $in_force }; the AP then applied its earlier policy rules
ap2019-infringement-after-repeal = the infringement began on { $from }, after the Boetebeleidsregels 2019 were repealed (with effect from { $repealed }); the AP applies them only to earlier infringements
ap2019-infringement-date-unknown = the Boetebeleidsregels 2019 were repealed with effect from { $repealed }, before this decision; the AP still applies them to earlier infringements (ICS 2023 para 36, Kruidvat 2024 para 85): give the violation's `from` date so art83 can check
ap2019-category = category { $category } ({ $source }): bandwidth { $low } - { $high }, basic fine
    .rule = Boetebeleidsregels 2019 categories
ap2019-category-named = named in the case file
ap2019-category-option = given with --category
ap2019-category-annex = { $article } ({ $source })
ap2019-annex = Annex { $annex }
ap2019-annex-applied = Annex { $annex }; { $decision }
ap2019-annex-part-of = Annex { $annex } (part of { $provision })
ap2019-art-7-percent = { $factor }: { $change } of the basic fine ({ $reason }) = { $delta }
    .rule = Boetebeleidsregels 2019 Art. 7
ap2019-art-7-amount = { $factor }: { $change } ({ $reason })
    .rule = Boetebeleidsregels 2019 Art. 7
ap2019-art-7-together = { $base } { $sign ->
        [minus] -
       *[plus] +
    } { $change }: the adjustments together, each taken of the basic fine, so their order does not matter
    .rule = Boetebeleidsregels 2019 Art. 7
ap2019-beyond-bandwidth-unused = beyond_bandwidth ("{ $reason }") is not used: the fine { $fine } stays within the category { $category } bandwidth
ap2019-next-category = the bandwidth of the next category, { $category } ({ $low } - { $high }): { $reason }
    .rule = Boetebeleidsregels 2019 Art. 8.1
ap2019-above-category-iv = the fine { $fine } lies above category IV's bandwidth; Art. 8.1 reaches only the next category and the policy rules name none above IV
ap2019-above-category-iv-step = above category IV: { $reason }
    .rule = Boetebeleidsregels 2019 Art. 8.1
ap2019-repeat-offence = repeat offence within five years: +{ $percent } %
    .rule = Boetebeleidsregels 2019 (recidive, Art. 1(d))
ap2019-proportionality = { $factor ->
        [proportionality] proportionality
       *[other] { $factor }
    }: { $change } ({ $reason })
    .rule = Awb 3:4, 5:46 (proportionality)
ap2019-ability-to-pay = { $factor ->
        [ability-to-pay] ability to pay
       *[other] { $factor }
    }: { $change } ({ $reason })
    .rule = Boetebeleidsregels 2019 Art. 9 (ability to pay)
ap2019-art-10-capped = capped at the legal maximum { $cap }
    .rule = Art. 83(4)-(6); Boetebeleidsregels 2019 Art. 10

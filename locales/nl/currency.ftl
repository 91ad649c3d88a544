## Een besluit in een andere valuta dan de euro: de koers, de tegenwaarden in euro (calc::currency).

currency-rate = { $direction ->
        [per-eur] { $rate } { $code } per EUR
        [eur-per-unit] { $rate } EUR per { $code }
       *[unknown] geen koers naar { $code } vermeld
    }
currency-total-in-euros = het totaal tegen { $rate }, rekenkundig afgerond op de cent
    .rule = tegenwaarde in euro
currency-rule = { $country }: { $rule } ({ $source })
currency-rule-unknown = art83 kent voor deze autoriteit geen regel om de maxima in euro om te rekenen naar { $code }: de opgegeven koers, { $rate }, wordt gebruikt
currency-rate-date-off-rule = rate_date { $given } past niet bij de regel ({ $rule }): verwacht { $expected }
currency-rate-date-missing = geen rate_date: de regel ({ $rule }) vraagt de koers van { $expected }
currency-rate-unknown = het besluit noemt geen koers naar de euro (`per_eur = "unknown"`): de vaste maxima van artikel 83, vierde tot en met zesde lid, { -gdpr }, in euro, zijn niet bekend in { $code }; een maximum is ten minste het percentage van een omzet in { $code } waar die gegeven is, anders onbekend{ $published ->
        [yes] ; `published_total_eur` wordt niet vergeleken
       *[no] {""}
    }
currency-total-eur-matches = de tegenwaarde in euro uit het besluit, { $published }, klopt: { $how }
currency-total-eur-differs = het besluit noemt een tegenwaarde in euro van { $published }; het totaal tegen { $rate } is { $total }
currency-total-at-rate = het totaal tegen { $rate }, rekenkundig afgerond { $places ->
        [0] op hele eenheden
        [1] op één decimaal
        [2] op de cent
       *[other] op { $places } decimalen
    }, zoals het besluit het schrijft
currency-set-in-euros = een boete vastgesteld in euro: { $published } tegen { $rate }, rekenkundig afgerond op { $unit ->
        [unit] hele eenheden
       *[cent] de cent
    }, geeft het totaal { $total }

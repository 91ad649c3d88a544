## A decision in another currency than the euro: its rate, the EUR equivalents (calc::currency).

# The case's rate, as the steps cite it.
currency-rate = { $direction ->
        [per-eur] { $rate } { $code } per EUR
        [eur-per-unit] { $rate } EUR per { $code }
       *[unknown] no rate to { $code } stated
    }
currency-total-in-euros = the total at { $rate }, rounded half-up to the cent
    .rule = EUR equivalent
currency-rule = { $country }: { $rule } ({ $source })
currency-rule-unknown = art83 holds no rule for converting the EUR maxima into { $code } for this authority: the rate given, { $rate }, is used
currency-rate-date-off-rule = rate_date { $given } does not fit the rule ({ $rule }): expected { $expected }
currency-rate-date-missing = no rate_date: the rule ({ $rule }) asks for the rate of { $expected }
currency-rate-unknown = the decision states no rate to the euro (`per_eur = "unknown"`): the fixed maxima of Art. 83(4)-(6), in euros, are not known in { $code }; a maximum is at least the percentage of a turnover in { $code } where one is given, else not known{ $published ->
        [yes] ; `published_total_eur` is not compared
       *[no] {""}
    }
currency-total-eur-matches = the decision's EUR equivalent { $published } matches: { $how }
currency-total-eur-differs = the decision states a EUR equivalent of { $published }; the total at { $rate } is { $total }
# How the stated EUR equivalent was reached: from the total, or the total from a fine set in euros.
currency-total-at-rate = the total at { $rate }, rounded half-up { $places ->
        [0] to the unit
        [1] to one decimal
        [2] to the cent
       *[other] to { $places } decimals
    }, as the decision writes it
currency-set-in-euros = a fine set in euros: { $published } at { $rate }, rounded half-up to the { $unit ->
        [unit] unit
       *[cent] cent
    }, gives the total { $total }

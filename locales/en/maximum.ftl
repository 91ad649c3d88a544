## Legal maxima: Art. 83(4)-(6), and Art. 83(7) for public bodies (calc::maximum).

# Why the turnover-based maximum is not known.
maximum-unknown-reason = { $why ->
        [public-body] public body (Art. 83(7))
        [rate-unknown] turnover known only in another currency, at a rate not stated
        [band] turnover known only as a band
        [clearview] turnover unknown; the AP then takes the fixed amount as its reference (AP Clearview para 210)
       *[unknown] turnover unknown
    }
# A turnover the decision states only as a band.
turnover-band = { $ends ->
        [both] above { $low } up to { $high }
        [low] above { $low }
        [high] up to { $high }
       *[none] any amount
    }

## The turnover: its year, its currency (the steps of the turnover).

maximum-turnover-in-euros = in euros at { $rate }, rounded half-up to the cent, for the size bands of EDPB step 2b
    .rule = currency conversion
maximum-turnover-in-currency = in { $code } at { $rate }{ $rounded ->
        [yes] , rounded half-up to the cent
       *[no] {""}
    }
    .rule = currency conversion
maximum-turnover-rate-unknown = the decision states no rate to { $code }: the turnover of { $turnover } is not known in { $code }
    .rule = currency conversion
maximum-turnover-table-no-rate = { $turnover }: the decision states no rate to euros, so the turnover in euros is not known
    .rule = currency conversion
maximum-turnover-table-converted = { $turnover } x { $rate } EUR per { $code } at the stated rate
    .rule = currency conversion
maximum-turnover-what-if = turnover given on the command line (what-if), replacing the case file's
    .rule = {"--turnover"}
maximum-turnover-unknown = turnover not known: for an undertaking each maximum is the higher of the fixed amount and the percentage of turnover, so it is at least the fixed amount
    .rule = Art. 83(4)-(6)
maximum-turnover-given = turnover as given{ $chosen ->
        [yes] , for financial year { $year } as the authority chose
        [no] , taken as financial year { $year }, the year preceding the decision
       *[none] {""}
    }
    .rule = Art. 83(4)-(6)
maximum-turnover-band = turnover redacted; the decision states a band: { $band }: each maximum lies between what the two ends give
    .rule = Art. 83(4)-(6)
maximum-turnover-of-year = financial year { $year }, in { $code ->
        [EUR] euros
       *[other] { $code }
    }
    .rule = turnover
maximum-year-chosen = financial year { $year }, as the authority chose (`turnover_year`)
    .rule = turnover year
maximum-year-chosen-not-preceding = financial year { $year }, as the authority chose (`turnover_year`), not { $preceding }, the year preceding the decision of { $decided }
    .rule = turnover year
maximum-year-preceding = financial year { $year } precedes the decision of { $decided }
    .rule = { $source ->
        [edpb] EDPB Guidelines 04/2022 para 131
       *[gdpr] Art. 83(4)-(6) "preceding financial year"
    }

## Public bodies (Art. 83(7)).

maximum-public-body = public body{ $kind ->
        [none] {""}
       *[other] {" "}({ $kind })
    }: { $provision } decides ({ $scope }): { $fines }
    .rule = Art. 83(7)
maximum-public-body-fines = { $fines ->
        [fixed-maxima] the fixed maxima, no turnover-based maximum
        [capped] fines up to { $cap }
        [capped-by-tier] fines up to { $cap } for Art. 83(4) infringements, { $other } for the others
       *[not-allowed] no administrative fines
    }
maximum-public-body-no-rule = public body{ $kind ->
        [none] {""}
       *[other] {" "}({ $kind })
    }: Member State law decides (Art. 83(7)); art83 holds no rule for { $country ->
        [none] an authority without a country code
       *[other] { $country }
    }: the fixed maxima are shown
    .rule = Art. 83(7)
maximum-public-body-as-undertaking = public body acting as an undertaking: { $provision } decides ({ $scope }): the maxima of Art. 83(4)-(6) as for any undertaking
    .rule = Art. 83(7)
maximum-public-body-as-undertaking-no-rule = public body acting as an undertaking: the maxima of Art. 83(4)-(6) as for any undertaking; art83 holds no rule of { $country ->
        [none] an authority without a country code
       *[other] { $country }
    } on such bodies
    .rule = Art. 83(7)

## A tier's legal maximum (the rule is the tier: Art. 83(4), 83(5) or 83(6)).

# The fixed amount, with its conversion where the case has a currency.
maximum-fixed = { $fixed }{ $converted ->
        [yes] {" "}({ $fixed_eur } at { $rate }{ $rounded ->
            [yes] , rounded half-up to the cent
           *[no] {""}
        })
       *[no] {""}
    }
maximum-higher-of = higher of { $fixed } and { $percent } % of turnover { $turnover }{ $year ->
        [other] {" "}(financial year { $year })
       *[none] {""}
    } = { $share }: { $winner ->
        [percentage] the percentage
       *[fixed] the fixed amount
    }
    .rule = { $tier }
maximum-at-least = at least { $maximum }: the higher of { $fixed } and { $percent } % of turnover; { $reason }
    .rule = { $tier }
maximum-band = { $ends ->
        [fixed] { $lower }: the higher of { $fixed } and { $percent } % of a turnover { $band } is the fixed amount throughout
        [both] at least { $lower }, at most { $upper }: the higher of { $fixed } and { $percent } % of a turnover { $band }
       *[open] at least { $lower }, with no upper end: the higher of { $fixed } and { $percent } % of a turnover { $band }
    }
    .rule = { $tier }
maximum-rate-unknown = { $known ->
        [turnover] at least { $share }: { $percent } % of turnover { $turnover }; the fixed amount { $fixed } is not known in { $code }: the decision states no rate
       *[nothing] not known: the fixed amount { $fixed } is not known in { $code } (the decision states no rate), nor the turnover in { $code }
    }
    .rule = { $tier }
maximum-public-body-fixed = fixed maximum { $fixed }: public body (Art. 83(7))
    .rule = { $tier }
maximum-public-body-cap = { $cap ->
        [fixed-maxima] fixed maximum { $amount } for a public body
        [capped] { $amount } for a public body, whatever the tier ({ $tier })
        [by-tier] { $amount } for a public body, for an { $tier } infringement
       *[not-allowed] no fine may be imposed on this public body
    } ({ $provision }, Art. 83(7))
    .rule = { $tier }

## A fine under national law beside the GDPR's: its maximum (calc::national).

national-maximum-stated = { $provision }: the maximum as the decision states it, { $stated }; art83 holds no table for it
    .rule = national law
national-no-maximum = { $provision }: national law, no Art. 83 tier; maximum unknown
    .rule = national law
national-maximum-as-tier = { $provision }: no Art. 83 tier; { $source } sets the amounts of { $tier }: { $maximum }
    .rule = national law
national-maximum-unknown = a fine under { $provision }: art83 holds no maximum for it and the case file states none (`maximum`), so the fine is not checked
national-maximum-differs = the case file states a maximum of { $stated } under { $provision }; { $source } gives { $computed }
national-fine-needs-turnover = fine { $fine } is above { $maximum }, what the maximum under { $provision } is known to reach with turnover unknown; it is within it if the undertaking's turnover was at least { $needed } (fine / { $percent } %, rounded up to the cent)
national-fine-exceeds = fine { $fine } exceeds the maximum { $maximum } under { $provision }
maximum-turnover-and-rate-unknown = turnover not known, and the decision states no rate to the euro: the fixed amounts are not known in { $code } either, so no maximum is known
    .rule = Art. 83(4)-(6)

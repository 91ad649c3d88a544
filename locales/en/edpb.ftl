## EDPB Guidelines 04/2022 on the calculation of administrative fines (calc::edpb).

edpb-guidelines-postdate-decision = EDPB Guidelines 04/2022 were adopted on { $adopted }, after the decision of { $decided }: the steps show what the method gives, not what the authority did
edpb-step-2a-band = { $seriousness ->
        [low] low
        [medium] medium
       *[high] high
    } seriousness: { $low }-{ $high } % of { $basis ->
        [at-least] the legal maximum, at least { $maximum } with turnover unknown, = at least
       *[exact] the legal maximum { $maximum } =
    } { $from } - { $to }; { $choice ->
        [position] position { $position } in the band
       *[chosen] starting amount chosen
    }
    .rule = EDPB step 2a
edpb-step-2b-size = turnover { $turnover } in the band above { $above } up to { $up_to }: { $low }-{ $high } % of the starting amount{ $verified ->
        [no] { " " }(band percentages unverified)
       *[yes] { "" }
    }; took { $percent } %
    .rule = EDPB step 2b
edpb-turnover-band = { $ends ->
        [both] above { $low } up to { $high }
        [above] above { $low }
        [up-to] up to { $high }
       *[any] any amount
    }
edpb-step-2b-above-500m = no size adjustment: turnover { $turnover } is above EUR 500,000,000 (EDPB Guidelines 04/2022 section 4.3)
    .rule = EDPB step 2b
edpb-step-2b-band-spans = no size adjustment: turnover known only as a band, { $turnover }, which spans more than one size band
    .rule = EDPB step 2b
edpb-step-2b-public-body = no size adjustment: public body (Art. 83(7))
    .rule = EDPB step 2b
edpb-step-2b-unknown = no size adjustment: { $reason ->
        [rate-unknown] turnover known only in another currency, at a rate not stated
        [band] turnover known only as a band
        [public-body] public body (Art. 83(7))
        [ap-clearview] turnover unknown; the AP then takes the fixed amount as its reference (AP Clearview para 210)
       *[unknown] turnover unknown
    }
    .rule = EDPB step 2b
adjustment-change-percent = { $sign ->
        [minus] -
       *[plus] +
    }{ $percent } %
adjustment-change-amount = { $sign ->
        [minus] -
       *[plus] +
    }{ $amount }
edpb-step-3-percent = { $factor }: { $change } of the step-2 amount ({ $reason }) = { $delta }
    .rule = EDPB step 3
edpb-step-3-amount = { $factor }: { $change } ({ $reason })
    .rule = EDPB step 3
edpb-step-3-together = { $base } { $sign ->
        [minus] -
       *[plus] +
    } { $change }: the adjustments together, each taken of the step-2 amount, so their order does not matter
    .rule = EDPB step 3
edpb-step-4-capped = capped at the legal maximum { $cap }
    .rule = EDPB step 4
edpb-step-4-within = within the legal maximum { $cap }
    .rule = EDPB step 4
edpb-step-5 = { $factor }: { $change } ({ $reason })
    .rule = EDPB step 5
edpb-step-5-capped = capped at the legal maximum { $cap }
    .rule = EDPB step 5

## The case's total: groups and violations added up, checked against the decision (calc::calculation).

total-group-linked = group `{ $group }`: one fine for linked processing
    .rule = Art. 83(3)
total-group-combined = group `{ $group }`: one fine for separate infringements
    .rule = combined fine
total-violation = violation `{ $violation }`
    .rule = { $law ->
        [national] national law
       *[gdpr] Art. 83(2)
    }
total-sum = sum of the fines above
    .rule = total
total-after-settlement = the total after the settlement reductions
    .rule = total
total-differs = the decision states a total of { $published }, the fines add up to { $total }
total-penalties-max-differs = the decision states penalty maxima of { $published } together; the orders' ceilings { $ceilings ->
        [known] add up to { $max }
       *[unknown] cannot be added up (an order has no `max`)
    }
total-nothing-to-collect = no payment term, interest or outstanding amount: the total that stands after the appeals is not known
total-public-body-as-undertaking = art83 holds no rule of { $country ->
        [none] the authority (no country code in `authority`)
       *[other] { $country }
    } on a public body acting as an undertaking: it is fined as an undertaking (Art. 83(4)-(6)), but national law may say otherwise
total-public-body-turnover-ignored = a public body has no turnover-based maximum (Art. 83(7)): the turnover given is not used
total-public-body-rule-unknown = art83 holds no Art. 83(7) rule for { $country ->
        [none] the authority (no country code in `authority`)
       *[other] { $country }
    }: the fixed maxima are shown, but national law may cap or exclude fines on public bodies

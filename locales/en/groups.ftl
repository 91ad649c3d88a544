## Groups: one fine for several violations, and its ceiling (calc::groups).

group-ceiling = { $by ->
        [sum] one fine for separate infringements (no Art. 83(3)): each keeps its own maximum, so the ceiling is their sum, { $amount }
        [gravest] ceiling { $amount }: the legal maximum of the gravest infringement, `{ $gravest }`
        [tied] ceiling { $amount }: the legal maximum of the gravest infringement; { $tied } share it (a tie the case file does not settle with `gravest`)
       *[none] no member has a legal maximum, so the group has no ceiling
    }
    .rule = { $kind ->
        [linked] Art. 83(3)
       *[combined] combined fine
    }
group-ceiling-amount = { $known ->
        [unknown] not known
        [floor] at least { $ceiling }
        [exact] { $ceiling }
       *[none] none
    }
group-capped = the sum exceeds the ceiling: capped at it
    .rule = EDPB step 4 / Art. 83(3)
group-declared = one fine for the whole group
    .rule = declared
group-sum = the members' fines added up
    .rule = sum
group-partial-fines = the members' partial fines add up to { $sum }; the group's single fine { $fine } is what counts
    .rule = cumulated fine
group-fine-without-ceiling = a fine is set for the group, but Art. 83(4)-(6) list none of its members' articles, so there is no legal maximum to check it against
group-exceeds-ceiling = { $kind ->
        [linked] the fines of linked processing add up to { $fine }, above the Art. 83(3) ceiling { $ceiling }
       *[combined] the combined fine { $fine } is above { $ceiling }, the sum of its infringements' legal maxima
    }
group-ceiling-unknown-needs-turnover = the group's fine { $fine }: its ceiling is not known, the fixed amounts being in euros and the rate not stated; it is within the ceiling if the undertaking's turnover was at least { $needed } (fine / { $percent } %, rounded up to the cent)
group-fine-needs-turnover = the group's fine { $fine } is above { $ceiling }, what its ceiling is known to reach { $why ->
        [band] at the lower end of the turnover band
        [fixed-unknown] with the fixed amounts not known in the currency
       *[turnover-unknown] with turnover unknown
    }; it is within the ceiling if the undertaking's turnover was at least { $needed } (fine / { $percent } %, rounded up to the cent)

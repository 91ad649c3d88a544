## What `check` compares and questions: a published maximum (calc::published), figures with
## nothing to compare (app::check), dates and amounts that are most likely wrong (calc::plausible,
## input::lint).

published-maximum-rounded = the decision states a maximum of { $published }: the legal maximum { $computed } rounded to { $unit ->
        [euro] the euro
       *[cent] the cent
    }, the decision's own rounding
published-maximum-differs = the decision states a maximum of { $published }; the legal maximum is { $computed }
published-maximum-no-tier = the decision states a maximum of { $published }; Art. 83(4)-(6) list none of the articles, so art83 has none to compare
published-maximum-implies-turnover = the decision states a maximum of { $published }; with turnover unknown the legal maximum is at least { $floor }: the stated one implies a turnover of { $turnover } ({ $published } / { $percent } %)
published-maximum-unverified = the decision states a maximum of { $published }; with turnover unknown the legal maximum is at least { $floor }, so the stated one cannot be checked
check-nothing-to-check = the case file states no published figure (`published_total`, `published_total_eur`, `published_final_total`, `published_maximum`, `published_penalties_max`, `published_forfeited`, `published_paid`, `[[penalty.liquidation]]`): nothing was compared with the decision, so `check` does not vouch for it (exit 1; `--allow-unpublished` lets it pass on its legal checks alone)
plausible-decided-in-the-future = the decision is dated { $decided }, after { $as_of } (today, or --as-of): check `decided`
plausible-published-before-decided = published on { $published }, before the decision of { $decided }: check `published` and `decided`
plausible-complied-by-the-deadline = complied on { $complied }, by the deadline of { $due }: nothing can be forfeited{ $awb ->
        [yes] {" "}(Awb 5:32(1))
       *[no] {""}
    }; check `complied` and the deadline
plausible-breaches-after-complied = { $count } breach date(s) on or after compliance on { $complied } forfeit nothing and are not counted (the first: { $first }); check `breaches` and `complied`
plausible-breaches-after-as-of = { $count } breach date(s) on or after { $as_of } (today, or --as-of) are not counted yet (the first: { $first })
lint-turnover-not-given = the case file gives no `turnover`: it is taken as unknown, so each maximum is at least the fixed amount; write the amount, or `turnover = "unknown"` to say it is not known
lint-thousands-separator = line { $line }: { $key } { $value } is read as { $read } (the dot is the decimal mark); if { $meant } is meant, write { $written }

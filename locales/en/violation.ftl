## One violation: its fine and the legal maximum it is held to (calc::violation).

violation-declared = the fine imposed for this violation
    .rule = declared
violation-proposed = the amount proposed before the settlement
    .rule = proposed
violation-size-percent-ignored = size_percent { $percent } is not used: step 2b applies only to a known turnover up to EUR 500,000,000
violation-fine-without-tier = a fine is set, but none of the articles is listed in Art. 83(4)-(6), so there is no legal maximum to check it against
violation-method-not-compared = --method is not applied here: this violation's fine is computed with its own [violation.{ $table }] table
violation-fine-exceeds-maximum = fine { $fine } exceeds the legal maximum { $maximum } ({ $tier })
violation-fine-on-exempt-public-body = fine { $fine } on a public body that national law exempts from fines (Art. 83(7))
violation-maximum-unknown-needs-turnover = fine { $fine }: the { $tier } maximum is not known, its fixed amount being in euros and the rate not stated; it is within the maximum if the undertaking's turnover was at least { $needed } (fine / { $percent } %, rounded up to the cent)
violation-fine-needs-turnover = fine { $fine } is above { $maximum }, what the { $tier } maximum is known to reach { $why ->
        [fixed-unknown] with its fixed amount not known in the currency
        [band] at the lower end of the turnover band
       *[turnover-unknown] with turnover unknown
    }; it is within the maximum if the undertaking's turnover was at least { $needed } (fine / { $percent } %, rounded up to the cent)

## The tier: which paragraph of Art. 83(4)-(6) lists the violation's articles.

violation-tier = { $tier } lists { $listed }
    .rule = tier
# A cited article in a list, with the point of Art. 83(4)-(6) that lists it; the next follows.
violation-article = { $article }{ $listed ->
        [yes] {" "}({ $listed_in })
       *[no] {""}
    }{ $more ->
        [yes] , { $next }
       *[no] {""}
    }
violation-articles-without-tier = Art. 83(4)-(6) do not list { $articles }: { $tiered ->
        [yes] they do not set the tier
       *[no] this violation has no legal maximum
    }

## Why a method compared with (`--method`) gives no result: the comparison's note.

comparison-no-legal-maximum = no legal maximum: Art. 83(4)-(6) list none of the articles
comparison-ap2019-not-in-euros = the Boetebeleidsregels 2019 are the Dutch AP's policy rules, with bandwidths in euros; this case is in { $currency }, and art83 does not apply them in another currency (no authority converts them): declare the fine, or compare with the EDPB method
comparison-no-annex-category = the known annex entries of the Boetebeleidsregels 2019 do not cover { $articles }; compare with a category of your choosing: `--method ap2019 --category III` (I-IV)
comparison-no-result-for = no result for { $ids }: the method gives none for them (see above)
# A method's arithmetic beyond exact decimals: the error's own text.
comparison-failed = the method gives no result: { $error }

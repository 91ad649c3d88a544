## Ein Verstoß: seine Geldbuße und der gesetzliche Höchstbetrag, an dem sie gemessen wird (calc::violation).

violation-declared = die für diesen Verstoß verhängte Geldbuße
    .rule = verhängt
violation-proposed = der vor dem Vergleich vorgeschlagene Betrag
    .rule = vorgeschlagen
violation-size-percent-ignored = size_percent { $percent } wird nicht verwendet: Schritt 2b gilt nur bei einem bekannten Umsatz bis 500.000.000 EUR
violation-fine-without-tier = eine Geldbuße ist festgesetzt, aber Art. 83 Abs. 4 bis 6 { -gdpr } nennt keinen der Artikel, also gibt es keinen gesetzlichen Höchstbetrag, an dem sie zu prüfen wäre
violation-method-not-compared = --method wird hier nicht angewandt: die Geldbuße dieses Verstoßes wird mit ihrer eigenen Tabelle [violation.{ $table }] berechnet
violation-fine-exceeds-maximum = die Geldbuße von { $fine } übersteigt den gesetzlichen Höchstbetrag von { $maximum } ({ $tier } { -gdpr })
violation-fine-on-exempt-public-body = Geldbuße von { $fine } gegen eine öffentliche Stelle, die das nationale Recht von Geldbußen ausnimmt (Art. 83 Abs. 7 { -gdpr })
violation-maximum-unknown-needs-turnover = Geldbuße von { $fine }: der Höchstbetrag nach { $tier } { -gdpr } ist nicht bekannt, da sein fester Betrag in Euro lautet und kein Kurs angegeben ist; sie liegt innerhalb des Höchstbetrags, wenn der Umsatz des Unternehmens mindestens { $needed } betrug (Geldbuße / { $percent } %, auf den Cent aufgerundet)
violation-fine-needs-turnover = die Geldbuße von { $fine } liegt über { $maximum }, dem Betrag, den der Höchstbetrag nach { $tier } { -gdpr } { $why ->
        [fixed-unknown] sicher erreicht, da sein fester Betrag in der Währung nicht bekannt ist
        [band] am unteren Ende der Umsatzspanne sicher erreicht
       *[turnover-unknown] bei unbekanntem Umsatz sicher erreicht
    }; sie liegt innerhalb des Höchstbetrags, wenn der Umsatz des Unternehmens mindestens { $needed } betrug (Geldbuße / { $percent } %, auf den Cent aufgerundet)

## Die Stufe: welcher Absatz von Art. 83 Abs. 4 bis 6 DSGVO die Artikel des Verstoßes nennt.

violation-tier = { $tier } { -gdpr } nennt { $listed }
    .rule = Stufe
violation-article = { $article }{ $listed ->
        [yes] {" "}({ $listed_in })
       *[no] {""}
    }{ $more ->
        [yes] ; { $next }
       *[no] {""}
    }
violation-articles-without-tier = Art. 83 Abs. 4 bis 6 { -gdpr } nennt { $articles } nicht: { $tiered ->
        [yes] sie bestimmen die Stufe nicht
       *[no] dieser Verstoß hat keinen gesetzlichen Höchstbetrag
    }

## Warum eine verglichene Methode (`--method`) kein Ergebnis liefert.

comparison-no-legal-maximum = kein gesetzlicher Höchstbetrag: Art. 83 Abs. 4 bis 6 { -gdpr } nennt keinen der Artikel
comparison-ap2019-not-in-euros = die Boetebeleidsregels 2019 sind die Bußgeldleitlinien der niederländischen AP, mit Bandbreiten in Euro; dieser Fall ist in { $currency }, und art83 wendet sie nicht in einer anderen Währung an (keine Behörde rechnet sie um): geben Sie die Geldbuße an, oder vergleichen Sie mit der EDSA-Methode
comparison-no-annex-category = die bekannten Anhänge der Boetebeleidsregels 2019 nennen { $articles } nicht; vergleichen Sie mit einer Kategorie Ihrer Wahl: `--method ap2019 --category III` (I-IV)
comparison-no-result-for = kein Ergebnis für { $ids }: die Methode liefert dafür keines (siehe oben)
comparison-failed = die Methode liefert kein Ergebnis: { $error }

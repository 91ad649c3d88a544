## Eine Entscheidung in einer anderen Währung als dem Euro: ihr Kurs, die Gegenwerte in Euro (calc::currency).

currency-rate = { $direction ->
        [per-eur] { $rate } { $code } je EUR
        [eur-per-unit] { $rate } EUR je { $code }
       *[unknown] kein Kurs zu { $code } angegeben
    }
currency-total-in-euros = die Summe zum Kurs von { $rate }, kaufmännisch auf den Cent gerundet
    .rule = Gegenwert in Euro
currency-rule = { $country }: { $rule } ({ $source })
currency-rule-unknown = art83 kennt für diese Aufsichtsbehörde keine Regel, die Höchstbeträge in Euro in { $code } umzurechnen: der angegebene Kurs, { $rate }, wird verwendet
currency-rate-date-off-rule = rate_date { $given } passt nicht zur Regel ({ $rule }): erwartet { $expected }
currency-rate-date-missing = kein rate_date: die Regel ({ $rule }) verlangt den Kurs vom { $expected }
currency-rate-unknown = die Entscheidung nennt keinen Kurs zum Euro (`per_eur = "unknown"`): die festen Höchstbeträge von Art. 83 Abs. 4 bis 6 { -gdpr }, in Euro, sind in { $code } nicht bekannt; ein Höchstbetrag ist mindestens der Prozentsatz eines Umsatzes in { $code }, wo einer angegeben ist, sonst nicht bekannt{ $published ->
        [yes] ; `published_total_eur` wird nicht verglichen
       *[no] {""}
    }
currency-total-eur-matches = der Gegenwert in Euro aus der Entscheidung, { $published }, stimmt: { $how }
currency-total-eur-differs = die Entscheidung nennt einen Gegenwert in Euro von { $published }; die Summe zum Kurs von { $rate } beträgt { $total }
currency-total-at-rate = die Summe zum Kurs von { $rate }, kaufmännisch gerundet { $places ->
        [0] auf ganze Einheiten
        [1] auf eine Dezimalstelle
        [2] auf den Cent
       *[other] auf { $places } Dezimalstellen
    }, wie die Entscheidung sie schreibt
currency-set-in-euros = eine in Euro festgesetzte Geldbuße: { $published } zum Kurs von { $rate }, kaufmännisch gerundet auf { $unit ->
        [unit] ganze Einheiten
       *[cent] den Cent
    }, ergibt die Summe { $total }

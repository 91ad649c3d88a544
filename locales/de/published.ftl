## Was `check` vergleicht und bezweifelt: ein veröffentlichter Höchstbetrag, Falldateien ohne
## Vergleichswert, Daten und Beträge, die vermutlich falsch sind.

published-maximum-rounded = die Entscheidung nennt einen Höchstbetrag von { $published }: der gesetzliche Höchstbetrag { $computed }, gerundet auf { $unit ->
        [euro] ganze Euro
       *[cent] den Cent
    }, die eigene Rundung der Entscheidung
published-maximum-differs = die Entscheidung nennt einen Höchstbetrag von { $published }; der gesetzliche Höchstbetrag beträgt { $computed }
published-maximum-no-tier = die Entscheidung nennt einen Höchstbetrag von { $published }; Art. 83 Abs. 4 bis 6 { -gdpr } nennt keinen der Artikel, also hat art83 keinen zum Vergleich
published-maximum-implies-turnover = die Entscheidung nennt einen Höchstbetrag von { $published }; bei unbekanntem Umsatz beträgt der gesetzliche Höchstbetrag mindestens { $floor }: der genannte setzt einen Umsatz von { $turnover } voraus ({ $published } / { $percent } %)
published-maximum-unverified = die Entscheidung nennt einen Höchstbetrag von { $published }; bei unbekanntem Umsatz beträgt der gesetzliche Höchstbetrag mindestens { $floor }, also lässt sich der genannte nicht prüfen
check-nothing-to-check = die Falldatei nennt keinen veröffentlichten Betrag (`published_total`, `published_total_eur`, `published_final_total`, `published_maximum`, `published_penalties_max`, `published_forfeited`, `published_paid`, `[[penalty.liquidation]]`): nichts wurde mit der Entscheidung verglichen, also bürgt `check` nicht für sie (Exit-Code 1; mit `--allow-unpublished` genügen die rechtlichen Prüfungen)
plausible-decided-in-the-future = die Entscheidung ist auf den { $decided } datiert, nach dem { $as_of } (heute, oder --as-of): `decided` prüfen
plausible-published-before-decided = veröffentlicht am { $published }, vor der Entscheidung vom { $decided }: `published` und `decided` prüfen
plausible-complied-by-the-deadline = erfüllt am { $complied }, innerhalb der Frist bis { $due }: nichts kann verwirkt werden{ $awb ->
        [yes] {" "}(Awb 5:32 Abs. 1)
       *[no] {""}
    }; `complied` und die Frist prüfen
plausible-breaches-after-complied = { $count ->
        [one] { $count } Verstoßdatum am oder nach der Erfüllung am { $complied } verwirkt nichts und wird nicht gezählt
       *[other] { $count } Verstoßdaten am oder nach der Erfüllung am { $complied } verwirken nichts und werden nicht gezählt
    } (das erste: { $first }); `breaches` und `complied` prüfen
plausible-breaches-after-as-of = { $count ->
        [one] { $count } Verstoßdatum am oder nach dem { $as_of } (heute, oder --as-of) wird noch nicht gezählt
       *[other] { $count } Verstoßdaten am oder nach dem { $as_of } (heute, oder --as-of) werden noch nicht gezählt
    } (das erste: { $first })
lint-turnover-not-given = die Falldatei nennt keinen `turnover`: er gilt als unbekannt, also beträgt jeder Höchstbetrag mindestens den festen Betrag; den Betrag eintragen, oder `turnover = "unknown"`, um zu sagen, dass er nicht bekannt ist
lint-thousands-separator = Zeile { $line }: { $key } { $value } wird als { $read } gelesen (der Punkt ist das Dezimalzeichen); ist { $meant } gemeint, { $written } schreiben

## Gesetzliche Höchstbeträge: Art. 83 Abs. 4 bis 6 DSGVO, und Abs. 7 für öffentliche Stellen (calc::maximum).

maximum-unknown-reason = { $why ->
        [public-body] öffentliche Stelle (Art. 83 Abs. 7 { -gdpr })
        [rate-unknown] Umsatz nur in einer anderen Währung bekannt, ohne angegebenen Kurs
        [band] Umsatz nur als Spanne bekannt
        [clearview] Umsatz unbekannt; die AP nimmt dann den festen Betrag als Bezugsgröße (AP Clearview, Rn. 210)
       *[unknown] Umsatz unbekannt
    }
turnover-band = { $ends ->
        [both] über { $low } bis { $high }
        [low] über { $low }
        [high] bis { $high }
       *[none] beliebiger Betrag
    }

## Der Umsatz: sein Jahr, seine Währung.

maximum-turnover-in-euros = in Euro zum Kurs von { $rate }, kaufmännisch auf den Cent gerundet, für die Größenklassen von EDSA-Schritt 2b
    .rule = Währungsumrechnung
maximum-turnover-in-currency = in { $code } zum Kurs von { $rate }{ $rounded ->
        [yes] , kaufmännisch auf den Cent gerundet
       *[no] {""}
    }
    .rule = Währungsumrechnung
maximum-turnover-rate-unknown = die Entscheidung nennt keinen Kurs zu { $code }: der Umsatz von { $turnover } ist in { $code } nicht bekannt
    .rule = Währungsumrechnung
maximum-turnover-table-no-rate = { $turnover }: die Entscheidung nennt keinen Kurs zum Euro, also ist der Umsatz in Euro nicht bekannt
    .rule = Währungsumrechnung
maximum-turnover-table-converted = { $turnover } x { $rate } EUR je { $code } zum angegebenen Kurs
    .rule = Währungsumrechnung
maximum-turnover-what-if = Umsatz auf der Befehlszeile angegeben (Was-wäre-wenn), anstelle dessen aus der Falldatei
    .rule = {"--turnover"}
maximum-turnover-unknown = Umsatz nicht bekannt: für ein Unternehmen ist jeder Höchstbetrag der höhere von festem Betrag und Prozentsatz des Umsatzes, also mindestens der feste Betrag
    .rule = Art. 83 Abs. 4 bis 6 { -gdpr }
maximum-turnover-given = Umsatz wie angegeben{ $chosen ->
        [yes] , für das Geschäftsjahr { $year }, wie die Aufsichtsbehörde es wählte
        [no] , als Geschäftsjahr { $year } genommen, das der Entscheidung vorausgehende Jahr
       *[none] {""}
    }
    .rule = Art. 83 Abs. 4 bis 6 { -gdpr }
maximum-turnover-band = Umsatz geschwärzt; die Entscheidung nennt eine Spanne: { $band }: jeder Höchstbetrag liegt zwischen dem, was die beiden Enden ergeben
    .rule = Art. 83 Abs. 4 bis 6 { -gdpr }
maximum-turnover-of-year = Geschäftsjahr { $year }, in { $code ->
        [EUR] Euro
       *[other] { $code }
    }
    .rule = Umsatz
maximum-year-chosen = Geschäftsjahr { $year }, wie die Aufsichtsbehörde es wählte (`turnover_year`)
    .rule = Umsatzjahr
maximum-year-chosen-not-preceding = Geschäftsjahr { $year }, wie die Aufsichtsbehörde es wählte (`turnover_year`), nicht { $preceding }, das der Entscheidung vom { $decided } vorausgehende Jahr
    .rule = Umsatzjahr
maximum-year-preceding = das Geschäftsjahr { $year } geht der Entscheidung vom { $decided } voraus
    .rule = { $source ->
        [edpb] EDSA-Leitlinien 04/2022, Rn. 131
       *[gdpr] Art. 83 Abs. 4 bis 6 { -gdpr } („vorangegangenes Geschäftsjahr“)
    }

## Öffentliche Stellen (Art. 83 Abs. 7 DSGVO).

maximum-public-body = öffentliche Stelle{ $kind ->
        [state] {" "}(der Staat)
        [local] {" "}(kommunale Stelle)
        [other] {" "}(andere Stelle mit öffentlichen Aufgaben)
        [cultural-institution] {" "}(Kultureinrichtung)
        [undertaking] {" "}(als Unternehmen)
       *[none] {""}
    }: { $provision } ist maßgeblich ({ $scope }): { $fines }
    .rule = Art. 83 Abs. 7 { -gdpr }
maximum-public-body-fines = { $fines ->
        [fixed-maxima] die festen Höchstbeträge, kein Höchstbetrag nach Umsatz
        [capped] Geldbußen bis zu { $cap }
        [capped-by-tier] Geldbußen bis zu { $cap } bei Verstößen nach Art. 83 Abs. 4 { -gdpr }, { $other } bei den übrigen
       *[not-allowed] keine Geldbußen
    }
maximum-public-body-no-rule = öffentliche Stelle{ $kind ->
        [state] {" "}(der Staat)
        [local] {" "}(kommunale Stelle)
        [other] {" "}(andere Stelle mit öffentlichen Aufgaben)
        [cultural-institution] {" "}(Kultureinrichtung)
        [undertaking] {" "}(als Unternehmen)
       *[none] {""}
    }: das Recht des Mitgliedstaats ist maßgeblich (Art. 83 Abs. 7 { -gdpr }); art83 kennt keine Regel für { $country ->
        [none] eine Aufsichtsbehörde ohne Ländercode
       *[other] { $country }
    }: die festen Höchstbeträge werden gezeigt
    .rule = Art. 83 Abs. 7 { -gdpr }
maximum-public-body-as-undertaking = öffentliche Stelle, die als Unternehmen handelt: { $provision } ist maßgeblich ({ $scope }): die Höchstbeträge von Art. 83 Abs. 4 bis 6 { -gdpr } wie für jedes Unternehmen
    .rule = Art. 83 Abs. 7 { -gdpr }
maximum-public-body-as-undertaking-no-rule = öffentliche Stelle, die als Unternehmen handelt: die Höchstbeträge von Art. 83 Abs. 4 bis 6 { -gdpr } wie für jedes Unternehmen; art83 kennt keine Regel von { $country ->
        [none] einer Aufsichtsbehörde ohne Ländercode
       *[other] { $country }
    } für solche Stellen
    .rule = Art. 83 Abs. 7 { -gdpr }

## Der gesetzliche Höchstbetrag einer Stufe.

maximum-fixed = { $fixed }{ $converted ->
        [yes] {" "}({ $fixed_eur } zum Kurs von { $rate }{ $rounded ->
            [yes] , kaufmännisch auf den Cent gerundet
           *[no] {""}
        })
       *[no] {""}
    }
maximum-higher-of = der höhere Betrag von { $fixed } und { $percent } % des Umsatzes { $turnover }{ $year ->
        [other] {" "}(Geschäftsjahr { $year })
       *[none] {""}
    } = { $share }: { $winner ->
        [percentage] der Prozentsatz
       *[fixed] der feste Betrag
    }
    .rule = { $tier } { -gdpr }
maximum-at-least = mindestens { $maximum }: der höhere Betrag von { $fixed } und { $percent } % des Umsatzes; { $reason }
    .rule = { $tier } { -gdpr }
maximum-band = { $ends ->
        [fixed] { $lower }: der höhere Betrag von { $fixed } und { $percent } % eines Umsatzes { $band } ist durchweg der feste Betrag
        [both] mindestens { $lower }, höchstens { $upper }: der höhere Betrag von { $fixed } und { $percent } % eines Umsatzes { $band }
       *[open] mindestens { $lower }, ohne Obergrenze: der höhere Betrag von { $fixed } und { $percent } % eines Umsatzes { $band }
    }
    .rule = { $tier } { -gdpr }
maximum-rate-unknown = { $known ->
        [turnover] mindestens { $share }: { $percent } % des Umsatzes { $turnover }; der feste Betrag { $fixed } ist in { $code } nicht bekannt: die Entscheidung nennt keinen Kurs
       *[nothing] nicht bekannt: der feste Betrag { $fixed } ist in { $code } nicht bekannt (die Entscheidung nennt keinen Kurs), ebenso wenig der Umsatz in { $code }
    }
    .rule = { $tier } { -gdpr }
maximum-public-body-fixed = fester Höchstbetrag { $fixed }: öffentliche Stelle (Art. 83 Abs. 7 { -gdpr })
    .rule = { $tier } { -gdpr }
maximum-public-body-cap = { $cap ->
        [fixed-maxima] fester Höchstbetrag { $amount } für eine öffentliche Stelle
        [capped] { $amount } für eine öffentliche Stelle, unabhängig von der Stufe ({ $tier } { -gdpr })
        [by-tier] { $amount } für eine öffentliche Stelle, bei einem Verstoß nach { $tier } { -gdpr }
       *[not-allowed] gegen diese öffentliche Stelle darf keine Geldbuße verhängt werden
    } ({ $provision }, Art. 83 Abs. 7 { -gdpr })
    .rule = { $tier } { -gdpr }

## Eine Geldbuße nach nationalem Recht neben denen der DSGVO: ihr Höchstbetrag (calc::national).

national-maximum-stated = { $provision }: der Höchstbetrag, wie die Entscheidung ihn nennt, { $stated }; art83 hat dafür keine Tabelle
    .rule = nationales Recht
national-no-maximum = { $provision }: nationales Recht, keine Stufe von Art. 83 { -gdpr }; Höchstbetrag unbekannt
    .rule = nationales Recht
national-maximum-as-tier = { $provision }: keine Stufe von Art. 83 { -gdpr }; { $source } setzt die Beträge von { $tier } { -gdpr } fest: { $maximum }
    .rule = nationales Recht
national-maximum-unknown = eine Geldbuße nach { $provision }: art83 kennt dafür keinen Höchstbetrag und die Falldatei nennt keinen (`maximum`), also wird die Geldbuße nicht geprüft
national-maximum-differs = die Falldatei nennt einen Höchstbetrag von { $stated } nach { $provision }; { $source } ergibt { $computed }
national-fine-needs-turnover = die Geldbuße von { $fine } liegt über { $maximum }, dem Betrag, den der Höchstbetrag nach { $provision } bei unbekanntem Umsatz sicher erreicht; sie liegt innerhalb dieses Höchstbetrags, wenn der Umsatz des Unternehmens mindestens { $needed } betrug (Geldbuße / { $percent } %, auf den Cent aufgerundet)
national-fine-exceeds = die Geldbuße von { $fine } übersteigt den Höchstbetrag von { $maximum } nach { $provision }
maximum-turnover-and-rate-unknown = Umsatz nicht bekannt, und der Beschluss nennt keinen Kurs zum Euro: auch die festen Beträge sind in { $code } nicht bekannt, also ist kein Höchstbetrag bekannt
    .rule = Art. 83 Abs. 4 bis 6 { -gdpr }

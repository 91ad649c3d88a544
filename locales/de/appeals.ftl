## Urteile und Entscheidungen über Rechtsbehelfe nach der Entscheidung (calc::appeals).

appeal-by = { $referenced ->
        [yes] { $body } ({ $reference }) vom { $decided }
       *[no] { $body } vom { $decided }
    }
appeal-fine = die Geldbuße
appeal-fine-of-violation = die Geldbuße für Verstoß `{ $violation }`
appeal-step = { $by }: { $outcome ->
        [upheld] { $subject } bleibt bestehen
        [reduced] { $subject } herabgesetzt auf { $fine }
        [reduced-unknown] { $subject } herabgesetzt
        [annulled] { $subject } aufgehoben
        [referred-back] { $subject } an die Aufsichtsbehörde zurückverwiesen, die { $fine } festsetzte
        [referred-back-unknown] { $subject } an die Aufsichtsbehörde zurückverwiesen; der neu festgesetzte Betrag ist unbekannt
        [pending] { $subject } angefochten, noch nicht entschieden; was zuvor bestand, besteht fort
        [reinstated] { $subject } wiederhergestellt auf { $fine }
       *[reinstated-imposed] { $subject } wiederhergestellt, wie die Entscheidung sie verhängte
    }
    .rule = Rechtsbehelf
appeal-upheld-amount-differs = { $by } hat die Geldbuße bestätigt, nennt aber { $fine }, wo { $stood } bestand
appeal-final-total = der Gesamtbetrag, der nach den Rechtsbehelfen besteht
    .rule = Endbetrag
appeal-pending = { $by } hat noch nicht entschieden: was besteht, kann sich noch ändern
appeal-referred-back-unknown = { $by } hat die Sache an die Aufsichtsbehörde zurückverwiesen: der neu festgesetzte Betrag steht nicht in der Falldatei, der bestehende Gesamtbetrag ist daher unbekannt
appeal-group-fine-changed = { $by } hat die Geldbuße für Verstoß `{ $violation }` geändert, der in der Entscheidung keine eigene Geldbuße hat (die eine Geldbuße seiner Gruppe): der bestehende Gesamtbetrag ist unbekannt
appeal-final-total-differs = der Gesamtbetrag nach den Rechtsbehelfen ist mit { $published } angegeben; nach den Rechtsbehelfen besteht { $total }
appeal-final-total-unknown = der Gesamtbetrag nach den Rechtsbehelfen ist mit { $published } angegeben; die Rechtsbehelfe lassen ihn unbekannt, er kann daher nicht verglichen werden
appeal-order-annulled = { $by }: die Anordnung mit der Geldbuße aufgehoben; es wird nichts verwirkt
    .rule = Rechtsbehelf

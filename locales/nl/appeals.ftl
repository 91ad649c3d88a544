## Uitspraken in beroep en beslissingen op bezwaar, na het besluit (calc::appeals).

appeal-by = { $referenced ->
        [yes] { $body } ({ $reference }) van { $decided }
       *[no] { $body } van { $decided }
    }
appeal-fine = de boete
appeal-fine-of-violation = de boete voor overtreding `{ $violation }`
appeal-step = { $by }: { $outcome ->
        [upheld] { $subject } blijft staan
        [reduced] { $subject } verlaagd tot { $fine }
        [reduced-unknown] { $subject } verlaagd
        [annulled] { $subject } vernietigd
        [referred-back] { $subject } teruggewezen naar de autoriteit, die { $fine } vaststelde
        [referred-back-unknown] { $subject } teruggewezen naar de autoriteit; het bedrag dat zij opnieuw vaststelt, is onbekend
        [pending] { $subject } in bezwaar of beroep, nog niet beslist; wat stond, blijft staan
        [reinstated] { $subject } hersteld op { $fine }
       *[reinstated-imposed] { $subject } hersteld zoals het besluit haar oplegde
    }
    .rule = bezwaar of beroep
appeal-upheld-amount-differs = { $by } heeft de boete in stand gelaten, maar noemt { $fine } waar { $stood } stond
appeal-final-total = het totaal dat na bezwaar en beroep staat
    .rule = eindtotaal
appeal-pending = { $by } heeft nog niet beslist: wat staat, kan nog veranderen
appeal-referred-back-unknown = { $by } heeft het besluit teruggewezen naar de autoriteit: het bedrag dat zij opnieuw vaststelt, staat niet in het zaakbestand, dus het totaal dat staat is onbekend
appeal-group-fine-changed = { $by } heeft de boete voor overtreding `{ $violation }` gewijzigd, die in het besluit geen eigen boete heeft (de ene boete van haar groep): het totaal dat staat is onbekend
appeal-final-total-differs = het totaal na bezwaar en beroep is vermeld als { $published }; bezwaar en beroep laten { $total } staan
appeal-final-total-unknown = het totaal na bezwaar en beroep is vermeld als { $published }; bezwaar en beroep laten het onbekend, dus het kan niet worden vergeleken
appeal-order-annulled = { $by }: de last is met de boete vernietigd; er wordt niets verbeurd
    .rule = bezwaar of beroep

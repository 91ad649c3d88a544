## Judgments on appeal and decisions on objection, after the decision (calc::appeals).

appeal-by = { $referenced ->
        [yes] { $body } ({ $reference }) of { $decided }
       *[no] { $body } of { $decided }
    }
appeal-fine = the fine
appeal-fine-of-violation = the fine for violation `{ $violation }`
appeal-step = { $by }: { $outcome ->
        [upheld] { $subject } stands
        [reduced] { $subject } reduced to { $fine }
        [reduced-unknown] { $subject } reduced
        [annulled] { $subject } annulled
        [referred-back] { $subject } referred back to the authority, which set { $fine }
        [referred-back-unknown] { $subject } referred back to the authority; the amount it sets anew is not known
        [pending] { $subject } under appeal, not yet decided; what stood before stands
        [reinstated] { $subject } reinstated at { $fine }
       *[reinstated-imposed] { $subject } reinstated as the decision imposed it
    }
    .rule = appeal
appeal-upheld-amount-differs = { $by } upheld the fine, but states { $fine } where { $stood } stood
appeal-final-total = the total that stands after the appeals
    .rule = final total
appeal-pending = { $by } has not decided yet: what stands may still change
appeal-referred-back-unknown = { $by } referred the decision back to the authority: the amount it sets anew is not in the case file, so the total that stands is not known
appeal-group-fine-changed = { $by } changed the fine for violation `{ $violation }`, which has no fine of its own in the decision (its group's single fine): the total that stands is not known
appeal-final-total-differs = the total after the appeals is stated as { $published }; the appeals leave { $total }
appeal-final-total-unknown = the total after the appeals is stated as { $published }; the appeals leave it unknown, so it cannot be compared
appeal-order-annulled = { $by }: the order annulled with the fine; it forfeits nothing
    .rule = appeal

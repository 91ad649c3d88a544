## Wat `check` vergelijkt en betwijfelt: een gepubliceerd maximum, bedragen zonder vergelijking,
## data en bedragen die vermoedelijk onjuist zijn.

published-maximum-rounded = het besluit noemt een maximum van { $published }: het wettelijk maximum { $computed }, afgerond op { $unit ->
        [euro] hele euro's
       *[cent] centen
    }, zoals het besluit zelf afrondt
published-maximum-differs = het besluit noemt een maximum van { $published }; het wettelijk maximum is { $computed }
published-maximum-no-tier = het besluit noemt een maximum van { $published }; artikel 83, vierde tot en met zesde lid, { -gdpr } noemt geen van de artikelen, dus art83 heeft geen maximum om mee te vergelijken
published-maximum-implies-turnover = het besluit noemt een maximum van { $published }; bij onbekende omzet is het wettelijk maximum ten minste { $floor }: het genoemde maximum veronderstelt een omzet van { $turnover } ({ $published } / { $percent } %)
published-maximum-unverified = het besluit noemt een maximum van { $published }; bij onbekende omzet is het wettelijk maximum ten minste { $floor }, dus het genoemde maximum is niet te controleren
check-nothing-to-check = het zaakbestand noemt geen gepubliceerd bedrag (`published_total`, `published_total_eur`, `published_final_total`, `published_maximum`, `published_penalties_max`, `published_forfeited`, `published_paid`, `[[penalty.liquidation]]`): er is niets met het besluit vergeleken, dus `check` staat er niet voor in (exitcode 1; met `--allow-unpublished` volstaan de wettelijke toetsen)
plausible-decided-in-the-future = het besluit is gedateerd { $decided }, na { $as_of } (vandaag, of --as-of): controleer `decided`
plausible-published-before-decided = gepubliceerd op { $published }, vóór het besluit van { $decided }: controleer `published` en `decided`
plausible-complied-by-the-deadline = nageleefd op { $complied }, binnen de termijn tot { $due }: er kan niets worden verbeurd{ $awb ->
        [yes] {" "}(artikel 5:32, eerste lid, Awb)
       *[no] {""}
    }; controleer `complied` en de termijn
plausible-breaches-after-complied = { $count } overtreding(en) op of na de naleving op { $complied } verbeuren niets en tellen niet mee (de eerste: { $first }); controleer `breaches` en `complied`
plausible-breaches-after-as-of = { $count } overtreding(en) op of na { $as_of } (vandaag, of --as-of) tellen nog niet mee (de eerste: { $first })
lint-turnover-not-given = het zaakbestand geeft geen `turnover`: de omzet geldt als onbekend, dus elk maximum bedraagt ten minste het vaste bedrag; vul het bedrag in, of `turnover = "unknown"` om te zeggen dat zij niet bekend is
lint-thousands-separator = regel { $line }: { $key ->
        [fine] boete
       *[other] { $key }
    } { $value } wordt gelezen als { $read } (de punt is het decimaalteken); is { $meant } bedoeld, schrijf dan { $written }

# Der Katalog (crates/core/src/catalog/). Die IDs sind fest; die Formulierungen dürfen besser werden.

# Nachgeschlagene Produkte (catalog/family.rs, logos.rs, offers.rs, esims.rs)
catalog-no-product = Es gibt kein Produkt { $id }
catalog-no-such-product = { $provider } hat kein Produkt „{ $id }“ im Katalog; aktualisieren Sie den Katalog oder prüfen Sie die ID
catalog-no-longer-sold = Cryptorefills verkauft { $brand } in { $country } nicht mehr
catalog-value-not-an-amount = { $value } ist kein Betrag: Geben Sie eine Zahl wie 25 oder 25.50 ein
catalog-coin-invalid = { $coin } ist kein Coin: Verwenden Sie z. B. USDC oder USDT
catalog-not-a-cryptorefills-product = { $product } ist kein Cryptorefills-Produkt
catalog-esim-destination = Ein Reiseziel ist ein zweistelliger Ländercode, z. B. JP oder DE

# „Handy aufladen“: warum Bitrefill für die Nummer nichts anbietet (catalog/operators.rs)
catalog-bitrefill-no-operator = Bitrefill bietet für keinen Netzbetreiber dieser Nummer Aufladungen an.
catalog-bitrefill-not-set-up = Bitrefill ist nicht eingerichtet und wurde daher nicht abgefragt.
catalog-bitrefill-unsupported-operator = Bitrefill bietet keine Aufladungen für den Netzbetreiber dieser Nummer an.
catalog-bitrefill-unknown-operator = Bitrefill kennt keinen Netzbetreiber für diese Nummer.
catalog-bitrefill-not-asked = Bitrefill konnte nicht abgefragt werden: { $error }

# Was eine Synchronisierung neben ihren Zahlen meldet, die Teile mit "; " verbunden (catalog/sync.rs).
# $countries nennt höchstens acht; $more ist die Zahl der übrigen; $count die Gesamtzahl.
catalog-sync-no-market = kein Markt ließ sich lesen (alle { $count } fehlgeschlagen; { $country }: { $message })
catalog-sync-continues = das stündliche Anfragekontingent des Anbieters ist aufgebraucht; der Rest folgt in etwa { $minutes } Min.
catalog-sync-left-out =
    { $countries }{ $more ->
        [0] {""}
       *[other] {" "}und { $more } weitere
    } { $count ->
        [one] konnte
       *[other] konnten
    } nicht gelesen werden ({ $count ->
        [one] {""}
       *[other] beim ersten Markt:{" "}
    }{ $reason }); { $count ->
        [one] dieser Markt bleibt
       *[other] diese Märkte bleiben
    } auf dem Stand der letzten Synchronisierung
catalog-sync-only-chosen = der Katalog sprengt das stündliche Anfragekontingent, daher werden nur Ihre Märkte und Arten ({ $chosen }) aktuell gehalten

-- The codes vault: one row per delivered item (a Bitrefill order, a Cryptorefills delivery). What was bought
-- stays readable for lists and search; the redemption itself (code, PIN, link, serial, barcode,
-- instructions, and the provider's raw answer) is sealed with ChaCha20-Poly1305 under a key kept in the OS
-- keyring: `sealed` is nonce || ciphertext.
CREATE TABLE codes (
    id             INTEGER PRIMARY KEY,
    purchase_id    TEXT NOT NULL REFERENCES purchases (id),
    provider       TEXT NOT NULL,
    item_ref       TEXT NOT NULL,
    product_name   TEXT NOT NULL,
    face           TEXT NOT NULL,
    currency       TEXT,
    recipient      TEXT,
    customer_ref   TEXT,
    expires_at     TEXT,
    sealed         BLOB NOT NULL,
    added_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    handed_over_at TEXT,
    UNIQUE (provider, item_ref)
);

CREATE INDEX codes_by_purchase ON codes (purchase_id);

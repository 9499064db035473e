-- The cart, purchases and their audit trail.
--
-- A purchase row is written, with the exact request body, before the request that creates it is sent; the
-- provider's id is filled in when the answer arrives. Events are append-only: every state change, with the
-- provider's raw answer, so nothing a provider returned is ever lost.

CREATE TABLE cart_items (
    id            INTEGER PRIMARY KEY,
    provider      TEXT NOT NULL,
    product_id    TEXT NOT NULL,
    -- A fixed denomination (Bitrefill package id, Cryptorefills denomination label), or NULL with `value`.
    package_id    TEXT,
    -- The face value for open-amount products, an exact decimal in the product's currency.
    value         TEXT,
    quantity      INTEGER NOT NULL CHECK (quantity >= 1),
    recipient     TEXT NOT NULL,
    customer_ref  TEXT,
    -- What the reseller charges their customer, an exact decimal in `resale_currency`.
    resale_price  TEXT,
    resale_currency TEXT,
    -- The line as checked when added (name, face, price), JSON: the cart shows without the catalog.
    checked       TEXT NOT NULL,
    added_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE purchases (
    id              TEXT PRIMARY KEY,
    provider        TEXT NOT NULL,
    -- Giftdesk's plain state: sending, unknown, not_created, awaiting_payment, payment_seen, paid,
    -- delivering, delivered, partly_delivered, failed, expired, refunded.
    state           TEXT NOT NULL,
    provider_ref    TEXT,
    provider_state  TEXT,
    payment_method  TEXT NOT NULL,
    -- The exact JSON body of the create request.
    request         TEXT NOT NULL,
    -- What was bought, for lists and receipts: JSON array of purchase lines.
    lines           TEXT NOT NULL,
    -- Payment instructions (address, amount, QR text…) once known: JSON.
    payment         TEXT,
    customer_ref    TEXT,
    -- When a balance payment was claimed by a process, so that no other one sends it again.
    pay_claimed_at  TEXT,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE UNIQUE INDEX purchases_by_provider_ref ON purchases (provider, provider_ref) WHERE provider_ref IS NOT NULL;
CREATE INDEX purchases_by_state ON purchases (state);

CREATE TABLE purchase_events (
    id            INTEGER PRIMARY KEY,
    purchase_id   TEXT NOT NULL REFERENCES purchases (id),
    at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    state         TEXT NOT NULL,
    provider_state TEXT,
    -- Plain words for the timeline.
    detail        TEXT NOT NULL,
    -- The provider's answer as received (NULL for local steps).
    payload       TEXT
);

CREATE INDEX purchase_events_by_purchase ON purchase_events (purchase_id, id);

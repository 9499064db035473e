-- A shop's shared book on PostgreSQL: what every desk of the team must see the same (purchases, their exact
-- requests and audit trail, payment claims, the sealed codes, the providers' rate budgets) and the team's
-- own rows (desks, one-time join codes). The catalog cache stays in each desk's local SQLite file.
--
-- A desk on the sandbox keeps its book in the schema `giftdesk_sandbox` (the same migrations, its own
-- search path), so demo purchases never mix with the shop's real ones; the team's own rows (team, desks,
-- join codes) are always read from `public`.
--
-- Times are text in the same ISO form the local book uses (`2026-12-03T15:04:05.123Z`), written by the
-- server's clock, so one query reads both books and desks with skewed clocks still agree on what is older.

CREATE FUNCTION giftdesk_now() RETURNS TEXT LANGUAGE SQL VOLATILE AS $$
    SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
$$;

-- One row: the team, and a check of its key (a digest of it, never the key: codes are sealed with the key
-- and the database never sees it).
CREATE TABLE team (
    id          TEXT PRIMARY KEY,
    key_check   TEXT NOT NULL,
    created_at  TEXT NOT NULL DEFAULT giftdesk_now()
);

CREATE TABLE desks (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    joined_at   TEXT NOT NULL DEFAULT giftdesk_now(),
    seen_at     TEXT NOT NULL DEFAULT giftdesk_now(),
    left_at     TEXT
);

-- A join code shown on a desk of the team: the team key sealed under a key made from the code's secret
-- half, which only the person reading the screen has. Taken (deleted) by the one desk that joins with it.
CREATE TABLE join_codes (
    id          TEXT PRIMARY KEY,
    wrapped_key BYTEA NOT NULL,
    made_by     TEXT NOT NULL REFERENCES desks (id),
    expires_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE purchases (
    id              TEXT PRIMARY KEY,
    -- Orders the lists as the local book's rowid does.
    rowid           BIGSERIAL NOT NULL,
    provider        TEXT NOT NULL,
    state           TEXT NOT NULL,
    provider_ref    TEXT,
    provider_state  TEXT,
    payment_method  TEXT NOT NULL,
    request         TEXT NOT NULL,
    lines           TEXT NOT NULL,
    payment         TEXT,
    customer_ref    TEXT,
    pay_claimed_at  TEXT,
    -- The desk that made the purchase: the one "codes arrived" is announced on (a desk of `public.desks`).
    desk_id         TEXT,
    created_at      TEXT NOT NULL DEFAULT giftdesk_now(),
    updated_at      TEXT NOT NULL DEFAULT giftdesk_now()
);

CREATE UNIQUE INDEX purchases_by_provider_ref ON purchases (provider, provider_ref) WHERE provider_ref IS NOT NULL;
CREATE INDEX purchases_by_state ON purchases (state);

CREATE TABLE purchase_events (
    id             BIGSERIAL PRIMARY KEY,
    purchase_id    TEXT NOT NULL REFERENCES purchases (id),
    at             TEXT NOT NULL DEFAULT giftdesk_now(),
    state          TEXT NOT NULL,
    provider_state TEXT,
    detail         TEXT NOT NULL,
    payload        TEXT
);

CREATE INDEX purchase_events_by_purchase ON purchase_events (purchase_id, id);

CREATE TABLE codes (
    id             BIGSERIAL PRIMARY KEY,
    purchase_id    TEXT NOT NULL REFERENCES purchases (id),
    provider       TEXT NOT NULL,
    item_ref       TEXT NOT NULL,
    product_name   TEXT NOT NULL,
    face           TEXT NOT NULL,
    currency       TEXT,
    recipient      TEXT,
    customer_ref   TEXT,
    expires_at     TEXT,
    -- Sealed with the team key: nonce || ChaCha20-Poly1305 ciphertext.
    sealed         BYTEA NOT NULL,
    added_at       TEXT NOT NULL DEFAULT giftdesk_now(),
    handed_over_at TEXT,
    iccid          TEXT,
    sale_price     TEXT,
    sale_currency  TEXT,
    sale_rate      TEXT,
    UNIQUE (provider, item_ref)
);

CREATE INDEX codes_by_purchase ON codes (purchase_id);
CREATE INDEX codes_by_iccid ON codes (iccid) WHERE iccid IS NOT NULL;

CREATE TABLE rate_budgets (
    bucket       TEXT PRIMARY KEY,
    remaining    BIGINT,
    window_limit BIGINT,
    reset_at_ms  BIGINT,
    next_slot_ms BIGINT NOT NULL DEFAULT 0,
    updated_at   TEXT NOT NULL DEFAULT giftdesk_now()
);

-- Every change to a purchase or a code is announced on channel `giftdesk_book` with the purchase's id, so
-- the other desks' screens follow within a second without polling the server.
CREATE FUNCTION giftdesk_announce() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('giftdesk_book', NEW.purchase_id);
    RETURN NEW;
END
$$;

CREATE FUNCTION giftdesk_announce_purchase() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('giftdesk_book', NEW.id);
    RETURN NEW;
END
$$;

CREATE TRIGGER purchases_announce AFTER INSERT OR UPDATE ON purchases
    FOR EACH ROW EXECUTE FUNCTION giftdesk_announce_purchase();
CREATE TRIGGER codes_announce AFTER INSERT OR UPDATE ON codes
    FOR EACH ROW EXECUTE FUNCTION giftdesk_announce();

-- The catalog of both providers, one row per product. A product that disappears is marked gone, never
-- deleted: purchases refer to it.
CREATE TABLE products (
    provider       TEXT NOT NULL,
    product_id     TEXT NOT NULL,
    brand          TEXT NOT NULL,
    name           TEXT NOT NULL,
    kind           TEXT NOT NULL,                -- gift_card, top_up, esim, other
    country        TEXT,
    currency       TEXT,
    categories     TEXT NOT NULL DEFAULT '[]',   -- JSON array of strings
    denominations  TEXT NOT NULL DEFAULT '[]',   -- JSON array of {id, value, amount, price}
    range_min      TEXT,                         -- exact decimals, as text
    range_max      TEXT,
    range_step     TEXT,
    price_currency TEXT,                         -- what the denominations' prices are counted in
    in_stock       INTEGER NOT NULL DEFAULT 1,
    logo           TEXT,                         -- Bitrefill image id, or Cryptorefills logo_base_url
    raw            TEXT NOT NULL,                -- the provider's JSON as received
    first_seen_at  TEXT NOT NULL,
    synced_at      TEXT NOT NULL,
    gone_at        TEXT,
    PRIMARY KEY (provider, product_id)
) STRICT;

CREATE INDEX products_by_country ON products (country, provider) WHERE gone_at IS NULL;

-- Search as you type: prefix indexes for the first letters, accents folded.
CREATE VIRTUAL TABLE products_fts USING fts5(
    name, brand, categories,
    content = 'products', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

CREATE TRIGGER products_fts_insert AFTER INSERT ON products BEGIN
    INSERT INTO products_fts (rowid, name, brand, categories) VALUES (new.rowid, new.name, new.brand, new.categories);
END;

CREATE TRIGGER products_fts_delete AFTER DELETE ON products BEGIN
    INSERT INTO products_fts (products_fts, rowid, name, brand, categories)
    VALUES ('delete', old.rowid, old.name, old.brand, old.categories);
END;

CREATE TRIGGER products_fts_update AFTER UPDATE OF name, brand, categories ON products BEGIN
    INSERT INTO products_fts (products_fts, rowid, name, brand, categories)
    VALUES ('delete', old.rowid, old.name, old.brand, old.categories);
    INSERT INTO products_fts (rowid, name, brand, categories) VALUES (new.rowid, new.name, new.brand, new.categories);
END;

-- Every sync, successful or not: Settings shows the last one per provider.
CREATE TABLE sync_runs (
    id          INTEGER PRIMARY KEY,
    provider    TEXT NOT NULL,
    started_at  TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    outcome     TEXT NOT NULL,                   -- ok, failed
    error       TEXT,
    added       INTEGER NOT NULL DEFAULT 0,
    updated     INTEGER NOT NULL DEFAULT 0,
    gone        INTEGER NOT NULL DEFAULT 0,
    requests    INTEGER NOT NULL DEFAULT 0,
    throttled   INTEGER NOT NULL DEFAULT 0,
    seconds     REAL NOT NULL DEFAULT 0
) STRICT;

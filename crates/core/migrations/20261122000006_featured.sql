-- The Cryptorefills homepage feed's brands, in its order, for the catalog's "Featured" row.
-- Replaced by each successful fetch; kept when the feed cannot be read, so the row shows offline too.
CREATE TABLE featured (
    provider    TEXT NOT NULL,
    product_id  TEXT NOT NULL,
    position    INTEGER NOT NULL,
    PRIMARY KEY (provider, product_id)
);

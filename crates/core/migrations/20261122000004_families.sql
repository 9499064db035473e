-- Cryptorefills families' products (denominations, ranges, eSIM plans), fetched when a brand is opened or
-- bought, and kept so the product view works offline. The brand row in `products` stays as the sync wrote it.
CREATE TABLE family_products (
    product_id  TEXT PRIMARY KEY,   -- the catalog id, "US/Amazon"
    raw         TEXT NOT NULL,      -- the family as received
    fetched_at  TEXT NOT NULL
) STRICT;

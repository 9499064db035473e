-- The reseller's desk: a book of customers, and what each delivered item was sold for.

CREATE TABLE customers (
    id         INTEGER PRIMARY KEY,
    -- What purchases and codes name in `customer_ref`: the name, unique without regard to case.
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    email      TEXT,
    phone      TEXT,
    notes      TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- A sale per delivered item, set at checkout (the line's resale price) or later: an exact decimal in
-- `sale_currency`, and when that is not the currency paid, the rate used (sale currency per unit paid),
-- kept so a report reads the same years later.
ALTER TABLE codes ADD COLUMN sale_price TEXT;
ALTER TABLE codes ADD COLUMN sale_currency TEXT;
ALTER TABLE codes ADD COLUMN sale_rate TEXT;

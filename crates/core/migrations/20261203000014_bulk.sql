-- Bulk orders from a spreadsheet: each import is a batch of rows, cut into parts of one invoice or order
-- each. A batch is written whole before its first part is sent; a part is claimed by its purchase in the
-- transaction that writes the purchase, so a part is bought once however often the batch is resumed.

CREATE TABLE bulk_batches (
    id          TEXT PRIMARY KEY,
    file_name   TEXT NOT NULL,
    -- SHA-256 of the file as imported: the same file imported again resumes its batch, never buys twice.
    digest      TEXT NOT NULL,
    -- How each provider's parts are paid, and the checkout's options: JSON.
    payments    TEXT NOT NULL,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE INDEX bulk_batches_by_digest ON bulk_batches (digest);

CREATE TABLE bulk_rows (
    batch_id    TEXT NOT NULL REFERENCES bulk_batches (id),
    -- The row's line number in the file (the header is line 1), as a spreadsheet numbers it.
    row_no      INTEGER NOT NULL,
    -- The product as written in the file.
    product     TEXT NOT NULL,
    -- The line as checked, JSON; NULL when the row was refused.
    line        TEXT,
    error_field TEXT,
    error       TEXT,
    PRIMARY KEY (batch_id, row_no)
);

CREATE TABLE bulk_parts (
    batch_id    TEXT NOT NULL REFERENCES bulk_batches (id),
    part        INTEGER NOT NULL,
    provider    TEXT NOT NULL,
    -- The part's lines with the row each came from: JSON [[row_no, line], ...].
    lines       TEXT NOT NULL,
    -- The purchase that bought it; replaced only when that one is proven never created.
    purchase_id TEXT REFERENCES purchases (id),
    PRIMARY KEY (batch_id, part)
);

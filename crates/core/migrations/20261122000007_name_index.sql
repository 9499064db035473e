-- The first keystrokes of a search ("n", "ne") match most of the catalog through the word index; brands whose
-- name starts with them are what a reseller means, and this index finds the first screenful at once.
CREATE INDEX products_by_name ON products (name COLLATE NOCASE) WHERE gone_at IS NULL;

-- A search with a country chosen starts with the names in that country that begin with what was typed. Through
-- the name index alone that read every name starting with it in every country ("tr" in the US: 9 ms at 100,000
-- products); this index finds them at once.
CREATE INDEX products_by_country_name ON products (country, name COLLATE NOCASE) WHERE gone_at IS NULL;

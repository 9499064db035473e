-- The desk that made a purchase. Always empty in a desk's own book; the same column in the team's shared
-- book (`migrations-team/`) lets one SQL text serve both.
ALTER TABLE purchases ADD COLUMN desk_id TEXT;

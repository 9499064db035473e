-- An eSIM's ICCID beside its sealed activation: not a secret (it is printed on the SIM and shown in the
-- phone's settings), and what a later top-up of that eSIM is found by.
ALTER TABLE codes ADD COLUMN iccid TEXT;
CREATE INDEX codes_by_iccid ON codes (iccid) WHERE iccid IS NOT NULL;

-- A cart line that tops up an eSIM bought before names it.
ALTER TABLE cart_items ADD COLUMN esim_id TEXT;

-- Bitrefill's live products name their `type`; kinds were guessed from the recipient and categories before.
-- A product whose listing is unchanged is not rewritten by a sync, so its kind is read from the kept answer
-- here (a narrowed sync asks Bitrefill by type, and marks gone by the stored kind).
UPDATE products
SET kind = CASE json_extract(raw, '$.type')
    WHEN 'gift_card' THEN 'gift_card'
    WHEN 'phone_refill' THEN 'top_up'
    WHEN 'esim' THEN 'esim'
    ELSE 'other'
END
WHERE provider = 'bitrefill' AND json_valid(raw) AND json_extract(raw, '$.type') IS NOT NULL;

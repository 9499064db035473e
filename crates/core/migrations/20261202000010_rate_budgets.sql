-- One rate-limit window per provider account and endpoint group, shared by every process of the account
-- (the window and a cron `giftdesk sync`): what the provider's last headers said remains of how much, when the window
-- resets, and when the next request may leave. Keyed by a digest of the account, never its secret.
CREATE TABLE rate_budgets (
    bucket TEXT PRIMARY KEY,
    remaining INTEGER,
    window_limit INTEGER,
    reset_at_ms INTEGER,
    next_slot_ms INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

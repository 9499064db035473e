import { describe, expect, it } from "vitest";
import type { PurchaseState } from "../../src/lib/bindings/PurchaseState";
import { stateLabel, timeLeft } from "../../src/routes/orders/states";

const ALL: PurchaseState[] = [
  "sending", "unknown", "not_created", "rejected", "awaiting_payment", "payment_seen", "paid",
  "delivering", "delivered", "partly_delivered", "failed", "expired", "refunded",
];

describe("purchase states", () => {
  it("has the core's plain label for every state", () => {
    for (const state of ALL) expect(stateLabel(state)).toMatch(/^[A-Z][a-z]/);
    expect(stateLabel("unknown")).toBe("Unknown: the answer was lost");
  });
});

describe("timeLeft", () => {
  const now = Date.parse("2026-11-29T10:00:00Z");
  it("counts minutes and seconds, then hours", () => {
    expect(timeLeft("2026-11-29T10:12:04Z", now)).toBe("12:04 left");
    expect(timeLeft("2026-11-29T12:05:00Z", now)).toBe("2 h 05 min left");
  });
  it("is gone once the time has passed, or for a date it cannot read", () => {
    expect(timeLeft("2026-11-29T09:59:59Z", now)).toBeUndefined();
    expect(timeLeft("not a date", now)).toBeUndefined();
  });
});

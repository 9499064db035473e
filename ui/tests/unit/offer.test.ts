import { describe, expect, it } from "vitest";
import { formatMinor, kindLabel, offerText } from "../../src/routes/catalog/offer";
import { entry } from "../fixtures";

describe("offerText", () => {
  it("lists up to four denominations with the currency, then an ellipsis", () => {
    expect(offerText(entry(1))).toBe("10, 25, 50, 100, … USD");
    expect(offerText({ ...entry(1), denominations: entry(1).denominations.slice(0, 2) })).toBe("10, 25 USD");
  });

  it("shows a range as min–max", () => {
    expect(offerText({ ...entry(1), denominations: [], range: { min: "5", max: "200", step: "1" }, currency: "EUR" })).toBe("5–200 EUR");
  });

  it("says nothing for a product with neither, rather than a stray currency", () => {
    expect(offerText({ ...entry(1), denominations: [], range: null })).toBe("");
  });
});

describe("formatMinor", () => {
  it("puts the decimal point where the currency's minor unit says, with integer maths", () => {
    expect(formatMinor(2425, "USD")).toBe("24.25 USD");
    expect(formatMinor(5, "EUR")).toBe("0.05 EUR");
    expect(formatMinor(52631, "BTC")).toBe("0.00052631 BTC");
    expect(formatMinor(1500, "JPY")).toBe("1500 JPY");
    expect(formatMinor(1_000_000_001, "USDC")).toBe("1000.000001 USDC");
  });
});

it("names every kind of product", () => {
  expect(["gift_card", "top_up", "esim", "other"].map((k) => kindLabel(k as never))).toEqual([
    "Gift card",
    "Mobile top-up",
    "eSIM",
    "Other",
  ]);
});

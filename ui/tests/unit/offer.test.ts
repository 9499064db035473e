import { describe, expect, it } from "vitest";
import { formatMinor, kindLabel, minorToDecimal, offerText } from "../../src/routes/catalog/offer";
import { entry } from "../fixtures";

describe("offerText", () => {
  it("lists up to four denominations with the currency, then an ellipsis", () => {
    expect(offerText(entry(1))).toBe("USD\u00a010, USD\u00a025, USD\u00a050, USD\u00a0100, …");
    expect(offerText({ ...entry(1), denominations: entry(1).denominations.slice(0, 2) })).toBe("USD\u00a010, USD\u00a025");
  });

  it("shows a range as min–max", () => {
    expect(offerText({ ...entry(1), denominations: [], range: { min: "5", max: "200", step: "1" }, currency: "EUR" })).toBe("EUR\u00a05–EUR\u00a0200");
  });

  it("says nothing for a product with neither, rather than a stray currency", () => {
    expect(offerText({ ...entry(1), denominations: [], range: null })).toBe("");
  });
});

describe("minorToDecimal", () => {
  it("puts the decimal point where the currency's minor unit says, with integer maths", () => {
    expect(minorToDecimal(2425, "USD")).toBe("24.25");
    expect(minorToDecimal(5, "EUR")).toBe("0.05");
    expect(minorToDecimal(52631, "BTC")).toBe("0.00052631");
    expect(minorToDecimal(1500, "JPY")).toBe("1500");
    expect(minorToDecimal(1_000_000_001, "USDC")).toBe("1000.000001");
  });
});

describe("formatMinor", () => {
  it("shows the exact amount with its currency, as the locale writes it", () => {
    expect(formatMinor(2425, "USD")).toBe("USD\u00a024.25");
    expect(formatMinor(52631, "BTC")).toBe("BTC\u00a00.00052631");
    expect(formatMinor(1_000_000_001, "USDC")).toBe("1,000.000001 USDC");
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

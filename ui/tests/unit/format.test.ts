// Amounts, numbers and dates in the reseller's locale: exact, and right in the locales that differ most.
import { afterEach, expect, it } from "vitest";
import { formatDate, formatMoney, formatNumber } from "../../src/lib/i18n/format";
import { setLanguage, t } from "../../src/lib/i18n/index.svelte";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

afterEach(() => setLanguage("en"));

it("writes money with each locale's grouping, decimal mark and currency placement", async () => {
  const cases: [string, string][] = [
    ["en", "USD 1,234.50"],
    ["de", "1.234,50 USD"],
    ["tr", "USD 1.234,50"],
    ["zh", "USD 1,234.50"],
    ["vi", "1.234,50 USD"],
    ["fr", "1 234,50 USD"],
  ];
  for (const [language, expected] of cases) {
    await setLanguage(language);
    expect(plain(formatMoney("1234.50", "USD")), language).toBe(expected);
  }
});

it("keeps every digit of a coin amount, past what a float holds", async () => {
  await setLanguage("de");
  expect(plain(formatMoney("0.014285714285714285", "ETH"))).toBe("0,014285714285714285 ETH");
  expect(plain(formatMoney("12345678901234567890.5", "USDC"))).toBe("12.345.678.901.234.567.890,5 USDC");
  expect(plain(formatMoney("-0.5", "EUR"))).toBe("-0,50 EUR".replace("0,50", "0,5"));
});

it("formats counts and dates in the locale", async () => {
  await setLanguage("de");
  expect(formatNumber(1234567)).toBe("1.234.567");
  expect(formatDate("2026-12-03T14:05:00Z", "date")).toMatch(/03\.12\.2026|3\. Dez\. 2026/);
  await setLanguage("zh");
  expect(formatDate("2026-12-03T14:05:00Z", "date")).toContain("2026年12月3日");
});

it("switches every message at once, with plurals by the language's rules", async () => {
  await setLanguage("en");
  const english = t("common.cancel");
  await setLanguage("en-XA");
  expect(t("common.cancel")).not.toBe(english);
  expect(t("common.cancel")).toBe("⟦Çåñçéļ···⟧");
  await setLanguage("de");
  expect(t("common.cancel")).toBe("Abbrechen");
  expect(t("app.shortcuts.ctrl")).toBe("Strg");
  await setLanguage("ja");
  expect(t("common.cancel"), "a language Giftdesk does not speak is English").toBe(english);
});

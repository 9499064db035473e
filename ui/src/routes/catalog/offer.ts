// How a product's face values read in a list: "$25, $50, $100" or "€5–€200", in the window's locale.
import type { CatalogProduct } from "../../lib/bindings/CatalogProduct";
import { MINOR_DIGITS } from "../../lib/bindings/labels";
import { formatMoney } from "../../lib/i18n/format";
import { t } from "../../lib/i18n/index.svelte";

export function offerText(product: CatalogProduct): string {
  const currency = product.currency;
  if (product.range) {
    return t("catalog.offer.range", { min: formatMoney(product.range.min, currency), max: formatMoney(product.range.max, currency) });
  }
  const values = product.denominations.map((d) => formatMoney(d.value, currency));
  if (values.length === 0) return "";
  const shown = values.length > 4 ? [...values.slice(0, 4), "…"] : values;
  return shown.join(", ");
}

const KIND_KEYS = {
  gift_card: "catalog.kind.giftCard",
  top_up: "catalog.kind.topUp",
  esim: "catalog.kind.esim",
  other: "catalog.kind.other",
} as const;

export function kindLabel(kind: CatalogProduct["kind"]): string {
  return t(KIND_KEYS[kind]);
}

/** A price in minor units as an exact decimal: 2425 USD cents → "24.25", with the core's table of places.
 * Integer maths, no float rounding. */
export function minorToDecimal(units: number, currency: string): string {
  const digits = MINOR_DIGITS[currency] ?? 2;
  const text = Math.trunc(units).toString().padStart(digits + 1, "0");
  const whole = digits ? text.slice(0, -digits) : text;
  const fraction = digits ? `.${text.slice(-digits)}` : "";
  return `${whole}${fraction}`;
}

/** A price in minor units as people read it in the window's locale: 2425 USD cents → "$24.25". */
export function formatMinor(units: number, currency: string): string {
  return formatMoney(minorToDecimal(units, currency), currency);
}

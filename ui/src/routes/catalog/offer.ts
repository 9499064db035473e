// How a product's face values read in a list: "25, 50, 100 USD" or "5–200 EUR".
import type { CatalogProduct } from "../../lib/bindings/CatalogProduct";
import { MINOR_DIGITS } from "../../lib/bindings/labels";

export function offerText(product: CatalogProduct): string {
  const currency = product.currency ?? "";
  if (product.range) return `${product.range.min}–${product.range.max} ${currency}`.trim();
  const values = product.denominations.map((d) => d.value);
  if (values.length === 0) return "";
  const shown = values.length > 4 ? [...values.slice(0, 4), "…"] : values;
  return `${shown.join(", ")} ${currency}`.trim();
}

export function kindLabel(kind: CatalogProduct["kind"]): string {
  return { gift_card: "Gift card", top_up: "Mobile top-up", esim: "eSIM", other: "Other" }[kind];
}


/** A price in minor units as people read it: 2425 USD cents → "24.25 USD", with the core's table of places.
 * Integer maths, no float rounding. */
export function formatMinor(units: number, currency: string): string {
  const digits = MINOR_DIGITS[currency] ?? 2;
  const text = Math.trunc(units).toString().padStart(digits + 1, "0");
  const whole = digits ? text.slice(0, -digits) : text;
  const fraction = digits ? `.${text.slice(-digits)}` : "";
  return `${whole}${fraction} ${currency}`;
}

// Numbers, money and dates in the window's locale. Amounts arrive as exact decimal strings ("0.00052631"):
// they are never turned into floats; `Intl` formats the whole part (as a BigInt) and lends its separators and
// currency placement, and the fraction's digits are the amount's own.
import { locale } from "./index.svelte";

const ISO_CURRENCY = /^[A-Z]{3}$/;

// Making an `Intl` formatter costs far more than using one, and a screen may show a thousand amounts.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale()} ${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale(), options)));
  return format;
}

/** `1234.5` in `de` → `1.234,5`; in `zh` → `1,234.5`. */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  return numberFormat(options).format(value);
}

/** An exact decimal amount with its currency code where the locale puts it: `formatMoney("1234.50", "EUR")` →
 *  `1.234,50 EUR` in `de`, `EUR 1,234.50` in `en`. Codes, not symbols: a reseller juggles dollars of several
 *  countries, and coins. Four-letter coin codes (USDC) follow the number. */
export function formatMoney(amount: string | number | bigint, currency?: string | null): string {
  const text = String(amount).trim();
  const match = /^(-)?(\d*)(?:\.(\d+))?$/.exec(text);
  if (!match) return currency ? `${text} ${currency}` : text;
  const [, minus, whole = "", fraction = ""] = match;
  const code = currency?.toUpperCase() ?? "";
  const asCurrency = ISO_CURRENCY.test(code);
  const options: Intl.NumberFormatOptions = {
    minimumFractionDigits: fraction.length,
    maximumFractionDigits: fraction.length,
    ...(asCurrency ? { style: "currency", currency: code, currencyDisplay: "code" } : {}),
  };
  let format: Intl.NumberFormat;
  try {
    format = numberFormat(options);
  } catch {
    format = numberFormat({ minimumFractionDigits: fraction.length, maximumFractionDigits: fraction.length });
  }
  const integer = BigInt(whole || "0");
  const parts = format.formatToParts(minus ? -integer : integer);
  const digits = fraction ? localDigits(fraction, format) : "";
  const body = parts.map((part) => (part.type === "fraction" ? digits : part.value)).join("");
  const shown = minus && integer === 0n && fraction ? `-${body}` : body;
  return currency && !asCurrency ? `${shown} ${currency}` : shown;
}

/** Digits in the locale's own numbering system (all ten of ours use Latin digits, but Intl decides). */
function localDigits(fraction: string, format: Intl.NumberFormat): string {
  const zero = format.formatToParts(0).find((part) => part.type === "integer")?.value ?? "0";
  if (zero === "0") return fraction;
  const base = zero.codePointAt(0) ?? 48;
  return [...fraction].map((d) => String.fromCodePoint(base + Number(d))).join("");
}

type DateStyle = "date" | "time" | "datetime";

const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: "medium" },
  time: { timeStyle: "short" },
  datetime: { dateStyle: "medium", timeStyle: "short" },
};

/** An ISO time from the core in the locale's words: `3 Dez. 2026, 14:05` in `de`. */
export function formatDate(iso: string | number | Date, style: DateStyle = "datetime"): string {
  const date = iso instanceof Date ? iso : new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso);
  const key = `${locale()} ${style}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale(), DATE_OPTIONS[style])));
  return format.format(date);
}

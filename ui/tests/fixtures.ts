// Answers of the core, typed with the bindings generated from Rust: a fixture that drifts from the real
// shapes fails the type check, not a test.
import type { CatalogEntry } from "../src/lib/bindings/CatalogEntry";
import type { CatalogStatus } from "../src/lib/bindings/CatalogStatus";
import type { CodeEntry } from "../src/lib/bindings/CodeEntry";
import type { CredentialStatus } from "../src/lib/bindings/CredentialStatus";
import type { LastSync } from "../src/lib/bindings/LastSync";
import type { Overview } from "../src/lib/bindings/Overview";
import type { Purchase } from "../src/lib/bindings/Purchase";
import type { PurchaseState } from "../src/lib/bindings/PurchaseState";
import type { Settings } from "../src/lib/bindings/Settings";

const BRANDS = ["Amazon.com", "Steam", "Netflix", "Spotify", "Uber", "Airbnb", "Zalando", "IKEA", "Apple", "Xbox"];
const COUNTRIES = ["US", "GB", "DE", "FR", "IT", "ES", "NL", "SE", "CA", "AU"];

const unconfigured = (provider: CredentialStatus["provider"]): CredentialStatus => ({
  provider,
  configured: false,
  source: null,
  method: null,
  hint: null,
});

export const overview: Overview = {
  version: "0.1.0",
  paths: { data: "/home/reseller/.local/share/giftdesk", logs: "/home/reseller/.local/share/giftdesk/logs", config: "/home/reseller/.config/giftdesk" },
  database: "/home/reseller/.local/share/giftdesk/giftdesk.sqlite3",
  environment: { kind: "sandbox", bitrefill_url: "http://127.0.0.1:1", cryptorefills_url: "http://127.0.0.1:2", reason: "no_credentials" },
  schema_version: 7,
  keyring_service: "giftdesk",
  providers: [unconfigured("bitrefill"), unconfigured("cryptorefills")],
};

export const settings: Settings = {
  use_sandbox: false,
  markets: ["US"],
  product_kinds: [],
  sync_every_minutes: 60,
  clear_clipboard_after_seconds: 60,
  close_to_tray: true,
};

export const neverSynced: CatalogStatus = { products: 0, syncing: false, by_provider: [] };

export function failedSync(error: string): CatalogStatus {
  const last: LastSync = {
    provider: "bitrefill",
    finished_at: "2026-11-29T09:15:00Z",
    outcome: "failed",
    error,
    added: 0,
    updated: 0,
    gone: 0,
    seconds: 4.2,
  };
  return { products: 120, syncing: false, last_sync: last, by_provider: [last] };
}

/** The `n`th product of a large catalog: ten brands over ten countries, then numbered lines of each. */
export function entry(n: number): CatalogEntry {
  const brand = BRANDS[n % BRANDS.length] ?? "Brand";
  const country = COUNTRIES[Math.floor(n / BRANDS.length) % COUNTRIES.length] ?? "US";
  return {
    provider: n % 3 === 0 ? "cryptorefills" : "bitrefill",
    id: `product-${n}`,
    brand,
    name: `${brand} ${country} #${n}`,
    kind: n % 7 === 0 ? "esim" : "gift_card",
    country,
    currency: "USD",
    categories: ["shopping"],
    denominations: [10, 25, 50, 100, 200].map((value) => ({ id: `${n}-${value}`, value: String(value), amount: String(value), price: value * 100 })),
    range: null,
    price_currency: "USD",
    in_stock: n % 11 !== 0,
    logo: null,
  };
}

export function purchase(n: number, state: PurchaseState = "delivered"): Purchase {
  const created = new Date(Date.UTC(2026, 10, 29, 8, 0, 0) - n * 60_000).toISOString();
  return {
    purchase_id: `00000000-0000-4000-8000-${n.toString().padStart(12, "0")}`,
    provider: "bitrefill",
    state,
    provider_ref: `inv_${n}`,
    provider_state: state === "delivered" ? "all_delivered" : "unpaid",
    payment_method: "balance",
    lines: [{ product_id: `product-${n}`, product_name: entry(n).name, kind: "gift_card", face: "25", currency: "USD", quantity: 1, recipient: "buyer@example.com" }],
    created_at: created,
    updated_at: created,
  };
}

export function code(n: number): CodeEntry {
  return {
    id: n + 1,
    purchase_id: purchase(n).purchase_id,
    provider: "bitrefill",
    item_ref: `order_${n}`,
    brand: entry(n).brand,
    value: "25",
    currency: "USD",
    recipient: "buyer@example.com",
    added_at: "2026-11-29T08:00:00Z",
  };
}

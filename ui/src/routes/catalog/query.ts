// What the catalog asks the core for, built in one place so the first page can be asked for before the
// window's components exist: the answer then travels while the page mounts instead of after.
import type { CatalogEntry } from "../../lib/bindings/CatalogEntry";
import type { SearchQuery } from "../../lib/bindings/SearchQuery";
import { api } from "../../lib/ipc";
import type { CatalogFilters } from "./Filters.svelte";

/** Results in a page: several screens' worth, asked for once the reader nears the end of the first rows. */
export const PAGE_SIZE = 60;
/** Results a keystroke asks for and draws: more than a maximised window shows. */
export const FIRST_ROWS = 20;

/** A whole country code (ISO alpha-2) or currency code (ISO 4217), any case: what a filter sends. */
export const isCountry = (value: string): boolean => /^[A-Za-z]{2}$/.test(value);
export const isCurrency = (value: string): boolean => /^[A-Za-z]{3}$/.test(value);

export function defaultFilters(): CatalogFilters {
  return { provider: "", country: "", kind: "", category: "", currency: "", inStockOnly: false, sort: "relevance" };
}

/** Only well-formed filters are sent: a half-typed country or currency narrows nothing yet. */
export function searchQuery(text: string, filters: CatalogFilters, limit = FIRST_ROWS): SearchQuery {
  return {
    text,
    in_stock_only: filters.inStockOnly,
    sort: text ? filters.sort : "name",
    limit,
    ...(filters.provider ? { provider: filters.provider } : {}),
    ...(isCountry(filters.country) ? { country: filters.country } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.category.trim() ? { category: filters.category.trim() } : {}),
    ...(isCurrency(filters.currency) ? { currency: filters.currency.toUpperCase() } : {}),
  };
}

/** A prefetched answer older than this is not shown: a sync may have changed the catalog since. */
const FRESH_MS = 5_000;
let prefetched: { key: string; answer: Promise<CatalogEntry[]>; at: number } | undefined;

/** Asks for the unfiltered first page now; the catalog screen takes the answer when it opens. */
export function prefetchFirstPage(): void {
  const query = searchQuery("", defaultFilters());
  const answer = api.searchCatalog(query);
  // Taken or not, a failure here must not be reported as unhandled: the screen asks again and shows it.
  answer.catch(() => undefined);
  prefetched = { key: JSON.stringify(query), answer, at: performance.now() };
}

/** The catalog's answer to `query`: the prefetched one the first time it matches, else a fresh question. */
export function search(query: SearchQuery): Promise<CatalogEntry[]> {
  const taken = prefetched;
  prefetched = undefined;
  if (taken && taken.key === JSON.stringify(query) && performance.now() - taken.at < FRESH_MS) return taken.answer;
  return api.searchCatalog(query);
}

/// <reference types="vite/client" />
// Every language's messages, one JSON file per screen area under `ui/src/locales/<language>/`. English is the
// source and is built into the page; another language is loaded (one small chunk per language) when chosen.
// The other files hold the same keys (checked by tests/unit/i18n.test.ts).

type Messages = Record<string, unknown>;

const english = import.meta.glob<Messages>("../../locales/en/*.json", { eager: true, import: "default" });
const others = import.meta.glob<Messages>(["../../locales/*/*.json", "!../../locales/en/*.json"], { import: "default" });

/** `{ catalog: {...}, orders: {...} }` from `{ "…/catalog.json": {...} }`. */
function byArea(files: Record<string, Messages>): Messages {
  return Object.fromEntries(Object.entries(files).map(([path, messages]) => [/([^/]+)\.json$/.exec(path)?.[1] ?? path, messages]));
}

export const englishMessages: Messages = byArea(english);

/** A language's messages, fetched from its chunk; undefined for a language with no files. */
export async function loadMessages(language: string): Promise<Messages | undefined> {
  const loaders = Object.entries(others).filter(([path]) => path.includes(`/locales/${language}/`));
  if (loaders.length === 0) return undefined;
  const files = await Promise.all(loaders.map(async ([path, load]) => [path, await load()] as const));
  return byArea(Object.fromEntries(files));
}

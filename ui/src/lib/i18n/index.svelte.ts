// The window's language: every visible string comes from the message files through `t`, and changing the
// language (Settings, or the OS locale at start) re-renders every screen at once, without a restart.
import i18next, { type TFunction } from "i18next";
import { LANGUAGES } from "../bindings/labels";
import { englishMessages, loadMessages } from "./resources";
import { pseudoMessages } from "./pseudo";

/** Lengthened, accented English, for the layout tests (`LANG=en_XA`). Never offered in Settings. */
export const PSEUDO_LOCALE = "en-XA";

const resources = { en: { translation: englishMessages } };

const current = $state({ language: "en" });

void i18next.init({
  lng: "en",
  fallbackLng: "en",
  resources,
  initAsync: false,
  // Svelte escapes what it renders; escaping here too would show `&amp;`.
  interpolation: { escapeValue: false },
});

/** i18next's `t`, made reactive: a component that calls it re-renders when the language changes. */
export const t = ((...args: unknown[]) => {
  void current.language;
  return (i18next.t as unknown as (...a: unknown[]) => string)(...args);
}) as unknown as TFunction;

/** The language the window shows, as the core chose it (Settings, else the OS locale). */
export function language(): string {
  return current.language;
}

/** The BCP 47 locale for `Intl` formatting: the pseudo-locale formats as English. */
export function locale(): string {
  return current.language === PSEUDO_LOCALE ? "en" : current.language;
}

/** Shows `code` (loading its messages first); a code Giftdesk does not speak shows English. */
export async function setLanguage(code: string): Promise<void> {
  const known = code === PSEUDO_LOCALE || LANGUAGES.some((l) => l.code === code) ? code : "en";
  if (!i18next.hasResourceBundle(known, "translation")) {
    // The pseudo-locale is made from English when asked for, not at every start.
    const messages = known === PSEUDO_LOCALE ? (pseudoMessages(englishMessages) as Record<string, unknown>) : await loadMessages(known);
    if (messages) i18next.addResourceBundle(known, "translation", messages);
  }
  await i18next.changeLanguage(known);
  current.language = known;
  document.documentElement.lang = locale();
}

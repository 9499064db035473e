// Giftdesk's plain purchase states as the Orders screen words them: the words are the core's (labels.ts is
// generated from Rust), and whether a state is final is the core's to say.
import { STATE_LABELS } from "../../lib/bindings/labels";
import type { PurchaseState } from "../../lib/bindings/PurchaseState";
import { language, locale, PSEUDO_LOCALE, t } from "../../lib/i18n/index.svelte";
import { pseudoString } from "../../lib/i18n/pseudo";

/** The core's words for a state in the window's language, capitalised the locale's way (Turkish `i` → `İ`). */
export function stateLabel(state: PurchaseState): string {
  const code = language();
  const words = (code in STATE_LABELS ? STATE_LABELS[code as keyof typeof STATE_LABELS] : STATE_LABELS.en)[state];
  const label = words.charAt(0).toLocaleUpperCase(locale()) + words.slice(1);
  return code === PSEUDO_LOCALE ? pseudoString(label) : label;
}

/** "12:04 left" until `iso`, or undefined once passed. */
export function timeLeft(iso: string, now: number): string | undefined {
  const ms = new Date(iso).getTime() - now;
  if (!(ms > 0)) return undefined;
  const minutes = Math.floor(ms / 60000);
  const seconds = Math.floor((ms % 60000) / 1000);
  const twoDigits = (n: number) => n.toString().padStart(2, "0");
  if (minutes >= 60) return t("orders.timeLeft.hours", { hours: Math.floor(minutes / 60), minutes: twoDigits(minutes % 60) });
  return t("orders.timeLeft.minutes", { time: `${minutes}:${twoDigits(seconds)}` });
}

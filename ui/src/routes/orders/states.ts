// Giftdesk's plain purchase states as the Orders screen words them: the words are the core's (labels.ts is
// generated from Rust), and whether a state is final is the core's to say.
import { STATE_LABELS } from "../../lib/bindings/labels";
import type { PurchaseState } from "../../lib/bindings/PurchaseState";

export function stateLabel(state: PurchaseState): string {
  return STATE_LABELS[state];
}

/** "12:04 left" until `iso`, or undefined once passed. */
export function timeLeft(iso: string, now: number): string | undefined {
  const ms = new Date(iso).getTime() - now;
  if (!(ms > 0)) return undefined;
  const minutes = Math.floor(ms / 60000);
  const seconds = Math.floor((ms % 60000) / 1000);
  if (minutes >= 60) return `${Math.floor(minutes / 60)} h ${(minutes % 60).toString().padStart(2, "0")} min left`;
  return `${minutes}:${seconds.toString().padStart(2, "0")} left`;
}
